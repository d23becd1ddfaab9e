import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { auditLog } from '../audit/schema';
import { addCriterion, checkQuotaFeasibility, createPanel, listQuotas, registerVolunteer, setStage } from './service';

// The live feasibility check of the quotas: in a worker thread with a short time limit, against
// the panel size before recruitment and against the pool once volunteers have registered.
describe.each(backends)('live quota feasibility check on %s', (kind) => {
	let t: TestDatabase;
	const clock = new Date('2027-03-01T10:00:00Z');
	const now = () => clock;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t?.drop());

	it('checks against the size, then the pool; names the conflicting quotas and the smallest relaxation', async () => {
		const official = await t.user('official');
		const other = await t.user('official');
		const resident = await t.user('resident');
		const as = t.ctx(official, now);
		const { id } = await createPanel(as, { title: 'Panel wykonalności', description: 'Panel do sprawdzania kwot.', question: 'Jak oszczędzać energię w Krakowie?', size: 4, reserves: 0, openRegistration: true });
		await addCriterion(as, id, { feature: 'gender', source: 'manual', lines: 'K;Kobieta;50%\nM;Mężczyzna;50%' });
		await addCriterion(as, id, { feature: 'age', source: 'manual', lines: 'y;Młodzi;50%\no;Starsi;50%' });
		expect((await listQuotas(t.db, id)).map((q) => [q.value, q.min, q.max])).toEqual([
			['K', 2, 2],
			['M', 2, 2],
			['y', 2, 2],
			['o', 2, 2]
		]);

		// Only the panel's officials; bad input is a 400 naming the field.
		const q = (rows: [number, number][]) => ({ quotas: rows.map(([min, max]) => ({ min, max })) });
		await expect(checkQuotaFeasibility(t.ctx(null, now), id, q([[2, 2], [2, 2], [2, 2], [2, 2]]))).rejects.toMatchObject({ status: 401 });
		await expect(checkQuotaFeasibility(t.ctx(resident, now), id, q([[2, 2], [2, 2], [2, 2], [2, 2]]))).rejects.toMatchObject({ status: 403 });
		await expect(checkQuotaFeasibility(t.ctx(other, now), id, q([[2, 2], [2, 2], [2, 2], [2, 2]]))).rejects.toMatchObject({ status: 403 });
		await expect(checkQuotaFeasibility(as, id, q([[2, 1], [2, 2], [2, 2], [2, 2]]))).rejects.toMatchObject({ status: 400, fields: { 'quotas.0.max': 'max_below_min' } });
		await expect(checkQuotaFeasibility(as, id, q([[2, 2]]))).rejects.toMatchObject({ status: 400, fields: { quotas: 'quotas_changed' } });
		await expect(checkQuotaFeasibility(as, id, { quotas: [{ min: 'x', max: 2 }, { min: 2, max: 2 }, { min: 2, max: 2 }, { min: 2, max: 2 }] })).rejects.toMatchObject({ status: 400, fields: { 'quotas.0.min': 'min_invalid' } });

		// Before recruitment: against the panel size alone.
		expect(await checkQuotaFeasibility(as, id, q([[2, 2], [2, 2], [2, 2], [2, 2]]))).toMatchObject({ status: 'feasible', against: 'size', conflicts: [], relaxation: [] });
		const tooMany = await checkQuotaFeasibility(as, id, q([[3, 3], [2, 2], [2, 2], [1, 1]]));
		expect(tooMany.status).toBe('infeasible');
		expect(tooMany.against).toBe('size');
		expect(tooMany.conflicts).toEqual([
			{ feature: 'gender', value: null, label: null, problem: 'min_sum_too_high', have: 5, need: 4 },
			{ feature: 'age', value: null, label: null, problem: 'max_sum_too_low', have: 3, need: 4 }
		]);
		// The engine's smallest relaxation: one seat off a gender minimum, one onto an age maximum.
		expect(tooMany.relaxation).toHaveLength(2);
		const g = tooMany.relaxation.find((r) => r.feature === 'gender')!;
		expect(g.newMin).toBe(g.min - 1);
		const a = tooMany.relaxation.find((r) => r.feature === 'age')!;
		expect(a.newMax).toBe(a.max + 1);
		expect(a.index).toBeGreaterThanOrEqual(2);

		// A worker past its time limit is stopped: the answer says so instead of waiting.
		expect((await checkQuotaFeasibility(as, id, q([[2, 2], [2, 2], [2, 2], [2, 2]]), { timeLimitMs: 1 })).status).toBe('timeout');

		// With volunteers: against the pool (3 women, 2 men, all young).
		await setStage(as, id, 'recruitment');
		const answers = ['K', 'K', 'K', 'M', 'M'];
		for (let i = 0; i < answers.length; i++) {
			const u = await t.user('resident');
			await registerVolunteer(t.ctx(u, now), id, { name: `Osoba ${i}`, email: u.email, availability: 'soboty', consent: 'yes', household: `ul. Testowa ${i}`, answer_gender: answers[i], answer_age: 'y' });
		}
		// Nobody is old: the young may fill at most 3 seats of 4 → raise their maximum.
		const pool = await checkQuotaFeasibility(as, id, q([[2, 2], [2, 2], [2, 3], [0, 2]]));
		expect(pool).toMatchObject({ status: 'infeasible', against: 'pool' });
		expect(pool.conflicts).toEqual([{ feature: 'age', value: null, label: null, problem: 'max_sum_too_low', have: 3, need: 4 }]);
		expect(pool.relaxation).toEqual([{ feature: 'age', value: 'y', label: 'Młodzi', min: 2, max: 3, newMin: 2, newMax: 4, index: 2 }]);
		const short = await checkQuotaFeasibility(as, id, q([[1, 4], [0, 4], [0, 4], [1, 4]]));
		expect(short).toMatchObject({ status: 'infeasible', against: 'pool' });
		expect(short.conflicts).toContainEqual({ feature: 'age', value: 'o', label: 'Starsi', problem: 'pool_short', have: 0, need: 1 });
		expect(short.relaxation).toEqual([{ feature: 'age', value: 'o', label: 'Starsi', min: 1, max: 4, newMin: 0, newMax: 4, index: 3 }]);
		expect(await checkQuotaFeasibility(as, id, q([[2, 3], [1, 2], [0, 4], [0, 4]]))).toMatchObject({ status: 'feasible', against: 'pool' });

		// Every check reads the pool's answers: audited.
		const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'panel.quotas.check')));
		expect(audits.length).toBe(6);
	}, 120_000);
});
