// A participant answers the satisfaction survey on a 768×1024 tablet, by taps only.
// Usage: node survey_tablet.mjs BASE_URL SITE USER PASSWORD ENROLMENT LANGUAGE SCREENSHOT_PREFIX [SESSION]
// Taps the language (it is said aloud) and the arrow, then on each question the first offered answer (or skip), then reads the
// thank-you screen and goes on to the hand-back screen. With SESSION, staff first pick the
// participant from the session's list, and after the survey a reload, a wrong and the right staff
// password are tried on the hand-back screen. Prints a JSON object: what the page showed and the
// audio it played.
import { launch, login, siteContext } from "./desk.mjs";

const [baseUrl, site, user, password, enrolment, language, shots, session] = process.argv.slice(2);
const browser = await launch(["--autoplay-policy=no-user-gesture-required"]);
const seen = { questions: [], dir: null, audio: null, smallestTarget: null, thanks: null, typed: 0 };
try {
	const context = await siteContext(browser, site, { viewport: { width: 768, height: 1024 }, hasTouch: true });
	const page = await context.newPage();
	await login(page, baseUrl, user, password);
	const audioResponses = [];
	page.on("response", async (response) => {
		if (response.url().includes("api.surveys.speak")) {
			const body = await response.body().catch(() => Buffer.alloc(0));
			audioResponses.push({ status: response.status(), type: response.headers()["content-type"], bytes: body.length });
		}
	});
	if (session) {
		await page.goto(`${baseUrl}/survey?session=${encodeURIComponent(session)}`);
		await page.waitForSelector(".screen.staff", { timeout: 30000 });
		seen.listBefore = await page.$$eval(".staff-pick", (els) => els.map((el) => el.innerText.trim()));
		await page.screenshot({ path: `${shots}-list.png` });
		await page.tap(`.staff-pick[data-enrolment="${enrolment}"]`);
	} else {
		await page.goto(`${baseUrl}/survey?enrolment=${encodeURIComponent(enrolment)}`);
	}
	await page.waitForSelector(`button[data-lang="${language}"]`, { timeout: 30000 });
	await page.screenshot({ path: `${shots}-languages.png` });
	// The first tap says the language's name and marks it; the arrow starts the survey.
	await page.tap(`button[data-lang="${language}"]`);
	await page.waitForSelector(`button[data-lang="${language}"][aria-pressed="true"]`);
	seen.languageSpoken = await page.evaluate(() => window.surveyAudio.requested || 0);
	await page.tap(".language-go");
	await page.waitForSelector(".screen.question");
	seen.dir = await page.evaluate(() => document.documentElement.getAttribute("dir"));
	let first = true;
	for (let step = 0; step < 30; step++) {
		const key = await page.$eval(".screen.question", (el) => el.dataset.key).catch(() => null);
		if (!key) break;
		const text = await page.$eval(".question-text", (el) => el.innerText);
		// Every button a finger has to hit, measured as drawn.
		const smallest = await page.$$eval(".screen button", (els) =>
			Math.min(...els.map((el) => Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height)))
		);
		seen.smallestTarget = seen.smallestTarget === null ? smallest : Math.min(seen.smallestTarget, smallest);
		const answer = await page.$(".answer");
		if (first) {
			// Read-aloud: tap the speaker and wait for the page to play the server's audio.
			await page.tap(".ask .speaker");
			await page.waitForFunction(() => window.surveyAudio.played > 0, null, { timeout: 20000 });
			seen.audio = await page.evaluate(() => window.surveyAudio);
			await page.screenshot({ path: `${shots}-question.png` });
		}
		if (answer) {
			await answer.tap();
			await page.screenshot({ path: `${shots}-${key}.png` });
			if (first) await page.screenshot({ path: `${shots}-answered.png` });
			await page.tap(".nav.next");
			seen.questions.push({ key, text, answered: true });
		} else if (await page.$(".nav.skip")) {
			await page.screenshot({ path: `${shots}-${key}.png` });
			await page.tap(".nav.skip");
			seen.questions.push({ key, text, answered: false });
		} else {
			throw new Error(`question ${key} can be neither answered by a tap nor skipped`);
		}
		first = false;
		await page.waitForSelector(`.screen.question:not([data-key="${key}"]), .screen.thanks, .screen.error`);
	}
	await page.waitForSelector(".screen.thanks, .screen.error", { timeout: 30000 });
	if (await page.$(".screen.error")) throw new Error(await page.$eval(".screen.error", (el) => el.innerText));
	seen.thanks = await page.$eval(".thanks-text", (el) => el.innerText);
	await page.screenshot({ path: `${shots}-thanks.png` });
	seen.thanksScreen = await page.innerText("body");
	// The participant taps on: a neutral screen, and nothing of the others.
	await page.tap(".staff-link");
	await page.waitForSelector(".screen.hand-back");
	seen.handBack = await page.innerText("body");
	await page.screenshot({ path: `${shots}-handback.png` });
	if (session) {
		await page.reload();
		await page.waitForSelector(".screen.hand-back, .screen.staff", { timeout: 30000 });
		seen.afterReload = await page.innerText("body");
		await page.fill(".staff-password", "not-the-password");
		await page.tap(".unlock-button");
		await page.waitForSelector(".screen.hand-back .error-text");
		seen.wrongPassword = await page.innerText("body");
		await page.fill(".staff-password", password);
		await page.tap(".unlock-button");
		await page.waitForSelector(".screen.staff", { timeout: 30000 });
		seen.listAfter = await page.innerText("body");
		await page.screenshot({ path: `${shots}-list-after.png` });
	}
	seen.audioResponses = audioResponses;
	console.log(JSON.stringify(seen));
} finally {
	await browser.close();
}
