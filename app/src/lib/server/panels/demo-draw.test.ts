// LEXIMIN on the 564 volunteers of the demo pool (a few seconds). The demo climate panel's pool,
// selected through the app's own path (freeze → queued job → worker thread → engine), meets every
// quota in every published panel, and its probabilities equal the engine's selectPanel on the
// same files (what `decydujemy panel select` runs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase } from '../testing/db';
import { seedPanels, panelsDataDir } from './seed';
import { listPanels } from './views';
import { commitSeed, freezePool, performDraw, publicDraw, startSelection, listQuotas, quotaViolations } from './service';
import { runNextSelection } from './runner';
import { verifyDraw, type PublishedLottery } from '$lib/panels/lottery';

describe('demo pool draw', () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase('pglite');
	});
	afterAll(() => t?.drop());

	it('meets every quota and publishes the engine’s probabilities', async () => {
		const official = await t.user('official');
		const now = new Date();
		const ctx = t.ctx(official, () => now);
		await seedPanels({ db: t.db, auth: t.auth, log: () => {}, now, as: { official: ctx, moderator: ctx, admin: ctx, residents: [] } });
		const id = (await listPanels(t.db)).find((p) => p.title === 'Krakowski Panel Klimatyczny 2027')!.id;
		await freezePool(ctx, id);
		await startSelection(ctx, id, { m: 1000 });
		await runNextSelection(t.db);
		const d = (await publicDraw(t.ctx(null), id))!;
		expect(d.error).toBeNull();
		const quotas = await listQuotas(t.db, id);
		for (const panel of d.panels!) expect(quotaViolations(d.pool!.rows, d.pool!.features, quotas, panel)).toEqual([]);
		// The engine directly on the shipped files.
		const dir = panelsDataDir();
		const src = '../../../../../packages/sortition/src/';
		const { parseReplication } = await import(/* @vite-ignore */ join(import.meta.dirname, src, 'input/replication.ts'));
		const { selectPanel } = await import(/* @vite-ignore */ join(import.meta.dirname, src, 'select.ts'));
		const pool = parseReplication({ categoriesText: readFileSync(join(dir, 'categories.csv'), 'utf8'), respondentsText: readFileSync(join(dir, 'respondents.csv'), 'utf8'), k: 60 });
		const direct = await selectPanel(pool, { k: 60, panels: 1000, seed: 'any' });
		expect(direct.exact).toBe(true);
		expect(d.report?.exact).toBe(true);
		const ours = d.probabilities!;
		expect(ours).toHaveLength(564);
		for (let i = 0; i < 564; i++) expect(ours[i]).toBeCloseTo(direct.probabilities[String(i)], 6);
		await commitSeed(ctx, id);
		// Numbers announced publicly after the commitment (a named lottery result) as the public input.
		const later = new Date(now.getTime() + 2 * 3_600_000);
		const r = await performDraw(t.ctx(official, () => later), id, { kind: 'announced', numbers: '6 1', source: 'Lotto, losowanie testowe', announcedAt: new Date(now.getTime() + 3_600_000).toISOString() });
		const after = (await publicDraw(t.ctx(null), id))!;
		expect(verifyDraw(after.published as unknown as PublishedLottery, after.seed!, [6, 1])).toBe(r.chosen);
		console.log(`min probability ${Math.min(...ours)}`);
	}, 300_000);
});
