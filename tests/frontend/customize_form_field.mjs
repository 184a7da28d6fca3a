// A form administrator adds a field to a form through Customize Form's form builder, in headless
// Chromium, then words its label in French, Dutch and English in the dialog the app opens.
// Usage: node customize_form_field.mjs BASE_URL SITE USER PASSWORD DOCTYPE LABEL FR NL SHOT_PREFIX [VIEWER]
// VIEWER (same password) then opens a new record of DOCTYPE in their own desk language.
// Prints a JSON object: the dialog's title and labels, the saved field, the alerts seen and the
// label the viewer's form shows.
import { launch, login, siteContext } from "./desk.mjs";

const [baseUrl, site, user, password, doctype, label, french, dutch, shots, viewer] = process.argv.slice(2);
const browser = await launch();
const shot = async (page, name) => page.screenshot({ path: `${shots}-${name}.png` });
let page;
try {
	const context = await siteContext(browser, site, { viewport: { width: 1400, height: 1000 } });
	page = await context.newPage();
	await login(page, baseUrl, user, password);

	// choose the form to customise, as typed in the "Enter Form Type" field
	await page.goto(`${baseUrl}/app/customize-form`);
	await page.waitForFunction(() => window.cur_frm && cur_frm.doctype === "Customize Form", null, { timeout: 60000 });
	await page.waitForTimeout(1500);
	await page.click('[data-fieldname="doc_type"] input');
	await page.keyboard.type(doctype, { delay: 60 });
	await page.waitForTimeout(2000);
	await page.keyboard.press("Enter");
	await page.waitForFunction(
		(name) => cur_frm.doc.doc_type === name && (cur_frm.doc.fields || []).length > 0,
		doctype,
		{ timeout: 60000 }
	);
	await page.waitForTimeout(1500);

	// the form builder: "Add field" in the first column, type Data, then its label
	await page.click('.form-tabs .nav-link[data-fieldname="form_builder_tab"], .form-tabs .nav-link >> nth=1');
	await page.waitForSelector(".form-builder-container .add-new-field-btn", { timeout: 30000 });
	await page.locator(".form-builder-container .add-new-field-btn button").first().click();
	await page.waitForTimeout(800);
	await page.waitForTimeout(800);
	const dataType = await page.evaluate(() => __("Data"));  // the field types show in the desk's language
	const option = page.locator("#autocomplete-area li.combo-box-option:visible").filter({ hasText: new RegExp(`^${dataType}$`) });
	await shot(page, "1-field-types");
	await option.first().click();
	await page.waitForTimeout(1200);
	const labelInput = page.locator('.form-builder-container .sidebar-container [data-fieldname="label"] input');
	await labelInput.fill(label);
	await labelInput.press("Tab");
	await page.waitForTimeout(800);
	await shot(page, "2-field-added");

	// Update: Frappe saves the customisation, the app asks for the label's wording
	await page.click(".page-actions .primary-action");
	await page.waitForSelector(".modal.show [data-fieldname='fr_0'] input", { timeout: 60000 });
	await page.waitForTimeout(800);
	const dialog = page.locator(".modal.show").last();
	const title = (await dialog.locator(".modal-title").innerText()).trim();
	const labels = await dialog.locator(".form-section .section-head").allInnerTexts();
	await dialog.locator("[data-fieldname='fr_0'] input").fill(french);
	await dialog.locator("[data-fieldname='nl_0'] input").fill(dutch);
	await shot(page, "3-label-wording");
	const savedMessage = await page.evaluate(() => __("Labels saved in three languages."));
	const stored = page.waitForResponse((r) => r.url().includes("save_label_translations"), { timeout: 30000 });
	await dialog.locator(".btn-primary").click();
	const storedStatus = (await stored).status();
	await page
		.waitForFunction(
			(message) => [...document.querySelectorAll(".desk-alert")].some((a) => a.innerText.includes(message)),
			savedMessage,
			{ timeout: 15000 }
		)
		.catch(() => {});
	await page.waitForFunction(() => !document.querySelector(".modal.show"), null, { timeout: 15000 }).catch(() => {});
	const alerts = await page.locator(".desk-alert").allInnerTexts();
	const dialogsLeft = await page.locator(".modal.show [data-fieldname='fr_0']").count();
	await page.waitForTimeout(1000);  // the dialog's backdrop fades out
	await shot(page, "4-saved");
	const saved = await page.evaluate((name) => cur_frm.doc.fields.find((f) => f.label === name), label);
	let viewerLabel = null;
	if (viewer && saved) {
		const other = await siteContext(browser, site, { viewport: { width: 1400, height: 1000 } });
		page = await other.newPage();
		await login(page, baseUrl, viewer, password, "viewer login");
		await page.goto(`${baseUrl}/app/${doctype.toLowerCase().replace(/ /g, "-")}/new`);
		const control = page.locator(`.frappe-control[data-fieldname="${saved.fieldname}"] .control-label`).first();
		await control.waitFor({ timeout: 60000 });
		await control.scrollIntoViewIfNeeded();
		viewerLabel = (await control.innerText()).trim();
		await shot(page, "5-viewer-form");
	}
	console.log(JSON.stringify({
		title, labels, alerts, viewerLabel, storedStatus, dialogsLeft,
		saved: saved ? { fieldname: saved.fieldname, fieldtype: saved.fieldtype } : null,
	}));
} catch (error) {
	if (page) await shot(page, "error");
	throw error;
} finally {
	await browser.close();
}
