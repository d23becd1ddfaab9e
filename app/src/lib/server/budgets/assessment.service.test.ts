// The assessment path on a real database: officials assess only the stage a project awaits; an
// upheld appeal against a formal rejection goes to the merit assessment; appeals are decided by
// whom the edition says — its officials, or only its civic budget council (accounts with that one
// right); the appeal page's data holds the decision appealed against, its author and the history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { failure } from '../testing/failure';
import { auditLog } from '../audit/schema';
import { workspaceFor } from '../workspace';
import { addCouncilMember, addPool, appealAccess, appealDecision, createEdition, decideAppeal, getAppeal, getProject, listAppeals, removeCouncilMember, saveDraft, submitProject, updateAppealSettings, verifyProject } from './service';

const day = 86_400_000;
const T0 = new Date('2027-03-01T10:00:00Z');
const at = (d: number) => () => new Date(T0.getTime() + d * day);
const dates = () => {
	const t = (d: number) => new Date(T0.getTime() + d * day);
	return { submissionOpensAt: t(0), supportOpensAt: t(10), verificationOpensAt: t(20), appealsOpensAt: t(30), votingOpensAt: t(40), votingClosesAt: t(50), implementationOpensAt: t(60) };
};


describe.each(backends)('assessment and appeals on %s', (kind) => {
	let t: TestDatabase;
	let official: NonNullable<Actor>;
	let admin: NonNullable<Actor>;
	let councillor: NonNullable<Actor> & { email: string };
	let author: NonNullable<Actor>;
	let editionId: string;
	let poolId: string;
	const project = async (title: string) => {
		const id = await saveDraft(t.ctx(author, at(1)), editionId, { poolId, title, description: 'Nasadzenia drzew i ławki wzdłuż ulicy, z podlewaniem przez dwa lata.', lat: 50.0476, lng: 19.9606, costItems: [{ label: 'Drzewa', amount: 80_000 }, { label: 'Ławki', amount: 20_000 }] });
		await submitProject(t.ctx(author, at(1)), id);
		return id;
	};

	beforeAll(async () => {
		t = await openTestDatabase(kind);
		official = await t.user('official', 'Urzędniczka Oceniająca');
		admin = await t.user('admin', 'Administratorka');
		councillor = await t.user('resident', 'Radna Budżetu');
		author = await t.user('resident', 'Autorka Projektu');
		editionId = (await createEdition(t.ctx(official, at(0)), { title: 'Budżet obywatelski z radą 2028', description: 'Edycja testowa ścieżki oceny.', year: 2028, ballotKind: 'krakow', greenMode: 'none', appealDays: 7, ...dates() })).id;
		poolId = await addPool(t.ctx(official, at(0)), editionId, { kind: 'district', districtId: 13, name: 'Podgórze', amount: 600_000, maxCost: 300_000, rule: 'greedy' });
	});
	afterAll(() => t?.drop());

	it('assesses only the stage the project awaits: formal first, then merit; nothing after the ballot', async () => {
		const id = await project('Drzewa na Kalwaryjskiej');
		const ok = { positive: 'yes', justification: 'Wniosek kompletny i wykonalny.' };
		expect(await failure(verifyProject(t.ctx(official, at(21)), id, { stage: 'merit', ...ok }))).toMatchObject({ status: 409, message: 'budgets_wrong_stage' });
		await verifyProject(t.ctx(official, at(21)), id, { stage: 'formal', ...ok });
		expect(await failure(verifyProject(t.ctx(official, at(21)), id, { stage: 'formal', ...ok }))).toMatchObject({ status: 409, message: 'budgets_wrong_stage' });
		await verifyProject(t.ctx(official, at(22)), id, { stage: 'merit', ...ok });
		expect((await getProject(t.ctx(null, at(22)), id)).project.status).toBe('accepted');
		expect(await failure(verifyProject(t.ctx(official, at(22)), id, { stage: 'merit', positive: 'no', justification: 'Zmiana zdania po decyzji.' }))).toMatchObject({ status: 409, message: 'budgets_not_awaiting_assessment' });
	});

	let appealId: string;
	let projectId: string;
	it('decided by the officials (the default): an upheld appeal against a formal rejection goes to the merit assessment', async () => {
		projectId = await project('Ławki przy Rynku Podgórskim');
		await verifyProject(t.ctx(official, at(21)), projectId, { stage: 'formal', positive: 'no', justification: 'Teren nie należy do Gminy Kraków.' });
		appealId = await appealDecision(t.ctx(author, at(22)), projectId, 'Działka została przekazana Gminie w 2024 r., załączam wypis.');
		const page = await getAppeal(t.ctx(official, at(23)), appealId);
		expect(page.decision).toMatchObject({ stage: 'formal', positive: false, justification: 'Teren nie należy do Gminy Kraków.', decidedByName: 'Urzędniczka Oceniająca' });
		expect(page.appeal.authorName).toBe('Autorka Projektu');
		expect(page.project.costItems).toEqual([{ label: 'Drzewa', amount: 80_000 }, { label: 'Ławki', amount: 20_000 }]);
		expect(page.project.lat).toBeCloseTo(50.0476);
		expect(page.history.map((h) => h.kind)).toEqual(['submitted', 'verification', 'appeal']);
		expect(page.upheldGoesTo).toBe('merit');
		expect(page.canDecide).toBe(true);
		// Nobody else reads it: a resident who is not on the council, another official.
		expect(await failure(getAppeal(t.ctx(councillor, at(23)), appealId))).toMatchObject({ status: 403 });
		await decideAppeal(t.ctx(official, at(23)), appealId, { accepted: 'yes', decision: 'Wypis z rejestru potwierdza własność Gminy.' });
		expect((await getProject(t.ctx(null, at(23)), projectId)).project.status).toBe('submitted');
		const after = await getAppeal(t.ctx(official, at(23)), appealId);
		expect(after.state).toEqual({ kind: 'awaiting', stage: 'merit' });
		expect(after.history.map((h) => h.kind)).toEqual(['submitted', 'verification', 'appeal', 'appeal_decided']);
		expect(await failure(verifyProject(t.ctx(official, at(24)), projectId, { stage: 'formal', positive: 'yes', justification: 'Jeszcze raz formalnie.' }))).toMatchObject({ status: 409, message: 'budgets_wrong_stage' });
		await verifyProject(t.ctx(official, at(24)), projectId, { stage: 'merit', positive: 'yes', justification: 'Projekt wykonalny w ciągu roku.' });
		expect((await getProject(t.ctx(null, at(24)), projectId)).project.status).toBe('accepted');
	});

	it("decided by the council (Kraków): only its members decide — not the officials, not an admin; the members' accounts need no other role", async () => {
		expect(await failure(updateAppealSettings(t.ctx(author, at(20)), editionId, { appealDecidedBy: 'council' }))).toMatchObject({ status: 403 });
		expect(await failure(updateAppealSettings(t.ctx(official, at(20)), editionId, { appealDecidedBy: 'mayor' }))).toMatchObject({ status: 400, fields: { appealDecidedBy: 'required' } });
		await updateAppealSettings(t.ctx(official, at(20)), editionId, { appealDecidedBy: 'council' });
		expect(await failure(addCouncilMember(t.ctx(official, at(20)), editionId, 'nikt@example.org'))).toMatchObject({ status: 400, fields: { email: 'budgets_no_such_account' } });
		await addCouncilMember(t.ctx(official, at(20)), editionId, councillor.email);
		expect(await failure(addCouncilMember(t.ctx(official, at(20)), editionId, councillor.email))).toMatchObject({ status: 400, fields: { email: 'budgets_council_already_member' } });

		const id = await project('Oświetlenie skweru');
		await verifyProject(t.ctx(official, at(21)), id, { stage: 'formal', positive: 'yes', justification: 'Wniosek kompletny.' });
		await verifyProject(t.ctx(official, at(22)), id, { stage: 'merit', positive: 'no', justification: 'Koszt oświetlenia zaniżony o połowę.' });
		const aid = await appealDecision(t.ctx(author, at(23)), id, 'Wycena pochodzi od wykonawcy z 2026 r. i jest aktualna.');
		const decision = { accepted: 'yes', decision: 'Wycena wykonawcy jest wiarygodna i aktualna.' };
		expect(await failure(decideAppeal(t.ctx(official, at(24)), aid, decision))).toMatchObject({ status: 403 });
		expect(await failure(decideAppeal(t.ctx(admin, at(24)), aid, decision))).toMatchObject({ status: 403 });
		expect(await failure(decideAppeal(t.ctx(author, at(24)), aid, decision))).toMatchObject({ status: 403 });
		expect(await appealAccess(t.ctx(official, at(24)), editionId)).toMatchObject({ read: true, decide: false });
		expect(await appealAccess(t.ctx(councillor, at(24)), editionId)).toMatchObject({ read: true, decide: true });
		// The council member's workspace: this edition, with its appeals only.
		const ws = await workspaceFor(t.ctx(councillor, at(24)));
		const entry = ws.processes.find((p) => p.id === editionId)!;
		expect(entry.managed).toBe(false);
		expect(entry.tools.map((x) => `${x.module}:${x.id}`)).toEqual(['budgets:appeals']);
		expect(entry.tools[0].waiting?.[0]).toMatchObject({ label: 'budgets_waiting_appeals', count: 1 });
		const list = await listAppeals(t.ctx(councillor, at(24)), editionId);
		expect(list.appeals.find((a) => a.id === aid)).toMatchObject({ stage: 'merit', accepted: null, authorName: 'Autorka Projektu' });
		// Upheld against a merit rejection: on the ballot.
		await decideAppeal(t.ctx(councillor, at(24)), aid, decision);
		expect((await getProject(t.ctx(null, at(24)), id)).project.status).toBe('accepted');
		expect(await failure(decideAppeal(t.ctx(councillor, at(24)), aid, { accepted: 'no', decision: 'Jednak inaczej, po decyzji.' }))).toMatchObject({ status: 409, message: 'budgets_already_decided' });
		const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetId, id));
		expect(audit.find((a) => a.action === 'budget.appeal.decide')).toMatchObject({ actorId: councillor.id, processId: editionId });
		// Once removed, the member decides nothing more.
		await removeCouncilMember(t.ctx(official, at(25)), editionId, councillor.id);
		expect(await appealAccess(t.ctx(councillor, at(25)), editionId)).toMatchObject({ read: false, decide: false });
		expect((await t.db.select().from(auditLog).where(eq(auditLog.processId, editionId))).map((a) => a.action)).toEqual(expect.arrayContaining(['budget.edition.appeal_deciders', 'budget.council.add', 'budget.council.remove']));
	});

	it('a dismissed appeal is final; a second appeal is refused', async () => {
		const id = await project('Stojaki rowerowe');
		await verifyProject(t.ctx(official, at(21)), id, { stage: 'formal', positive: 'no', justification: 'Projekt dotyczy terenu prywatnego.' });
		await addCouncilMember(t.ctx(official, at(21)), editionId, councillor.email);
		const aid = await appealDecision(t.ctx(author, at(22)), id, 'To jednak teren gminny według mapy.');
		await decideAppeal(t.ctx(councillor, at(23)), aid, { accepted: 'no', decision: 'Mapa ewidencyjna wskazuje właściciela prywatnego.' });
		expect((await getProject(t.ctx(null, at(23)), id)).project.status).toBe('rejected');
		expect(await failure(appealDecision(t.ctx(author, at(23)), id, 'Odwołuję się jeszcze raz, od tej samej decyzji.'))).toMatchObject({ status: 409, message: 'budgets_already_appealed' });
	});
});
