import { it } from 'vitest';
import { launchBrowser, visit } from './support/browser';
it('dev', async () => {
	const b = await launchBrowser({ baseURL: 'http://localhost:3917' });
	const p = b.page;
	await visit(p, '/');
	await p.screenshot({ path: '/work/main/docs/screenshots/home-pl.png' });
	await visit(p, '/signup');
	await p.screenshot({ path: '/work/main/docs/screenshots/signup-pl.png', fullPage: true });
	await p.setViewportSize({ width: 390, height: 844 });
	await visit(p, '/en');
	await p.screenshot({ path: '/tmp/home-en-mobile.png' });
	await b.close();
}, 300_000);
