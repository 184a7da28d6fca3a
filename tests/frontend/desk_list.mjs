// Logs in to the desk as a user and reads a DocType's list view in headless Chromium.
// Usage: node desk_list.mjs BASE_URL SITE USER PASSWORD DOCTYPE_ROUTE SCREENSHOT
// Prints a JSON object: the route reached and the text of the list rows.
import { launch, login, siteContext } from "./desk.mjs";

const [baseUrl, site, user, password, route, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
	const context = await siteContext(browser, site);
	const page = await context.newPage();
	await login(page, baseUrl, user, password);
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
