// The audit trail for officials: an official reads the entries of their own processes, an admin
// every entry, nobody else any; names instead of ids; filters by process, person, action and day;
// each entry links to the thing it changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { ServiceError } from '../core/errors';
import { addPool, createEdition, saveDraft, submitProject, verifyProject } from '../budgets/service';
import { auditTargetHref, auditTrail } from './trail';

const day = 86_400_000;
const T0 = new Date('2027-03-01T10:00:00Z');
const at = (d: number) => () => new Date(T0.getTime() + d * day);
const dates = { submissionOpensAt: at(0)(), supportOpensAt: at(10)(), verificationOpensAt: at(20)(), appealsOpensAt: at(30)(), votingOpensAt: at(40)(), votingClosesAt: at(50)(), implementationOpensAt: at(60)() };

async function status(p: Promise<unknown>) {
	try {
		await p;
		return 200;
	} catch (e) {
		if (e instanceof ServiceError) return e.status;
		throw e;
	}
}

describe.each(backends)('the audit trail on %s', (kind) => {
	let t: TestDatabase;
	let anna: NonNullable<Actor>;
	let piotr: NonNullable<Actor>;
	let admin: NonNullable<Actor>;
	let resident: NonNullable<Actor>;
	let annasEdition: { id: string; slug: string };
	let piotrsEdition: { id: string; slug: string };
	let projectId: string;

	beforeAll(async () => {
		t = await openTestDatabase(kind);
		anna = await t.user('official', 'Anna Urzędniczka');
		piotr = await t.user('official', 'Piotr Urzędnik');
		admin = await t.user('admin', 'Ala Administratorka');
		resident = await t.user('resident', 'Mieszkanka');
		const base = { description: 'Edycja testowa dziennika zdarzeń.', year: 2028, ballotKind: 'krakow', greenMode: 'none', ...dates };
		annasEdition = await createEdition(t.ctx(anna, at(0)), { title: 'Budżet Anny 2028', ...base });
		piotrsEdition = await createEdition(t.ctx(piotr, at(0)), { title: 'Budżet Piotra 2028', ...base });
		const pool = await addPool(t.ctx(anna, at(1)), annasEdition.id, { kind: 'citywide', name: 'Ogólnomiejska', amount: 1_000_000, maxCost: 500_000, rule: 'greedy' });
		await addPool(t.ctx(piotr, at(1)), piotrsEdition.id, { kind: 'citywide', name: 'Ogólnomiejska', amount: 1_000_000, maxCost: 500_000, rule: 'greedy' });
		projectId = await saveDraft(t.ctx(resident, at(2)), annasEdition.id, { poolId: pool, title: 'Ławki na Plantach', description: 'Nowe ławki z oparciem wzdłuż Plant, co sto metrów.', lat: 50.06, lng: 19.94, costItems: [{ label: 'Ławki', amount: 100_000 }] });
		await submitProject(t.ctx(resident, at(2)), projectId);
		await verifyProject(t.ctx(anna, at(21)), projectId, { stage: 'formal', positive: 'no', justification: 'Planty są pod ochroną konserwatora.' });
	});
	afterAll(() => t?.drop());

	it('an official reads only the entries of the processes assigned to them, with names', async () => {
		const trail = await auditTrail(t.ctx(anna, at(22)), {});
		expect(trail.entries.length).toBeGreaterThan(0);
		expect(trail.entries.every((e) => e.processTitle === 'Budżet Anny 2028')).toBe(true);
		const verify = trail.entries.find((e) => e.action === 'budget.verify.formal')!;
		expect(verify).toMatchObject({ actorName: 'Anna Urzędniczka', processTitle: 'Budżet Anny 2028', href: `/manage/budgets/${annasEdition.slug}/projects/${projectId}` });
		expect(trail.choices.processes.map((p) => p.title)).toEqual(['Budżet Anny 2028']);
		expect(trail.choices.people.map((p) => p.name)).toEqual(['Anna Urzędniczka']);
		expect(trail.entries.find((e) => e.action === 'budget.pool.add')?.href).toBe(`/manage/budgets/${annasEdition.slug}`);
	});

	it('an admin reads every entry; residents none; not signed in: 401', async () => {
		const all = await auditTrail(t.ctx(admin, at(22)), {});
		expect(new Set(all.entries.map((e) => e.processTitle))).toEqual(new Set(['Budżet Anny 2028', 'Budżet Piotra 2028']));
		expect(await status(auditTrail(t.ctx(resident, at(22)), {}))).toBe(403);
		expect(await status(auditTrail(t.ctx(null, at(22)), {}))).toBe(401);
	});

	it('filters by process, person, action and day (Kraków days), and an official cannot widen their view', async () => {
		const byAction = await auditTrail(t.ctx(admin, at(22)), { action: 'budget.verify.formal' });
		expect(byAction.entries.map((e) => e.action)).toEqual(['budget.verify.formal']);
		expect((await auditTrail(t.ctx(admin, at(22)), { person: piotr.id })).entries.every((e) => e.actorName === 'Piotr Urzędnik')).toBe(true);
		expect((await auditTrail(t.ctx(admin, at(22)), { process: piotrsEdition.id })).entries.every((e) => e.processTitle === 'Budżet Piotra 2028')).toBe(true);
		// Anna asking for Piotr's process gets nothing, not his entries.
		expect((await auditTrail(t.ctx(anna, at(22)), { process: piotrsEdition.id })).entries).toEqual([]);
		// The verification was on day 21 (2027-03-22, 11:00 in Kraków); the rest on days 0–2.
		expect((await auditTrail(t.ctx(anna, at(22)), { from: '2027-03-22', to: '2027-03-22' })).entries.map((e) => e.action)).toEqual(['budget.verify.formal']);
		expect((await auditTrail(t.ctx(anna, at(22)), { to: '2027-03-21' })).entries.some((e) => e.action === 'budget.verify.formal')).toBe(false);
		expect(await status(auditTrail(t.ctx(anna, at(22)), { from: '2027-03-22', to: '2027-03-01' }))).toBe(400);
		expect(await status(auditTrail(t.ctx(anna, at(22)), { from: '22.03.2027' }))).toBe(400);
	});

	it('links each kind of entry to the page of what it changed', () => {
		const base = { processSlug: 'bo-2028', mechanism: 'budget' };
		expect(auditTargetHref({ ...base, targetType: 'budget_pool', targetId: 'p1' })).toBe('/manage/budgets/bo-2028/pools/p1');
		expect(auditTargetHref({ ...base, targetType: 'process', targetId: 'x' })).toBe('/manage/budgets/bo-2028');
		expect(auditTargetHref({ processSlug: 'k', mechanism: 'consultation', targetType: 'process', targetId: 'x' })).toBe('/manage/consultations/k');
		expect(auditTargetHref({ processSlug: null, mechanism: null, targetType: 'idea', targetId: 'i1' })).toBe('/ideas/i1');
		expect(auditTargetHref({ processSlug: null, mechanism: null, targetType: 'comment', targetId: 'c1' })).toBeNull();
	});
});
