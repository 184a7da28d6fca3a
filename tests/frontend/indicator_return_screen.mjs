// Logs in to the desk as a user, opens an indicator return's form (or the AMIF Indicator Return
// report) and takes a full-page screenshot once its figures are drawn.
// Usage: node indicator_return_screen.mjs BASE_URL SITE USER PASSWORD ROUTE SCREENSHOT
// Prints a JSON object: the route reached, the page title and the rows of its table.
import { launch, login, siteContext } from "./desk.mjs";

const [baseUrl, site, user, password, route, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
	const context = await siteContext(browser, site, { viewport: { width: 1400, height: 1100 } });
	const page = await context.newPage();
	await login(page, baseUrl, user, password);
	await page.goto(`${baseUrl}/app/${route}`);
	await page.waitForSelector(".grid-body .rows .grid-row, .dt-row", { timeout: 60000 });
	await page.waitForTimeout(2500);
	const title = await page.$eval(".title-text", (el) => el.innerText.trim()).catch(() => "");
	const rows = await page.$$eval(".grid-body .rows .grid-row, .dt-row", (els) =>
		els.slice(0, 20).map((el) => el.innerText.replace(/\s+/g, " ").trim())
	);
	const buttons = await page.$$eval(".page-actions button, .inner-group-button button", (els) =>
		els.filter((el) => el.offsetParent).map((el) => el.innerText.trim()).filter(Boolean)
	);
	if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
	console.log(JSON.stringify({ url: page.url(), title, rows, buttons }));
} finally {
	await browser.close();
}
