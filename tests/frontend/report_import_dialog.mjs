// The report list's "Import from text" in headless Chromium: paste a report, see what was
// recognised, save the draft. Usage:
//   node report_import_dialog.mjs BASE_URL SITE USER PASSWORD TEXT_FILE SCREENSHOT_PREFIX
// Prints a JSON object: the buttons' labels, the dialog's summary and the route of the saved draft.
import { readFileSync } from "node:fs";
import { launch, login, siteContext } from "./desk.mjs";

const [baseUrl, site, user, password, textFile, shots] = process.argv.slice(2);
const browser = await launch();
try {
	const context = await siteContext(browser, site, { viewport: { width: 1400, height: 1000 } });
	const page = await context.newPage();
	await login(page, baseUrl, user, password);
	await page.goto(`${baseUrl}/app/network-meeting-report`);
	await page.waitForSelector(".frappe-list .result, .frappe-list .no-result", { timeout: 60000 });
	const button = page.locator(".page-actions button, .inner-group-button button, .custom-actions button", {
		hasText: /Import|Importer|Importeren/,
	}).first();
	const buttonLabel = (await button.innerText()).trim();
	await button.click();
	const first = page.locator(".modal.show").last();
	await first.locator("textarea").first().fill(readFileSync(textFile, "utf8"));
	await page.screenshot({ path: `${shots}-paste.png` });
	await first.locator(".btn-primary").click();
	await page.waitForSelector(".modal.show .modal-dialog.modal-xl", { timeout: 60000 });
	await page.waitForTimeout(800);
	const check = page.locator(".modal.show").last();
	const summary = (await check.locator("[data-fieldname=summary]").innerText()).trim();
	const title = (await check.locator(".modal-title").innerText()).trim();
	await page.screenshot({ path: `${shots}-check.png`, fullPage: true });
	await check.locator(".btn-primary").click();
	await page.waitForURL(/\/app\/network-meeting-report\/NMR-/, { timeout: 60000 });
	await page.waitForTimeout(1500);
	await page.screenshot({ path: `${shots}-draft.png`, fullPage: true });
	console.log(JSON.stringify({ buttonLabel, title, summary, url: page.url() }));
} finally {
	await browser.close();
}
