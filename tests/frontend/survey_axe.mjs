// axe-core (WCAG 2.1 A and AA rules) over every screen of the survey page on a 768×1024 tablet.
// Usage: node survey_axe.mjs BASE_URL SITE USER PASSWORD SHOTS_PREFIX SESSION ENROLMENT:LANG [ENROLMENT:LANG...]
// The first participant is picked from the session's list (the staff screen is audited too); each
// then chooses a language (first tap says its name, the arrow starts), answers every question by a
// tap or skips it, sees the thank-you screen, hands the tablet back, and staff type a wrong password.
// Prints one JSON object: the screens audited and every violation found, with its impact.
import { createRequire } from "node:module";
import { launch, login, siteContext } from "./desk.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const [baseUrl, site, user, password, shots, session, ...pairs] = process.argv.slice(2);
const browser = await launch(["--autoplay-policy=no-user-gesture-required"]);
const report = { audits: [], violations: [], spoken: [] };

async function audit(page, language, screen) {
	await page.waitForTimeout(250); // the progress bar's transition ends
	await page.addScriptTag({ path: AXE });
	const result = await page.evaluate(() =>
		window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
	);
	report.audits.push({ language, screen, passes: result.passes.length });
	for (const violation of result.violations) {
		report.violations.push({
			language,
			screen,
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
		});
	}
}

try {
	const context = await siteContext(browser, site, { viewport: { width: 768, height: 1024 }, hasTouch: true });
	const page = await context.newPage();
	// The audit can fail: a button with no name is a critical violation axe must report.
	await page.setContent('<!DOCTYPE html><html lang="en"><head><title>check</title></head><body><main><button></button></main></body></html>');
	await page.addScriptTag({ path: AXE });
	const check = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a"] } }));
	report.selfCheck = check.violations.map((violation) => `${violation.id}:${violation.impact}`);
	await login(page, baseUrl, user, password);
	for (const [index, pair] of pairs.entries()) {
		const [enrolment, language] = pair.split(":");
		if (index === 0) {
			await page.goto(`${baseUrl}/survey?session=${encodeURIComponent(session)}`);
			await page.waitForSelector(".screen.staff", { timeout: 30000 });
			await audit(page, language, "staff list");
			await page.tap(`.staff-pick[data-enrolment="${enrolment}"]`);
		} else {
			await page.goto(`${baseUrl}/survey?enrolment=${encodeURIComponent(enrolment)}`);
		}
		await page.waitForSelector(`button[data-lang="${language}"]`, { timeout: 30000 });
		await audit(page, language, "language choice");
		await page.screenshot({ path: `${shots}-${language}-languages.png` });
		const before = await page.evaluate(() => window.surveyAudio.requested || 0);
		await page.tap(`button[data-lang="${language}"]`);
		await page.waitForSelector(`button[data-lang="${language}"][aria-pressed="true"]`);
		const url = await page.evaluate(() => window.surveyAudio.url);
		report.spoken.push({ language, requested: (await page.evaluate(() => window.surveyAudio.requested || 0)) - before, url });
		await audit(page, language, "language chosen (name said aloud)");
		await page.screenshot({ path: `${shots}-${language}-language-chosen.png` });
		await page.tap(".language-go");
		await page.waitForSelector(".screen.question");
		for (let step = 0; step < 30; step++) {
			const key = await page.$eval(".screen.question", (el) => el.dataset.key).catch(() => null);
			if (!key) break;
			const kind = await page.$eval(".answers", (el) => el.className.replace("answers kind-", ""));
			await audit(page, language, `question ${key} (${kind})`);
			await page.screenshot({ path: `${shots}-${language}-${key}.png` });
			const answer = await page.$(".answer");
			if (answer) {
				await answer.tap();
				await audit(page, language, `question ${key} answered`);
				await page.tap(".nav.next");
			} else if (await page.$(".nav.skip")) {
				await audit(page, language, `question ${key} (skip)`);
				await page.tap(".nav.skip");
			} else {
				throw new Error(`question ${key} can be neither answered nor skipped`);
			}
			await page.waitForSelector(`.screen.question:not([data-key="${key}"]), .screen.thanks, .screen.error`);
		}
		await page.waitForSelector(".screen.thanks, .screen.error", { timeout: 30000 });
		if (await page.$(".screen.error")) throw new Error(await page.$eval(".screen.error", (el) => el.innerText));
		await audit(page, language, "thank-you");
		await page.screenshot({ path: `${shots}-${language}-thanks.png` });
		await page.tap(".staff-link");
		await page.waitForSelector(".screen.hand-back");
		await audit(page, language, "hand-back");
		await page.fill(".staff-password", "not-the-password");
		await page.tap(".unlock-button");
		await page.waitForSelector(".screen.hand-back .error-text");
		await audit(page, language, "staff unlock (wrong password)");
		await page.screenshot({ path: `${shots}-${language}-unlock.png` });
		await page.fill(".staff-password", password);
		await page.tap(".unlock-button");
		await page.waitForTimeout(1000);
	}
	console.log(JSON.stringify(report));
} finally {
	await browser.close();
}
