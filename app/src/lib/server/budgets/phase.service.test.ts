// Guarded steps of an edition: a phase change ahead of its date shows its consequences in numbers
// and needs a reason (kept in the audit log); voting can only be extended while open (never
// shortened this way), and the people who voted or commented in the edition are told in the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { failure } from '../testing/failure';
import { auditLog } from '../audit/schema';
import { notification } from '../notifications/schema';
import { addComment } from '../comments/service';
import { addPool, advancePhase, castBallot, createEdition, editionFollowers, extendVoting, extensionPreview, getEdition, listProjects, phasePreview, saveDraft, submitProject, verifyProject } from './service';

const day = 86_400_000;
const T0 = new Date('2027-03-01T10:00:00Z');
const at = (d: number) => () => new Date(T0.getTime() + d * day);
const t0 = (d: number) => new Date(T0.getTime() + d * day);


describe.each(backends)('guarded phase changes and extending voting on %s', (kind) => {
	let t: TestDatabase;
	let official: NonNullable<Actor>;
	let voters: NonNullable<Actor>[];
	let commenter: NonNullable<Actor>;
	let bystander: NonNullable<Actor>;
	let editionId: string;
	let poolId: string;

	beforeAll(async () => {
		t = await openTestDatabase(kind);
		official = await t.user('official', 'Urzędniczka Głosowania');
		voters = [await t.user('resident', 'Głosująca 1'), await t.user('resident', 'Głosujący 2')];
		commenter = await t.user('resident', 'Komentująca');
		bystander = await t.user('resident', 'Nieobecny');
		editionId = (await createEdition(t.ctx(official, at(0)), { title: 'Budżet z przedłużeniem 2028', description: 'Edycja testowa kroków nieodwracalnych.', year: 2028, ballotKind: 'approval', maxChoices: 2, greenMode: 'none', submissionOpensAt: t0(0), supportOpensAt: t0(10), verificationOpensAt: t0(20), appealsOpensAt: t0(30), votingOpensAt: t0(40), votingClosesAt: t0(60), implementationOpensAt: t0(61) })).id;
		poolId = await addPool(t.ctx(official, at(0)), editionId, { kind: 'citywide', name: 'Ogólnomiejska', amount: 1_000_000, maxCost: 500_000, rule: 'greedy' });
		for (const title of ['Drzewa przy szkołach', 'Fontanny pitne']) {
			const id = await saveDraft(t.ctx(voters[0], at(1)), editionId, { poolId, title, description: 'Projekt testowy do głosowania, z kosztorysem.', lat: 50.06, lng: 19.94, costItems: [{ label: 'Koszt', amount: 200_000 }] });
			await submitProject(t.ctx(voters[0], at(1)), id);
			for (const stage of ['formal', 'merit']) await verifyProject(t.ctx(official, at(21)), id, { stage, positive: 'yes', justification: 'Projekt kompletny i wykonalny.' });
		}
	});
	afterAll(() => t?.drop());

	it('opening voting early: the preview counts the days and the projects; no reason, no change', async () => {
		const preview = await phasePreview(t.ctx(official, at(35)), editionId, 'voting');
		expect(preview).toMatchObject({ from: 'appeals', to: 'voting', daysEarly: 5, freezesRules: true, countsResults: false, counts: { onBallot: 2, appealsPending: 0, ballots: 0 } });
		expect(await failure(phasePreview(t.ctx(voters[0], at(35)), editionId, 'voting'))).toMatchObject({ status: 403 });
		expect(await failure(advancePhase(t.ctx(official, at(35)), editionId, 'voting', { reason: 'krótko' }))).toMatchObject({ status: 400, fields: { reason: 'budgets_reason_required' } });
		expect(await failure(advancePhase(t.ctx(official, at(35)), editionId, 'voting', {}))).toMatchObject({ status: 400, fields: { reason: 'budgets_reason_required' } });
		expect((await getEdition(t.ctx(null, at(35)), editionId)).phase).toBe('appeals');
		await advancePhase(t.ctx(official, at(35)), editionId, 'voting', { reason: 'Wszystkie odwołania rozpatrzone, rada zgodziła się na wcześniejszy start.' });
		expect((await getEdition(t.ctx(null, at(35)), editionId)).phase).toBe('voting');
		const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.processId, editionId), eq(auditLog.action, 'budget.phase.voting')));
		expect(entry).toMatchObject({ actorId: official.id, reason: 'Wszystkie odwołania rozpatrzone, rada zgodziła się na wcześniejszy start.' });
		expect(await failure(phasePreview(t.ctx(official, at(36)), editionId, 'voting'))).toMatchObject({ status: 409, message: 'budgets_phase_already_passed' });
	});

	it('extends voting while open: only later, audited with the reason; the people who voted or commented are told', async () => {
		const projects = await listProjects(t.ctx(null, at(36)), editionId);
		for (const v of voters) await castBallot(t.ctx(v, at(36)), editionId, { residence: true, parts: { [poolId]: { projects: [projects[0].id] } } });
		await addComment(t.ctx(commenter, at(36)), { targetType: 'project', targetId: projects[1].id, body: 'Fontanny przydadzą się latem przy przystankach.' });
		expect(await editionFollowers(t.db, editionId)).toEqual([...voters.map((v) => v.id), commenter.id].sort());
		expect(await extensionPreview(t.ctx(official, at(37)), editionId)).toMatchObject({ open: true, followers: 3, ballots: 2, votingClosesAt: t0(60) });
		const reason = 'Awaria systemu w pierwszym tygodniu głosowania.';
		expect(await failure(extendVoting(t.ctx(official, at(37)), editionId, { votingClosesAt: t0(55), reason }))).toMatchObject({ status: 400, fields: { votingClosesAt: 'budgets_extend_not_later' } });
		expect(await failure(extendVoting(t.ctx(official, at(37)), editionId, { votingClosesAt: t0(60), reason }))).toMatchObject({ status: 400, fields: { votingClosesAt: 'budgets_extend_not_later' } });
		expect(await failure(extendVoting(t.ctx(voters[0], at(37)), editionId, { votingClosesAt: t0(67), reason }))).toMatchObject({ status: 403 });
		expect(await failure(extendVoting(t.ctx(official, at(37)), editionId, { votingClosesAt: t0(67) }))).toMatchObject({ status: 400, fields: { reason: 'budgets_reason_required' } });
		expect(await extendVoting(t.ctx(official, at(37)), editionId, { votingClosesAt: t0(67), reason })).toEqual({ told: 3 });
		const ed = await getEdition(t.ctx(null, at(37)), editionId);
		expect(ed.edition.votingClosesAt).toEqual(t0(67));
		expect(ed.edition.implementationOpensAt).toEqual(t0(68)); // moved with it, to keep the order
		const told = await t.db.select().from(notification).where(eq(notification.kind, 'budget_voting_extended'));
		expect(told.map((n) => n.userId).sort()).toEqual([...voters.map((v) => v.id), commenter.id].sort());
		expect(told[0].payload).toMatchObject({ closesAt: t0(67).toISOString(), title: 'Budżet z przedłużeniem 2028' });
		expect(told.some((n) => n.userId === bystander.id || n.userId === official.id)).toBe(false);
		const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.processId, editionId), eq(auditLog.action, 'budget.voting.extend')));
		expect(entry).toMatchObject({ reason, before: { votingClosesAt: t0(60).toISOString() } });
	});

	it('closing voting early: the preview states the days early and the ballots cast; then the results are counted', async () => {
		const preview = await phasePreview(t.ctx(official, at(53)), editionId, 'results');
		expect(preview).toMatchObject({ from: 'voting', daysEarly: 14, countsResults: true, freezesRules: false, counts: { ballots: 2, paperWaiting: 0 } });
		await advancePhase(t.ctx(official, at(53)), editionId, 'results', { reason: 'Rada zdecydowała o zakończeniu po awarii.' });
		const ed = await getEdition(t.ctx(null, at(53)), editionId);
		expect(ed.phase).toBe('results');
		expect(ed.edition.countedAt).not.toBeNull();
		const actions = (await t.db.select().from(auditLog).where(eq(auditLog.processId, editionId))).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['budget.phase.results', 'budget.count']));
		// Voting is closed: no extension.
		expect(await failure(extendVoting(t.ctx(official, at(54)), editionId, { votingClosesAt: t0(70), reason: 'Za późno na przedłużenie.' }))).toMatchObject({ status: 409, message: 'budgets_voting_not_open' });
	});
});
