// Kraków's real 2024 participatory budget, imported from the shipped Pabulib files: the count
// of every pool must equal the official winners (`selected` = 1) in the files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { importPabulibEdition, shippedFiles } from './import';
import { editionResults, getEdition, listProjects, poolPabulib } from './service';
import { officialWinnersOf, parseFile } from './engine';
import { budgetPool } from './schema';

describe.each(backends)('Kraków 2024 from Pabulib on %s', (kind) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t?.drop());

	it('imports the citywide pool and all 18 districts; every pool reproduces the official winners', { timeout: 180_000 }, async () => {
		const admin = await t.user('admin');
		const files = shippedFiles(2024);
		expect(files.length).toBe(19);
		const started = Date.now();
		const ed = await importPabulibEdition(t.ctx(admin), { title: 'Budżet Obywatelski Krakowa 2024', year: 2024, files: files.map((f) => ({ text: f.text })) });
		console.log(`[history] Kraków 2024 (19 pools, ${files.length} files) imported and counted in ${Date.now() - started} ms`);
		const e = await getEdition(t.ctx(null), ed.id);
		expect(e.edition.historical).toBe(true);
		expect(e.pools.filter((p) => p.kind === 'district')).toHaveLength(18);
		const res = await editionResults(t.ctx(null), ed.id);
		let checked = 0;
		for (const pool of res.pools) {
			const [row] = await t.db.select({ text: budgetPool.pabulib }).from(budgetPool).where(eq(budgetPool.id, pool.id));
			const official = officialWinnersOf(parseFile(row.text!));
			expect(official, pool.name).not.toBeNull();
			expect([...pool.official!.selected].sort(), pool.name).toEqual([...official!].sort());
			expect(pool.comparisons.map((c) => c.rule)).toContain('mes');
			checked++;
		}
		expect(checked).toBe(19);
		const city = res.pools.find((p) => p.kind === 'citywide')!;
		expect(city.official!.voters).toBeGreaterThan(60_000);
		// Projects, export and the count agree.
		expect((await listProjects(t.ctx(null), ed.id, { poolId: city.id })).length).toBeGreaterThan(50);
		expect((await poolPabulib(t.ctx(null), city.id)).text.startsWith('META')).toBe(true);
	});
});
