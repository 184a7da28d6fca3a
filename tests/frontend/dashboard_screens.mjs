// Logs in to the desk as a user, opens a page (a workspace, a dashboard or a report) and waits
// until its number cards and charts have loaded, then takes a full-page screenshot.
// Usage: node dashboard_screens.mjs BASE_URL SITE USER PASSWORD ROUTE SCREENSHOT
// Prints a JSON object: the route reached, the cards' titles and numbers, and the chart titles.
import { launch, login, siteContext } from "./desk.mjs";

const [baseUrl, site, user, password, route, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
	const context = await siteContext(browser, site, { viewport: { width: 1400, height: 1000 } });
	const page = await context.newPage();
	await login(page, baseUrl, user, password);
	await page.goto(`${baseUrl}/app/${route}`);
	// A workspace draws its blocks after the page; a report or dashboard has its own content.
	await page.waitForSelector(".ce-block, .dt-scrollable, .dashboard-graph, .number-widget-box, .dt-row", { timeout: 60000 });
	// Cards and charts load after the page: wait until no card says "Loading...".
	await page.waitForFunction(
		() => !Array.from(document.querySelectorAll(".number-card-loading")).some((el) => el.offsetParent),
		null,
		{ timeout: 60000 }
	);
	await page.waitForTimeout(6000);
	const cards = await page.$$eval(".widget.number-widget-box", (els) =>
		els.filter((el) => el.offsetParent).map((el) => el.innerText.replace(/\s+/g, " ").trim())
	);
	const charts = await page.$$eval(".widget.dashboard-widget-box .widget-title", (els) =>
		els.filter((el) => el.offsetParent).map((el) => el.innerText.trim())
	);
	const sidebar = await page.$$eval(".standard-sidebar-item .sidebar-item-label", (els) =>
		els.filter((el) => el.offsetParent).map((el) => el.innerText.trim())
	);
	const table = await page.$$eval(".dt-row", (els) => els.slice(0, 12).map((el) => el.innerText.replace(/\s+/g, " ").trim()));
	if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
	console.log(JSON.stringify({ url: page.url(), cards, charts, sidebar, table }));
} finally {
	await browser.close();
}
