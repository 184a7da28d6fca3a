// A participant opens their week from the link of a notice, on a 768×1024 tablet, with no login.
// Usage: node week_page.mjs BASE_URL SITE WEEK_URL SCREENSHOT
// Taps the first speaker and waits for the server's audio. Prints a JSON object: the page's
// language and direction, its lines and marks, the smallest tap target and the audio it played.
import { launch, siteContext } from "./desk.mjs";

const [baseUrl, site, weekUrl, shot] = process.argv.slice(2);
const browser = await launch(["--autoplay-policy=no-user-gesture-required"]);
const seen = {};
try {
	const context = await siteContext(browser, site, { viewport: { width: 768, height: 1024 }, hasTouch: true });
	const page = await context.newPage();
	const audio = [];
	page.on("response", async (response) => {
		if (response.url().includes("api.week.speak")) {
			const body = await response.body().catch(() => Buffer.alloc(0));
			audio.push({ status: response.status(), type: response.headers()["content-type"], bytes: body.length });
		}
	});
	await page.goto(weekUrl.startsWith("http") ? weekUrl : baseUrl + weekUrl);
	await page.waitForSelector("main#week");
	seen.lang = await page.evaluate(() => document.documentElement.lang);
	seen.dir = await page.evaluate(() => document.documentElement.dir);
	seen.title = await page.$eval("h1", (el) => el.innerText).catch(() => null);
	seen.lines = await page.$$eval(".session", (els) =>
		els.map((el) => ({
			text: el.innerText,
			marks: [...el.querySelectorAll(".mark")].map((m) => m.innerText),
			cancelled: el.classList.contains("cancelled"),
			optional: el.classList.contains("optional"),
		}))
	);
	seen.smallestTarget = await page.$$eval("button", (els) =>
		Math.min(...els.map((el) => Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height)))
	);
	seen.overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
	await page.screenshot({ path: shot, fullPage: true });
	if (seen.lines.length) {
		await page.tap(".speaker");
		await page.waitForFunction(() => document.querySelector(".speaker.playing") !== null, null, { timeout: 20000 }).catch(() => null);
		await page.waitForTimeout(1500);
	}
	seen.audio = audio;
	console.log(JSON.stringify(seen));
} finally {
	await browser.close();
}
