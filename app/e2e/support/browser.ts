// Debian's Chromium driven by playwright-core (never a downloaded browser), one fresh profile per
// context, plus small page helpers shared by the journeys.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when Chromium is there. Without it: in CI the run fails, elsewhere the browser tests are
 * skipped with a printed reason. */
export function chromiumAvailable(): boolean {
	if (existsSync(chromiumPath)) return true;
	if (process.env.CI) throw new Error(`CI: Chromium not found at ${chromiumPath} (set CHROMIUM_PATH or apt-get install -y chromium); browser tests are required.`);
	console.warn(`[e2e] Skipping browser tests: Chromium not found at ${chromiumPath} (set CHROMIUM_PATH or apt-get install -y chromium).`);
	return false;
}

/** Contexts launched with JavaScript on: their pages are hydrated before the tests touch them. */
const withJavaScript = new WeakSet<BrowserContext>();

export interface Browser {
	context: BrowserContext;
	page: Page;
	close(): Promise<void>;
}

export async function launchBrowser(opts: { javaScriptEnabled?: boolean; baseURL?: string; locale?: string } = {}): Promise<Browser> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'decydujemy-e2e-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath,
		headless: true,
		javaScriptEnabled: opts.javaScriptEnabled ?? true,
		baseURL: opts.baseURL,
		locale: opts.locale ?? 'pl-PL',
		viewport: { width: 1280, height: 900 },
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	if (opts.javaScriptEnabled ?? true) withJavaScript.add(context);
	context.setDefaultTimeout(15_000);
	context.setDefaultNavigationTimeout(30_000);
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		async close() {
			await context.close().catch(() => undefined);
			rmSync(userDataDir, { recursive: true, force: true });
		}
	};
}

/** With JavaScript on, waits until SvelteKit has started on the page (its router stamps
 * history.state just before hydrating), plus one task for the hydration itself. A person is
 * slower than a test; typing before hydration is tested on its own (site.e2e.test.ts). */
export async function hydrated(page: Page): Promise<void> {
	if (!withJavaScript.has(page.context())) return;
	await page.waitForFunction(() => !!history.state && 'sveltekit:history' in history.state);
	await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
}

/** Navigates (a full page load) and fails on an HTTP error status. */
export async function visit(page: Page, path: string, okStatus: (s: number) => boolean = (s) => s < 400): Promise<void> {
	const res = await page.goto(path, { waitUntil: 'load' });
	if (!res) throw new Error(`No response for ${path}`);
	if (!okStatus(res.status())) throw new Error(`GET ${path} answered ${res.status()}`);
	await hydrated(page);
}

/** Submits a form by clicking its button and waits for the resulting page load (all forms are
 * plain HTML forms, so this is a full navigation with or without JavaScript). */
export async function submit(page: Page, button: ReturnType<Page['locator']>): Promise<void> {
	await Promise.all([page.waitForEvent('load'), button.click()]);
	await hydrated(page);
}

/** Follows a link as a person does — a client-side navigation with JavaScript, a page load
 * without — and resolves once the linked page is shown. */
export async function follow(page: Page, link: ReturnType<Page['locator']>): Promise<void> {
	const href = await link.getAttribute('href');
	if (!href) throw new Error('follow: the link has no href');
	const target = new URL(href, page.url());
	await Promise.all([page.waitForURL((u) => u.pathname === target.pathname && u.search === target.search, { waitUntil: 'load' }), link.click()]);
	await hydrated(page);
}

/** Signs in through the /signin form; resolves once the redirect has landed. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
	await visit(page, '/signin');
	await page.locator('#email').fill(email);
	await page.locator('#password').fill(password);
	await submit(page, page.locator('main form button[type=submit]'));
	if (new URL(page.url()).pathname.endsWith('/signin')) {
		const summary = await page.locator('.error-summary').textContent().catch(() => null);
		throw new Error(`Sign-in as ${email} failed: ${summary ?? 'still on /signin'}`);
	}
}

export async function signOut(page: Page): Promise<void> {
	await submit(page, page.locator('header form[action$="/signout"] button'));
}
