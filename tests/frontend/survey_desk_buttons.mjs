// Staff open a Module Enrolment in the desk and find how to run its satisfaction survey.
// Usage: node survey_desk_buttons.mjs BASE_URL SITE USER PASSWORD ENROLMENT SCREENSHOT
// Opens the form's "Satisfaction survey" menu, then chooses "Enter paper answers" and follows the
// page it opens. Prints a JSON object: the menu's items and the URL of the opened page.
import { chromium } from "playwright-core";

const [baseUrl, site, user, password, enrolment, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
	headless: true,
	args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		extraHTTPHeaders: { "X-Frappe-Site-Name": site },
	});
	const page = await context.newPage();
	const login = await page.request.post(`${baseUrl}/api/method/login`, { form: { usr: user, pwd: password } });
	if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
	await page.goto(`${baseUrl}/app/module-enrolment/${encodeURIComponent(enrolment)}`);
	const group = page.locator(".page-actions .inner-group-button > button").first();
	try {
		await group.waitFor({ timeout: 60000 });
	} catch (error) {
		await page.screenshot({ path: screenshot });
		throw error;
	}
	const label = (await group.innerText()).trim();
	await group.click();
	const menu = page.locator(".page-actions .inner-group-button .dropdown-menu").first();
	await menu.waitFor({ state: "visible" });
	const items = (await menu.locator(".dropdown-item").allInnerTexts()).map((text) => text.trim());
	await page.screenshot({ path: screenshot });
	const [opened] = await Promise.all([
		context.waitForEvent("page"),
		menu.locator(".dropdown-item").nth(1).click(),
	]);
	await opened.waitForLoadState();
	console.log(JSON.stringify({ label, items, opened: opened.url() }));
} finally {
	await browser.close();
}
