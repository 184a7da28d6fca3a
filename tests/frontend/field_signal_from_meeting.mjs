// Raises a field signal from a meeting report section through the form's button, in headless Chromium.
// Usage: node field_signal_from_meeting.mjs BASE_URL SITE USER PASSWORD REPORT SECTION THEME TITLE SHOT_PREFIX [CPAS]
// Prints a JSON object: the button and menu texts, the dialog's CPAS choice, the signal's route and what its form shows.
import { launch, login, siteContext } from "./desk.mjs";

const [baseUrl, site, user, password, report, section, theme, title, shots, cpas] = process.argv.slice(2);
const browser = await launch(["--headless"]);
try {
	const context = await siteContext(browser, site, { viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await login(page, baseUrl, user, password);
	await page.goto(`${baseUrl}/app/network-meeting-report/${report}`);
	try {
		// the group of the signal buttons, whatever the user's language
		await page.waitForSelector(".page-actions .inner-group-button", { timeout: 60000 });
		await page.waitForTimeout(1000);
		const groups = await page.$$eval(".page-actions .inner-group-button > button", (els) =>
			els.map((el) => el.innerText.trim()));
		const group = page.locator(".page-actions .inner-group-button > button").last();
		await group.click();
		const items = await page.$$eval(".page-actions .inner-group-button .dropdown-menu.show .dropdown-item", (els) =>
			els.map((el) => el.innerText.trim()));
		await page.locator(".page-actions .inner-group-button .dropdown-menu.show .dropdown-item").first().click();
		await page.waitForSelector(".modal.show .modal-title", { timeout: 20000 });
		const dialogTitle = (await page.locator(".modal.show .modal-title").innerText()).trim();
		await page.waitForFunction(() => window.cur_dialog && window.cur_dialog.fields_dict.theme, null, { timeout: 20000 });
		// the reporting CPAS is offered only to a user bound to several CPAS
		const cpasChoice = await page.evaluate(() => {
			const field = window.cur_dialog.fields_dict.reporting_cpas;
			return {
				visible: Boolean(field && field.$wrapper.is(":visible")),
				options: field && field.$input ? [...field.$input.find("option")].map((o) => [o.value, o.textContent.trim()]) : [],
			};
		});
		await page.evaluate(
			([section, theme, title, cpas]) =>
				window.cur_dialog.set_values({ section_number: section, theme, title, ...(cpas ? { reporting_cpas: cpas } : {}) }),
			[section, theme, title, cpas]
		);
		await page.waitForTimeout(800);
		await page.screenshot({ path: `${shots}-dialog.png` });
		await page.locator(".modal.show .btn-primary").click();
		await page.waitForURL(/\/app\/field-signal\//, { timeout: 30000 });
		await page.waitForSelector('.frappe-control[data-fieldname="meetings"] .grid-body .rows .grid-row', { timeout: 30000 });
		await page.waitForTimeout(1500);
		await page.screenshot({ path: `${shots}-signal.png`, fullPage: true });
		const form = await page.locator(".page-container:visible .layout-main-section").innerText();
		const heading = (await page.locator(".page-container:visible .title-text").first().innerText()).trim();
		const indicator = (await page.locator(".page-container:visible .indicator-pill").first().innerText()).trim();
		const observation = await page.locator('.page-container:visible textarea[data-fieldname="observation"]').inputValue();
		const translation = await page.locator('.page-container:visible textarea[data-fieldname="translation"]').inputValue();
		const themeShown = await page.locator('.page-container:visible input[data-fieldname="theme"]').inputValue();
		const reportingCpas = await page.evaluate(() => window.cur_frm.doc.reporting_cpas || null);
		// a CPAS reporter has no workflow action on her reported signal: the menu is then absent
		const actionsButton = page.locator(".page-container:visible .actions-btn-group > button");
		let actions = [];
		if (await actionsButton.isVisible()) {
			await actionsButton.click();
			actions = await page.$$eval(".page-container:visible .actions-btn-group .dropdown-menu.show .dropdown-item",
				(els) => els.map((el) => el.innerText.trim()).filter(Boolean));
		}
		const signalUrl = page.url();
		// back on the report, "Signals Discussed" lists the signals that name it
		await page.goto(`${baseUrl}/app/network-meeting-report/${report}`);
		await page.waitForSelector(".page-actions .inner-group-button", { timeout: 60000 });
		await page.waitForTimeout(1000);
		await page.locator(".page-actions .inner-group-button > button").last().click();
		await page.locator(".page-actions .inner-group-button .dropdown-menu.show .dropdown-item").nth(1).click();
		await page.waitForURL(/\/app\/field-signal(\?|$)/, { timeout: 30000 });
		await page.waitForSelector(".frappe-list .result, .frappe-list .no-result", { timeout: 60000 });
		await page.waitForTimeout(1500);
		await page.screenshot({ path: `${shots}-discussed.png`, fullPage: true });
		const discussed = await page.$$eval(".frappe-list .list-row-container", (els) => els.map((el) => el.innerText));
		console.log(JSON.stringify({
			groups, items, dialogTitle, cpasChoice, url: signalUrl, heading, indicator, form, observation, translation,
			themeShown, reportingCpas, actions, discussed,
		}));
	} catch (error) {
		await page.screenshot({ path: `${shots}-error.png`, fullPage: true });
		throw error;
	}
} finally {
	await browser.close();
}
