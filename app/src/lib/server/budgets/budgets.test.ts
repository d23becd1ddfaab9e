import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explanationText } from '../../budgets/explain';
import { and, eq, sql } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { ServiceError } from '../core/errors';
import { auditLog } from '../audit/schema';
import { budgetBallot, budgetParticipation, budgetBallotChoice } from './schema';
import {
	addCoauthor,
	addImplementationUpdate,
	addPool,
	advancePhase,
	appealDecision,
	castBallot,
	checkReceipt,
	createEdition,
	decideAppeal,
	editionResults,
	enterPaperBallot,
	getEdition,
	getProject,
	hasVoted,
	listProjects,
	poolPabulib,
	saveDraft,
	submitProject,
	supportProject,
	updateEditionRules,
	verifyProject,
	volunteer
} from './service';
import { parseFile } from './engine';
import { budgetsPersonalData } from './personalData';

const day = 86_400_000;
const T0 = new Date('2027-03-01T10:00:00Z');
const at = (d: number) => () => new Date(T0.getTime() + d * day);

async function status(p: Promise<unknown>): Promise<number> {
	try {
		await p;
		return 200;
	} catch (e) {
		if (e instanceof ServiceError) return e.status;
		throw e;
	}
}

export function editionDates(base = T0) {
	const t = (d: number) => new Date(base.getTime() + d * day);
	return { submissionOpensAt: t(0), supportOpensAt: t(10), verificationOpensAt: t(20), appealsOpensAt: t(30), votingOpensAt: t(40), votingClosesAt: t(50), implementationOpensAt: t(60) };
}

const project = (poolId: string, extra: Record<string, unknown> = {}) => ({
	poolId,
	title: 'Drzewa na ulicy Lipowej',
	description: 'Posadzimy 20 drzew wzdłuż ulicy Lipowej, żeby latem był cień.',
	lat: 50.0476,
	lng: 19.9606,
	costItems: [{ label: 'Drzewa', amount: 100_000 }],
	climateCategory: 'trees_greenery',
	trees: 20,
	co2eTonnesPerYear: 0.4,
	method: '20 × 22 kg',
	...extra
});

describe.each(backends)('budgets on %s', (kind) => {
	let t: TestDatabase;
	let official: NonNullable<Actor>;
	let official2: NonNullable<Actor>;
	let stranger: NonNullable<Actor>;
	let author: NonNullable<Actor> & { email: string };
	let coauthor: NonNullable<Actor> & { email: string };
	let voters: NonNullable<Actor>[];
	let editionId: string;
	let cityPool: string;
	let greenPool: string;
	let districtPool: string;
	let projectId: string;

	beforeAll(async () => {
		t = await openTestDatabase(kind);
		official = await t.user('official', 'Urzędniczka');
		official2 = await t.user('official', 'Drugi Urzędnik');
		stranger = await t.user('official', 'Obcy urzędnik');
		author = await t.user('resident', 'Autorka');
		coauthor = await t.user('resident', 'Współautor');
		voters = [];
		for (let i = 0; i < 4; i++) voters.push(await t.user('resident', `Głosujący ${i}`));
	});
	afterAll(() => t?.drop());

	it('creates an edition with pools; only officials may, and only assigned ones manage it', async () => {
		const input = { title: 'Zielony Budżet Testowy 2027', description: 'Edycja testowa budżetu.', year: 2027, ballotKind: 'krakow', maxChoices: 3, greenMode: 'pool', ...editionDates() };
		expect(await status(createEdition(t.ctx(author, at(0)), input))).toBe(403);
		expect(await status(createEdition(t.ctx(null, at(0)), input))).toBe(401);
		expect(await status(createEdition(t.ctx(official, at(0)), { ...input, votingClosesAt: editionDates().votingOpensAt.getTime() - day }))).toBe(400);
		const ed = await createEdition(t.ctx(official, at(0)), input);
		editionId = ed.id;
		// official2 is assigned too (for the double entry of paper ballots)
		await t.db.execute(sql`insert into process_official (process_id, user_id) values (${editionId}, ${official2.id})`);
		cityPool = await addPool(t.ctx(official, at(0)), editionId, { kind: 'citywide', name: 'Ogólnomiejska', amount: 1_000_000, minCost: 10_000, maxCost: 500_000, rule: 'greedy' });
		greenPool = await addPool(t.ctx(official, at(0)), editionId, { kind: 'green', name: 'Zielona', amount: 500_000, minCost: 10_000, maxCost: 300_000, rule: 'mes-add1-comparison' });
		districtPool = await addPool(t.ctx(official, at(0)), editionId, { kind: 'district', districtId: 13, name: 'Podgórze', amount: 300_000, maxCost: 200_000, rule: 'greedy' });
		expect(await status(addPool(t.ctx(stranger, at(0)), editionId, { kind: 'citywide', name: 'X pula', amount: 1000, maxCost: 1000, rule: 'greedy' }))).toBe(403);
		expect(await status(addPool(t.ctx(author, at(0)), editionId, { kind: 'citywide', name: 'X pula', amount: 1000, maxCost: 1000, rule: 'greedy' }))).toBe(403);
		expect(await status(addPool(t.ctx(official, at(0)), editionId, { kind: 'citywide', name: 'X pula', amount: 1000, maxCost: 5000, rule: 'greedy' }))).toBe(400);
		const e = await getEdition(t.ctx(null, at(1)), editionId);
		expect(e.phase).toBe('submission');
		expect(e.pools).toHaveLength(3);
		expect(e.frozen).toBe(false);
	});

	it('a resident drafts and submits a project with a map pin; cost must fit the pool', async () => {
		const ctx = t.ctx(author, at(1));
		expect(await status(saveDraft(t.ctx(null, at(1)), editionId, project(districtPool)))).toBe(401);
		expect(await status(saveDraft(ctx, editionId, { ...project(districtPool), title: 'x' }))).toBe(400);
		projectId = await saveDraft(ctx, editionId, project(districtPool, { lat: '', lng: '' }));
		// A draft is private.
		expect(await status(getProject(t.ctx(voters[0], at(1)), projectId))).toBe(404);
		expect(await status(submitProject(ctx, projectId))).toBe(400); // no pin yet
		await saveDraft(ctx, editionId, project(districtPool, { costItems: [{ label: 'Drzewa', amount: 250_000 }] }), projectId);
		expect(await status(submitProject(ctx, projectId))).toBe(400); // above the pool's maximum
		await saveDraft(ctx, editionId, project(districtPool), projectId);
		expect(await status(submitProject(t.ctx(voters[0], at(1)), projectId))).toBe(403);
		await addCoauthor(ctx, projectId, coauthor.email);
		await submitProject(ctx, projectId);
		const p = await getProject(t.ctx(null, at(2)), projectId);
		expect(p.project.status).toBe('submitted');
		expect(p.project.districtId).toBe(13);
		expect(p.coauthors.map((c) => c.id)).toEqual([coauthor.id]);
		await supportProject(t.ctx(voters[0], at(11)), projectId);
		await supportProject(t.ctx(voters[0], at(11)), projectId); // once only
		expect((await getProject(t.ctx(null, at(11)), projectId)).supporters).toBe(1);
		// Other projects for the ballot.
		for (const [pool, title, cost] of [[cityPool, 'Rowery nad Wisłą', 400_000], [cityPool, 'Ławki w parkach', 300_000], [cityPool, 'Kino plenerowe', 350_000], [greenPool, 'Łąka kwietna', 200_000], [greenPool, 'Panele PV', 250_000], [greenPool, 'Ogród deszczowy', 150_000]] as const) {
			const id = await saveDraft(t.ctx(voters[1], at(2)), editionId, project(pool, { title, lat: 50.06, lng: 19.94, costItems: [{ label: 'Koszt', amount: cost }] }));
			await submitProject(t.ctx(voters[1], at(2)), id);
			await verifyProject(t.ctx(official, at(21)), id, { stage: 'formal', positive: 'yes', justification: 'Wniosek kompletny i w kompetencjach Gminy.' });
			await verifyProject(t.ctx(official, at(21)), id, { stage: 'merit', positive: 'yes', justification: 'Projekt wykonalny i zgodny z zasadami.' });
		}
	});

	it('verification: formal rejection with a reason, appeal by the author, appeal accepted — audited', async () => {
		const reject = { stage: 'formal', positive: 'no', justification: 'Teren nie należy do Gminy Kraków.' };
		expect(await status(verifyProject(t.ctx(author, at(21)), projectId, reject))).toBe(403);
		expect(await status(verifyProject(t.ctx(stranger, at(21)), projectId, reject))).toBe(403);
		expect(await status(verifyProject(t.ctx(official, at(21)), projectId, { ...reject, justification: 'krótko' }))).toBe(400);
		await verifyProject(t.ctx(official, at(21)), projectId, reject);
		const seen = await getProject(t.ctx(author, at(22)), projectId);
		expect(seen.project.status).toBe('rejected');
		expect(seen.canAppeal).toBe(true);
		expect(seen.verifications[0].justification).toContain('Gminy');
		expect(await status(appealDecision(t.ctx(voters[0], at(22)), projectId, 'Nie zgadzam się z decyzją urzędu.'))).toBe(403);
		expect(await status(appealDecision(t.ctx(author, at(40)), projectId, 'Za późno, ale jednak odwołanie.'))).toBe(409);
		const appealId = await appealDecision(t.ctx(coauthor, at(22)), projectId, 'Działka została przekazana Gminie w 2024 r.');
		expect(await status(appealDecision(t.ctx(author, at(22)), projectId, 'Drugie odwołanie od tej samej decyzji.'))).toBe(409);
		expect(await status(decideAppeal(t.ctx(author, at(31)), appealId, { accepted: 'yes', decision: 'Sam sobie przyznaję rację.' }))).toBe(403);
		await decideAppeal(t.ctx(official, at(31)), appealId, { accepted: 'yes', decision: 'Wypis z rejestru potwierdza własność Gminy.' });
		expect(await status(decideAppeal(t.ctx(official, at(31)), appealId, { accepted: 'no', decision: 'Zmiana zdania po decyzji.' }))).toBe(409);
		// Kraków's path: an upheld appeal against a formal rejection goes on to the merit assessment.
		expect((await getProject(t.ctx(null, at(31)), projectId)).project.status).toBe('submitted');
		await verifyProject(t.ctx(official, at(32)), projectId, { stage: 'merit', positive: 'yes', justification: 'Projekt wykonalny, koszt zgodny z cennikiem.' });
		const p = await getProject(t.ctx(null, at(32)), projectId);
		expect(p.project.status).toBe('accepted');
		expect(p.appeals[0].decision).toContain('Wypis');
		const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetId, projectId));
		expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['budget.verify.formal', 'budget.appeal.decide']));
	});

	it('voting: rules frozen, one ballot per person (409 on a second), receipt, validation messages', async () => {
		const v = t.ctx(voters[0], at(41));
		expect((await getEdition(v, editionId)).frozen).toBe(true);
		expect(await status(updateEditionRules(t.ctx(official, at(41)), editionId, { ballotKind: 'approval', maxChoices: 5, greenMode: 'none', ...editionDates() }))).toBe(409);
		expect(await status(addPool(t.ctx(official, at(41)), editionId, { kind: 'citywide', name: 'Nowa pula', amount: 1000, maxCost: 1000, rule: 'greedy' }))).toBe(409);
		const city = await listProjects(v, editionId, { poolId: cityPool });
		const green = await listProjects(v, editionId, { poolId: greenPool });
		expect(city.length).toBe(3);
		const ballot = { residence: true, parts: { [cityPool]: { projects: city.map((p) => p.id) }, [greenPool]: { projects: [green[0].id] }, [districtPool]: { projects: [projectId] } } };
		expect(await status(castBallot(v, editionId, { ...ballot, residence: false }))).toBe(400);
		const tooMany = { residence: true, parts: { [cityPool]: { projects: [...city.map((p) => p.id), green[0].id] } } };
		try {
			await castBallot(v, editionId, tooMany);
			expect.unreachable();
		} catch (e) {
			expect((e as ServiceError).status).toBe(400);
			expect(Object.keys((e as ServiceError).fields)).toContain(`pool-${cityPool}`);
		}
		expect(await status(castBallot(t.ctx(voters[0], at(39)), editionId, ballot))).toBe(409); // not open yet
		const { receipt } = await castBallot(v, editionId, ballot);
		expect(receipt).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		expect(await status(castBallot(v, editionId, ballot))).toBe(409);
		expect(await hasVoted(v, editionId)).toBe(true);
		const v1 = { residence: true, receipt: 'ABCD-EFGH-JK23', parts: { [cityPool]: { projects: [city[1].id, city[0].id] }, [greenPool]: { projects: green.map((g) => g.id).slice(0, 3) } } };
		expect(await castBallot(t.ctx(voters[1], at(42)), editionId, v1)).toEqual({ receipt: 'ABCD-EFGH-JK23', replay: false });
		// The same form sent again (double click, replay): the same receipt, no second ballot.
		expect(await castBallot(t.ctx(voters[1], at(42)), editionId, v1)).toEqual({ receipt: 'ABCD-EFGH-JK23', replay: true });
		// Someone else cannot reuse that receipt.
		expect(await status(castBallot(t.ctx(voters[3], at(42)), editionId, { ...v1 }))).toBe(409);
		await castBallot(t.ctx(voters[2], at(42)), editionId, { residence: true, parts: { [greenPool]: { projects: [green[1].id] } } });
		const r = await checkReceipt(t.ctx(null, at(42)), editionId, receipt.toLowerCase());
		expect(r.found).toBe(true);
		expect((await checkReceipt(t.ctx(null, at(42)), editionId, 'AAAA-BBBB-CCCC')).found).toBe(false);
		// The ballot carries no identity: participation and ballots are separate tables.
		const [{ n: part }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(budgetParticipation).where(eq(budgetParticipation.processId, editionId));
		const [{ n: bal }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(budgetBallot).where(eq(budgetBallot.processId, editionId));
		expect([part, bal]).toEqual([3, 3]);
		// Exports before the count are refused (ballots stay closed while voting runs).
		expect(await status(poolPabulib(t.ctx(null, at(42)), cityPool))).toBe(409);
	});

	it('paper ballots count only after a second official typed the same', async () => {
		const city = await listProjects(t.ctx(null, at(43)), editionId, { poolId: cityPool });
		const paper = { paperNumber: 'P-0001', parts: { [cityPool]: { projects: [city[2].id] } } };
		expect(await status(enterPaperBallot(t.ctx(author, at(43)), editionId, paper))).toBe(403);
		expect((await enterPaperBallot(t.ctx(official, at(43)), editionId, paper)).status).toBe('waiting');
		expect(await status(enterPaperBallot(t.ctx(official, at(43)), editionId, paper))).toBe(409); // same person twice
		expect((await enterPaperBallot(t.ctx(official2, at(43)), editionId, paper)).status).toBe('counted');
		expect(await status(enterPaperBallot(t.ctx(official2, at(43)), editionId, paper))).toBe(409);
		expect((await enterPaperBallot(t.ctx(official, at(43)), editionId, { paperNumber: 'P-0002', parts: { [cityPool]: { projects: [city[0].id] } } })).status).toBe('waiting');
		expect((await enterPaperBallot(t.ctx(official2, at(43)), editionId, { paperNumber: 'P-0002', parts: { [cityPool]: { projects: [city[1].id] } } })).status).toBe('mismatch');
		const [{ n }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(budgetBallot).where(and(eq(budgetBallot.processId, editionId), eq(budgetBallot.channel, 'paper')));
		expect(n).toBe(1);
	});

	it('closing voting counts every pool with its rule, with explanations and the comparison', { timeout: 180_000 }, async () => {
		expect(await status(advancePhase(t.ctx(author, at(44)), editionId, 'results', { reason: 'Koniec głosowania wcześniej.' }))).toBe(403);
		await advancePhase(t.ctx(official, at(44)), editionId, 'results', { reason: 'Zamknięcie głosowania w teście.' });
		expect(await status(castBallot(t.ctx(voters[3], at(44)), editionId, { residence: true, parts: { [greenPool]: { projects: [] } } }))).toBe(409);
		const res = await editionResults(t.ctx(null, at(45)), editionId);
		expect(res.counted).toBe(true);
		const city = res.pools.find((p) => p.id === cityPool)!;
		expect(city.official!.rule).toBe('greedy');
		expect(city.official!.voters).toBe(3);
		expect(city.comparisons.map((c) => c.rule)).toContain('mes');
		expect(city.projects.every((p) => p.explanation && 'key' in p.explanation && explanationText(p.explanation, 'pl').length > 5)).toBe(true);
		const green = res.pools.find((p) => p.id === greenPool)!;
		expect(green.official!.rule).toBe('mes-add1-comparison');
		expect(green.comparisons.map((c) => c.rule)).toContain('greedy');
		const district = res.pools.find((p) => p.id === districtPool)!;
		expect(district.projects.find((p) => p.id === projectId)!.funded).toBe(true);
		// The export is a Pabulib file that the engine reads back with the same ballots.
		const file = await poolPabulib(t.ctx(null, at(45)), cityPool);
		const e = parseFile(file.text);
		expect(e.voters.length).toBe(3);
		const [{ n }] = await t.db.select({ n: sql<number>`count(distinct ${budgetBallotChoice.ballotId})::int` }).from(budgetBallotChoice).where(eq(budgetBallotChoice.poolId, cityPool));
		expect(n).toBe(3);
	});

	it('implementation: officials post updates on winners; residents volunteer', async () => {
		const upd = { status: 'in_progress', progress: 40, department: 'Zarząd Zieleni Miejskiej', body: 'Wybrano wykonawcę, sadzenie w październiku.', volunteersWanted: 'Pomóż sadzić drzewa 12 października.' };
		expect(await status(addImplementationUpdate(t.ctx(author, at(61)), projectId, upd))).toBe(403);
		await addImplementationUpdate(t.ctx(official, at(61)), projectId, upd);
		await volunteer(t.ctx(voters[2], at(62)), projectId, 'Mam łopatę.');
		const p = await getProject(t.ctx(voters[2], at(62)), projectId);
		expect(p.project.implProgress).toBe(40);
		expect(p.updates).toHaveLength(1);
		expect(p.volunteered).toBe(true);
	});

	it('personal data: export lists projects and participation, never ballots; erase anonymises', async () => {
		const exp = (await budgetsPersonalData.export(t.db, voters[0].id)) as { votedIn: unknown[] };
		expect(exp.votedIn).toHaveLength(1);
		expect(JSON.stringify(exp)).not.toContain('receipt');
		const a = (await budgetsPersonalData.export(t.db, author.id)) as { projects: unknown[] };
		expect(a.projects).toHaveLength(1);
		await t.db.transaction(async (tx) => budgetsPersonalData.erase(tx as never, author.id));
		expect((await getProject(t.ctx(null, at(63)), projectId)).project.authorId).toBeNull();
	});
});
