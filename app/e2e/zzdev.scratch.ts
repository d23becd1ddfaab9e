import { it } from 'vitest';
import { launchBrowser, visit } from './support/browser';
it('dev', async () => {
	const b = await launchBrowser({ baseURL: 'http://localhost:3917' });
	const p = b.page;
	await visit(p, '/districts/1');
	await Promise.all([p.waitForURL((u) => u.pathname === '/en/districts/1'), p.locator('header a[hreflang="en"]').click()]);
	await p.waitForTimeout(1500);
	console.log('LANG', await p.locator('html').getAttribute('lang'), '|', await p.locator('h1').textContent(), '|', await p.locator('header .main-nav a').first().textContent());
	await visit(p, '/processes');
	await p.keyboard.press('Tab');
	await p.keyboard.press('Enter');
	await p.waitForTimeout(500);
	console.log('FOCUS', await p.evaluate(() => document.activeElement?.id), p.url());
	await b.close();
}, 300_000);
