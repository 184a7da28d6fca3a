// What every headless check shares: Debian's Chromium launched the same way, a browser context
// that names the Frappe site, and the desk login.
import { chromium } from "playwright-core";

const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync"];

// Headless Chromium ($CHROMIUM or /usr/bin/chromium); `extraArgs` are added to the usual flags.
export async function launch(extraArgs = []) {
	return chromium.launch({
		executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
		headless: true,
		args: [...FLAGS, ...extraArgs],
	});
}

// A new browser context whose requests go to `site`; `options` are Playwright's context options
// (viewport, hasTouch...).
export async function siteContext(browser, site, options = {}) {
	return browser.newContext({ ...options, extraHTTPHeaders: { "X-Frappe-Site-Name": site } });
}

// Logs `user` in to the desk at `baseUrl` in the page's context; throws "<what> failed: STATUS".
export async function login(page, baseUrl, user, password, what = "login") {
	const response = await page.request.post(`${baseUrl}/api/method/login`, { form: { usr: user, pwd: password } });
	if (!response.ok()) throw new Error(`${what} failed: ${response.status()}`);
}
