// Logs in to the desk as a user and reads a DocType's list view in headless Chromium.
// Usage: node desk_list.mjs BASE_URL SITE USER PASSWORD DOCTYPE_ROUTE SCREENSHOT
// Prints a JSON object: the route reached and the text of the list rows.
import { chromium } from "playwright-core";

const [baseUrl, site, user, password, route, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
	headless: true,
	args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
	const context = await browser.newContext({ extraHTTPHeaders: { "X-Frappe-Site-Name": site } });
	const page = await context.newPage();
	const login = await page.request.post(`${baseUrl}/api/method/login`, { form: { usr: user, pwd: password } });
	if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
	await page.goto(`${baseUrl}/app/${route}`);
	try {
		await page.waitForSelector(".frappe-list .result, .frappe-list .no-result", { timeout: 60000 });
	} catch (error) {
		if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
		throw error;
	}
	await page.waitForTimeout(1500);
	const rows = await page.$$eval(".frappe-list .list-row-container", (els) => els.map((el) => el.innerText));
	if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
	console.log(JSON.stringify({ url: page.url(), rows }));
} finally {
	await browser.close();
}
