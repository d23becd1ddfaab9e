import { it } from 'vitest';
import { launchBrowser } from './support/browser';
it('dev', async () => {
	const b = await launchBrowser({ baseURL: 'http://localhost:3917' });
	const p = b.page;
	let release!: () => void;
	const gate = new Promise<void>((r) => (release = r));
	await p.route('**/_app/immutable/**/*.js', async (route) => { await gate; await route.continue(); });
	await p.goto('/signin', { waitUntil: 'domcontentloaded' });
	await p.locator('#email').fill('typed@early.pl');
	await p.locator('#password').fill('secret-typed-early');
	release();
	await p.waitForFunction(() => history.state && 'sveltekit:history' in history.state, null, { timeout: 20000 });
	await p.waitForTimeout(1000);
	console.log('VALUES', await p.locator('#email').inputValue(), await p.locator('#password').inputValue());
	await p.goto('/account?district=5', { waitUntil: 'domcontentloaded' });
	await b.close();
}, 300_000);
