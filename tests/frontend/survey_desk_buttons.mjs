// Staff open a Module Enrolment in the desk and find how to run its satisfaction survey.
// Usage: node survey_desk_buttons.mjs BASE_URL SITE USER PASSWORD ENROLMENT SCREENSHOT
// Opens the form's "Satisfaction survey" menu, then chooses "Enter paper answers" and follows the
// page it opens. Prints a JSON object: the menu's items and the URL of the opened page.
import { launch, login, siteContext } from "./desk.mjs";

const [baseUrl, site, user, password, enrolment, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
	const context = await siteContext(browser, site, { viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await login(page, baseUrl, user, password);
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
