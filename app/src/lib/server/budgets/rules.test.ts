// Budgets: required support signatures, pools and green budget edited by officials until voting
// opens (audited), the project area, the author's notifications and the appeal window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { backends, mailsTo, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { ServiceError } from '../core/errors';
import { auditLog } from '../audit/schema';
import { notification } from '../notifications/schema';
import { budgetEdition } from './schema';
import { addPool, advancePhase, appealDecision, createEdition, decideAppeal, getEdition, getPool, getProject, parseAreaText, poolResults, resultsSummary, saveDraft, submitProject, supportProject, updateGreenBudget, updatePool, verifyProject } from './service';

const day = 86_400_000;
const T0 = new Date('2027-03-01T10:00:00Z');
const at = (d: number) => () => new Date(T0.getTime() + d * day);

async function failure(p: Promise<unknown>): Promise<{ status: number; message: string; fields?: Record<string, string> } | null> {
	try {
		await p;
		return null;
	} catch (e) {
		if (e instanceof ServiceError) return { status: e.status, message: e.message, fields: e.fields };
		throw e;
	}
}

const dates = (base = T0) => {
	const t = (d: number) => new Date(base.getTime() + d * day);
	return { submissionOpensAt: t(0), supportOpensAt: t(10), verificationOpensAt: t(20), appealsOpensAt: t(30), votingOpensAt: t(40), votingClosesAt: t(50), implementationOpensAt: t(60) };
};

const draft = (poolId: string, extra: Record<string, unknown> = {}) => ({
	poolId,
	title: 'Park kieszonkowy na Zabłociu',
	description: 'Zamiana parkingu na mały park z drzewami, ławkami i ogrodem deszczowym.',
	lat: 50.0476,
	lng: 19.9606,
	costItems: [{ label: 'Zieleń', amount: 120_000 }],
	...extra
});

describe.each(backends)('budget rules on %s', (kind) => {
	let t: TestDatabase;
	let official: NonNullable<Actor>;
	let stranger: NonNullable<Actor>;
	let author: NonNullable<Actor> & { email: string };
	let signers: NonNullable<Actor>[];
	let editionId: string;
	let poolId: string;

	beforeAll(async () => {
		t = await openTestDatabase(kind);
		official = await t.user('official', 'Urzędniczka');
		stranger = await t.user('official', 'Obcy urzędnik');
		author = await t.user('resident', 'Autorka');
		signers = [await t.user('resident', 'Podpis 1'), await t.user('resident', 'Podpis 2')];
		const ed = await createEdition(t.ctx(official, at(0)), { title: 'Budżet z podpisami 2028', description: 'Edycja testowa z podpisami poparcia.', year: 2028, ballotKind: 'krakow', greenMode: 'pool', supportRequired: 2, appealDays: 5, ...dates() });
		editionId = ed.id;
		poolId = await addPool(t.ctx(official, at(0)), editionId, { kind: 'district', districtId: 13, name: 'Podgórze', amount: 600_000, maxCost: 300_000, rule: 'greedy' });
	});
	afterAll(() => t?.drop());

	it('reads the area as "lat, lng" lines with a clear error per line', () => {
		expect(parseAreaText('50.05, 19.95\n\n50.051 19.951\n50,052; 19,952\n')).toEqual({ points: [[19.95, 50.05], [19.951, 50.051], [19.952, 50.052]], lines: [1, 3, 4], errors: {} });
		const bad = parseAreaText('50.05, 19.95\nnorth corner\n19.95, 50.05\n50.05,19.95');
		expect(bad.errors).toEqual({ 2: 'budgets_area_line_format', 3: 'budgets_area_line_outside' });
	});

	it('saves an optional area of points inside Kraków; refuses bad lines, too few points and points outside the city', async () => {
		const ctx = t.ctx(author, at(1));
		const area = '50.0480, 19.9600\n50.0480, 19.9615\n50.0470, 19.9615\n50.0470, 19.9600';
		const id = await saveDraft(ctx, editionId, draft(poolId, { area }));
		expect((await getProject(ctx, id)).project.area).toEqual([[19.96, 50.048], [19.9615, 50.048], [19.9615, 50.047], [19.96, 50.047]]);
		const lines = await failure(saveDraft(ctx, editionId, draft(poolId, { area: '50.0480, 19.9600\nabc\n50.0470, 19.9615\n49.0, 19.9' }), id));
		expect(lines?.status).toBe(400);
		expect(lines?.fields).toEqual({ area: 'budgets_area_invalid', 'area.line.2': 'budgets_area_line_format', 'area.line.4': 'budgets_area_line_outside' });
		// Inside the box around Kraków but outside its districts (Wieliczka).
		const outside = await failure(saveDraft(ctx, editionId, draft(poolId, { area: '50.0480, 19.9600\n50.0480, 19.9615\n49.9870, 20.0650' }), id));
		expect(outside?.fields?.['area.line.3']).toBe('budgets_area_line_outside');
		expect((await failure(saveDraft(ctx, editionId, draft(poolId, { area: '50.0480, 19.9600\n50.0480, 19.9615' }), id)))?.fields).toEqual({ area: 'budgets_area_too_few' });
		// As pairs (the API shape) too; an empty textarea removes the area.
		await saveDraft(ctx, editionId, draft(poolId, { area: [[19.96, 50.048], [19.9615, 50.048], [19.9615, 50.047]] }), id);
		expect((await getProject(ctx, id)).project.area).toHaveLength(3);
		await saveDraft(ctx, editionId, draft(poolId, { area: '' }), id);
		expect((await getProject(ctx, id)).project.area).toBeNull();
	});

	let projectId: string;
	it('a project without the required signatures cannot be accepted; the page counts "N of M"', async () => {
		projectId = await saveDraft(t.ctx(author, at(1)), editionId, draft(poolId, { title: 'Drzewa przy Lipowej' }));
		await submitProject(t.ctx(author, at(1)), projectId);
		await supportProject(t.ctx(signers[0], at(12)), projectId);
		expect((await getProject(t.ctx(null, at(12)), projectId)).signatures).toEqual({ have: 1, required: 2, missing: 1 });
		const f = await failure(verifyProject(t.ctx(official, at(21)), projectId, { stage: 'formal', positive: 'yes', justification: 'Wniosek kompletny i wykonalny.' }));
		expect(f).toMatchObject({ status: 400, fields: { positive: 'budgets_signatures_missing' } });
		// The merit stage comes after the formal one (the edition's path).
		expect(await failure(verifyProject(t.ctx(official, at(21)), projectId, { stage: 'merit', positive: 'yes', justification: 'Wniosek kompletny i wykonalny.' }))).toMatchObject({ status: 409, message: 'budgets_wrong_stage' });
		expect((await getProject(t.ctx(null, at(21)), projectId)).project.status).toBe('submitted');
		// A negative decision is always possible (with a reason); the author is told.
		await verifyProject(t.ctx(official, at(21)), projectId, { stage: 'formal', positive: 'no', justification: 'Brakuje jednego podpisu poparcia z wymaganych dwóch.' });
		// An appeal can be accepted only once the signatures are there.
		const appealId = await appealDecision(t.ctx(author, at(22)), projectId, 'Drugi podpis został złożony na papierze w urzędzie dzielnicy.');
		expect(await failure(decideAppeal(t.ctx(official, at(23)), appealId, { accepted: 'yes', decision: 'Odwołanie zasadne, podpisy są.' }))).toMatchObject({ status: 400, fields: { accepted: 'budgets_signatures_missing' } });
		await t.db.insert((await import('./schema')).budgetSupport).values({ projectId, userId: signers[1].id, createdAt: at(12)() });
		await decideAppeal(t.ctx(official, at(23)), appealId, { accepted: 'yes', decision: 'Odwołanie zasadne: dwa podpisy poparcia są na liście.' });
		// Upheld against a formal rejection: on to the merit assessment (Kraków), then the ballot.
		expect((await getProject(t.ctx(null, at(23)), projectId)).project.status).toBe('submitted');
		await verifyProject(t.ctx(official, at(23)), projectId, { stage: 'merit', positive: 'yes', justification: 'Projekt wykonalny, koszt zgodny z cennikiem.' });
		const p = await getProject(t.ctx(null, at(23)), projectId);
		expect(p.project.status).toBe('accepted');
		expect(p.signatures).toEqual({ have: 2, required: 2, missing: 0 });
	});

	it('tells the author of every verification and appeal decision, in the app and by e-mail, with { projectId, slug, title }', async () => {
		const slug = (await getEdition(t.ctx(null, at(23)), editionId)).process.slug;
		const rows = await t.db.select().from(notification).where(eq(notification.userId, author.id)).orderBy(desc(notification.createdAt));
		const kinds = rows.map((r) => r.kind);
		expect(kinds).toContain('budget_verified');
		expect(kinds).toContain('budget_appeal_decided');
		for (const r of rows) expect(r.payload).toEqual({ projectId, slug, title: 'Drzewa przy Lipowej' });
		const mails = await mailsTo(t.db, author.email);
		expect(mails.some((m) => m.text.includes('Brakuje jednego podpisu') && m.text.includes('27 marca 2027'))).toBe(true); // decided day 21 + 5 days
		expect(mails.some((m) => m.text.includes('dwa podpisy poparcia'))).toBe(true);
		expect(mails.some((m) => m.text.includes('oceny merytorycznej'))).toBe(true); // the upheld formal appeal goes on to the merit assessment
		// Refused decisions notify no one: the formal rejection, the appeal decided, the merit assessment.
		expect(rows).toHaveLength(3);
	});

	it('the appeal window: the edition\'s number of days after the decision, shown on the page; a late appeal is refused', async () => {
		const id = await saveDraft(t.ctx(author, at(2)), editionId, draft(poolId, { title: 'Ławki nad Wisłą' }));
		await submitProject(t.ctx(author, at(2)), id);
		await verifyProject(t.ctx(official, at(24)), id, { stage: 'formal', positive: 'no', justification: 'Teren nie należy do Gminy Kraków.' });
		const open = await getProject(t.ctx(author, at(25)), id);
		expect(open.canAppeal).toBe(true);
		expect(open.appealOpenUntil?.toISOString()).toBe(at(29)().toISOString());
		const late = await getProject(t.ctx(author, at(29.5)), id);
		expect(late).toMatchObject({ canAppeal: false, appealLate: true });
		expect(await failure(appealDecision(t.ctx(author, at(29.5)), id, 'Teren należy do Gminy od zeszłego roku.'))).toMatchObject({ status: 409, message: 'budgets_appeal_too_late' });
		// Never after voting opens, whatever the number of days.
		await t.db.update(budgetEdition).set({ appealDays: 60 }).where(eq(budgetEdition.processId, editionId));
		expect((await getProject(t.ctx(author, at(30)), id)).appealOpenUntil?.toISOString()).toBe(at(40)().toISOString());
		await t.db.update(budgetEdition).set({ appealDays: 5 }).where(eq(budgetEdition.processId, editionId));
	});

	it('officials edit pools and the green budget until voting opens, audited with before/after; afterwards every change is refused', async () => {
		const pool = { kind: 'district', districtId: 13, name: 'Podgórze', amount: 800_000, minCost: 10_000, maxCost: 400_000, rule: 'mes-add1' };
		expect((await failure(updatePool(t.ctx(stranger, at(30)), poolId, pool)))?.status).toBe(403);
		expect((await failure(updatePool(t.ctx(author, at(30)), poolId, pool)))?.status).toBe(403);
		expect((await failure(updatePool(t.ctx(official, at(30)), poolId, { ...pool, maxCost: 900_000 })))?.fields).toEqual({ maxCost: 'budgets_max_above_amount' });
		await updatePool(t.ctx(official, at(30)), poolId, pool);
		expect(await getPool(t.ctx(official, at(30)), editionId, poolId)).toMatchObject({ amount: 800_000, minCost: 10_000, maxCost: 400_000, rule: 'mes-add1' });
		const [a] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'budget.pool.update'), eq(auditLog.targetId, poolId)));
		expect(a.before).toMatchObject({ amount: 600_000, rule: 'greedy' });
		expect(a.after).toMatchObject({ amount: 800_000, rule: 'mes-add1' });

		expect((await failure(updateGreenBudget(t.ctx(official, at(30)), editionId, { greenMode: 'share', greenSharePercent: 0 })))?.fields).toEqual({ greenSharePercent: 'budgets_green_share_needed' });
		expect((await failure(updateGreenBudget(t.ctx(stranger, at(30)), editionId, { greenMode: 'share', greenSharePercent: 20 })))?.status).toBe(403);
		await updateGreenBudget(t.ctx(official, at(30)), editionId, { greenMode: 'share', greenSharePercent: 20 });
		expect((await getEdition(t.ctx(null, at(30)), editionId)).edition).toMatchObject({ greenMode: 'share', greenSharePercent: 20 });
		const [g] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'budget.edition.green'), eq(auditLog.targetId, editionId)));
		expect(g.before).toEqual({ greenMode: 'pool', greenSharePercent: 0 });
		expect(g.after).toEqual({ greenMode: 'share', greenSharePercent: 20 });

		await advancePhase(t.ctx(official, at(31)), editionId, 'voting', { reason: 'Otwarcie głosowania w teście.' });
		expect(await failure(updatePool(t.ctx(official, at(32)), poolId, { ...pool, amount: 700_000 }))).toMatchObject({ status: 409, message: 'budgets_rules_frozen' });
		expect(await failure(updateGreenBudget(t.ctx(official, at(32)), editionId, { greenMode: 'pool' }))).toMatchObject({ status: 409, message: 'budgets_rules_frozen' });
		expect(await failure(addPool(t.ctx(official, at(32)), editionId, { ...pool, name: 'Nowa pula' }))).toMatchObject({ status: 409, message: 'budgets_rules_frozen' });
		expect((await getPool(t.ctx(official, at(32)), editionId, poolId)).amount).toBe(800_000);
	});

	it('results: a light summary (winners and totals) and one page per pool with the explanations', async () => {
		await advancePhase(t.ctx(official, at(33)), editionId, 'results', { reason: 'Zamknięcie głosowania w teście.' });
		const sum = await resultsSummary(t.ctx(null, at(34)), editionId);
		expect(sum.counted).toBe(true);
		expect(sum.pools).toHaveLength(1);
		expect(sum.pools[0]).not.toHaveProperty('official');
		expect(sum.totals.amount).toBe(800_000);
		const one = await poolResults(t.ctx(null, at(34)), editionId, poolId, 'en');
		expect(one.pool.id).toBe(poolId);
		expect(one.projects.map((p) => p.id)).toEqual([projectId]);
		expect(typeof one.projects[0].explanation).toBe('string');
		expect(one.official).not.toHaveProperty('explanations');
		expect((await failure(poolResults(t.ctx(null, at(34)), editionId, 'nope')))?.status).toBe(404);
	});
});
