import { it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser } from './support/browser';
it('dev', async () => {
	const b = await launchBrowser({ baseURL: 'http://localhost:3917' });
	const p = b.page;
	await p.goto('/');
	for (const legacy of [false, true, false, true]) {
		const t = Date.now();
		const r = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(legacy).analyze();
		console.log('LEGACY', legacy, Date.now() - t, r.violations.length, r.passes.length);
	}
	await b.close();
}, 300_000);
