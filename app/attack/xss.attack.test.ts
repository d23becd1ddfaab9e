// Stored XSS: a resident puts a corpus of script payloads into every text field other people
// read (the display name, comments on a process, an idea and a budget project), then those pages
// are opened in Chromium with JavaScript on — as anonymous visitors, a moderator and an official —
// with a dialog listener and a global each payload would set. Zero executions, and the payloads
// are on the page as text (so the check is not vacuous).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser, signIn as browserSignIn, type Browser } from '../e2e/support/browser';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from '../e2e/support/server';
import { signedIn } from '../e2e/support/http';
import { prepareDataDir, type Fixtures } from '../e2e/support/roles';
import { record } from './report';
import { CORPUS } from './corpus';

assertBuilt();

describe.skipIf(!chromiumAvailable())('stored XSS in every field others read', () => {
	let server: TestServer;
	let dataDir: string;
	let f: Fixtures;
	let browser: Browser;

	beforeAll(async () => {
		({ dataDir, fixtures: f } = await prepareDataDir());
		server = await startServer({ dataDir });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	it('payloads stored by a resident run in no browser, for any reader', async () => {
		let requests = 0;
		const anna = await signedIn(server.url, DEMO.resident, DEMO_PASSWORD);
		requests++;
		// The display name (shown beside every comment): the shortest payload that fits a name.
		const name = await anna.post('/account?/profile', { name: 'Anna <img src=x onerror=alert(1)>' });
		requests++;
		expect(name.status).toBeLessThan(500);
		const body = (field: string) => `XSS-CORPUS-${field}\n${CORPUS.join('\n')}`;
		const fields: [string, string, string][] = [
			['process comment', `/processes/${f.consultationSlug}?/comment`, `/processes/${f.consultationSlug}`],
			['idea comment', `/ideas/${f.idea}?/comment`, `/ideas/${f.idea}`],
			['project comment', `/budgets/${f.budgetSlug}/projects/${f.budgetProject}?/comment`, `/budgets/${f.budgetSlug}/projects/${f.budgetProject}`]
		];
		for (const [field, action] of fields) {
			const res = await anna.post(action, { body: body(field) });
			requests++;
			await res.arrayBuffer();
			expect(res.status, field).toBeLessThan(400);
		}
		const payloads = 1 + CORPUS.length * fields.length;

		let executions = 0;
		let rendered = 0;
		const readers: [string, string | null][] = [
			['anonymous', null],
			['moderator', DEMO.moderator],
			['official', DEMO.official]
		];
		for (const [reader, email] of readers) {
			browser = await launchBrowser({ baseURL: server.url });
			const page = browser.page;
			page.on('dialog', async (d) => {
				executions++;
				await d.dismiss();
			});
			if (email) await browserSignIn(page, email, DEMO_PASSWORD);
			for (const [field, , path] of fields) {
				const res = await page.goto(path, { waitUntil: 'load' });
				requests++;
				expect(res?.status(), `${reader} ${path}`).toBe(200);
				await page.waitForTimeout(300); // onerror of images, autofocus, toggles
				const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);
				executions += ran;
				const text = (await page.locator('main').textContent()) ?? '';
				// The payloads are there, as text.
				expect(text, `${reader} ${path}`).toContain(`XSS-CORPUS-${field}`);
				expect(text, `${reader} ${path}`).toContain('<script>alert(1)</script>');
				expect(text, `${reader} ${path}`).toContain('<img src=x onerror=alert(1)>');
				rendered++;
			}
			await browser.close();
		}
		record('stored-xss', { payloads, probes: rendered, requests }, { fields: ['display name', ...fields.map((x) => x[0])], readers: readers.map((r) => r[0]), executions });
		expect(executions).toBe(0);
	});
});
