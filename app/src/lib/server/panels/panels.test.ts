import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { auditLog } from '../audit/schema';
import { panelDraw, panelMember, panelVolunteer, panelAddress, panelRecommendation } from './schema';
import {
	addCriterion,
	addSession,
	addMaterial,
	addUpdate,
	drawMonitors,
	castBallot,
	closeRound,
	commitSeed,
	createPanel,
	createRecommendation,
	drawLetters,
	editRecommendation,
	freezePool,
	importAddresses,
	letterOrder,
	listPool,
	listSessions,
	listQuotas,
	myRegistration,
	openRound,
	passes,
	performDraw,
	reviewDraw,
	checkCode,
	postAssessment,
	publicDraw,
	publicPoolCounts,
	quickFeasibility,
	registerVolunteer,
	replaceDropout,
	respond,
	scorecard,
	seatsFor,
	setStage,
	startSelection,
	submitToPanel,
	withdraw,
	invitedAddresses
} from './service';
import { purgeExpiredVolunteers } from './privacy';
import { seedPanels } from './seed';
import { listPanels } from './views';
import { meetingRegistration } from '../meetings/schema';
import { apiPanel, apiPanels, apiPanelsCsv, apiRecommendations, apiRecommendationsCsv } from './public';
import { openApiDocument } from '../api/openapi';
import { checkQuotaFeasibility } from './feasibility.service';
import { verifyDraw, type PublishedLottery } from '$lib/panels/lottery';
import { runNextSelection } from './runner';
import { panelRules } from './permissions';

const day = 86_400_000;

describe('panel rules (pure)', () => {
	const official = { id: 'o1', role: 'official' as const, emailVerified: true };
	const other = { id: 'o2', role: 'official' as const, emailVerified: true };
	const resident = { id: 'r1', role: 'resident' as const, emailVerified: true };
	const s = { officialIds: ['o1'], roles: [] as ('panelist' | 'monitor')[] };
	it('only assigned officials manage and read the pool', () => {
		expect(panelRules.manage(official, s)).toBe(true);
		expect(panelRules.manage(other, s)).toBe(false);
		expect(panelRules.viewPool(resident, s)).toBe(false);
		expect(panelRules.viewPool(null, s)).toBe(false);
	});
	it('only this panel’s panelists vote and deliberate; only monitors assess', () => {
		expect(panelRules.vote(resident, s)).toBe(false);
		expect(panelRules.vote(resident, { ...s, roles: ['panelist'] })).toBe(true);
		expect(panelRules.vote(official, s)).toBe(false);
		expect(panelRules.assess(resident, { ...s, roles: ['panelist'] })).toBe(false);
		expect(panelRules.assess(resident, { ...s, roles: ['monitor'] })).toBe(true);
	});
	it('80 % of votes cast', () => {
		expect(passes({ support: 4, oppose: 1, abstain: 0 }, 80, true)).toBe(true);
		expect(passes({ support: 3, oppose: 1, abstain: 0 }, 80, true)).toBe(false);
		expect(passes({ support: 4, oppose: 0, abstain: 1 }, 80, true)).toBe(true);
		expect(passes({ support: 4, oppose: 0, abstain: 2 }, 80, true)).toBe(false);
		expect(passes({ support: 4, oppose: 0, abstain: 2 }, 80, false)).toBe(true);
		expect(passes({ support: 0, oppose: 0, abstain: 0 }, 80, true)).toBe(false);
	});
	it('seats from shares and the quick feasibility check', () => {
		expect(seatsFor(0.5, 10)).toEqual({ min: 5, max: 5 });
		expect(seatsFor(0.53, 60)).toEqual({ min: 31, max: 32 });
		const q = [
			{ feature: 'gender', value: 'K', label: 'K', share: null, shareSource: 'manual', min: 3, max: 4 },
			{ feature: 'gender', value: 'M', label: 'M', share: null, shareSource: 'manual', min: 3, max: 4 }
		];
		expect(quickFeasibility(6, q)).toEqual([]);
		expect(quickFeasibility(5, q).map((n) => n.problem)).toEqual(['min_sum_too_high']);
		expect(quickFeasibility(6, q, { gender: { K: 1, M: 9 } }).map((n) => n.problem)).toEqual(['pool_short']);
	});
	it('the letter lottery is reproducible from the seed', () => {
		expect(letterOrder('abc', 50)).toEqual(letterOrder('abc', 50));
		expect(letterOrder('abc', 50)).not.toEqual(letterOrder('abd', 50));
		expect([...letterOrder('x', 20)].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
	});
});

describe.each(backends)('citizens’ panel end to end on %s', (kind) => {
	let t: TestDatabase;
	let clock = new Date('2027-03-01T10:00:00Z');
	const now = () => clock;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t?.drop());

	it('runs setup → recruitment → draw → deliberation → vote → follow-up → purge, with permissions', async () => {
		const official = await t.user('official', 'Urzędniczka');
		const otherOfficial = await t.user('official', 'Inny Urzędnik');
		const resident = await t.user('resident', 'Mieszkanka');
		const asOfficial = t.ctx(official, now);

		// Setup: residents may not create panels; officials may.
		await expect(createPanel(t.ctx(resident, now), { title: 'Panel testowy', description: 'Opis panelu testowego.', question: 'Jak oszczędzać energię w Krakowie?', size: 4, reserves: 2 })).rejects.toMatchObject({ status: 403 });
		await expect(createPanel(t.ctx(null, now), { title: 'Panel testowy', description: 'Opis panelu testowego.', question: 'Jak oszczędzać energię w Krakowie?', size: 4, reserves: 2 })).rejects.toMatchObject({ status: 403 });
		await expect(createPanel(asOfficial, { title: 'Panel testowy', description: 'Opis panelu testowego.', question: 'Krótkie', size: 1, reserves: 2 })).rejects.toMatchObject({ status: 400, fields: { question: 'question_too_short', size: 'size_invalid' } });
		const { id } = await createPanel(asOfficial, { title: 'Panel testowy', description: 'Opis panelu testowego.', question: 'Jak oszczędzać energię w Krakowie?', size: 4, reserves: 2, openRegistration: false });

		// Quotas: gender from the census, a hand-made criterion; another official may not.
		await addCriterion(asOfficial, id, { feature: 'gender', source: 'census' });
		let quotas = await listQuotas(t.db, id);
		expect(quotas.map((q) => q.value)).toEqual(['K', 'M']);
		expect(quotas[0].share).toBeGreaterThan(0.5);
		expect(quotas[0]).toMatchObject({ min: 2, max: 3, shareSource: 'census' });
		await expect(addCriterion(t.ctx(otherOfficial, now), id, { feature: 'age', source: 'manual', lines: 'y;Młodzi;50%\no;Starsi;50%' })).rejects.toMatchObject({ status: 403 });
		await addCriterion(asOfficial, id, { feature: 'age', source: 'manual', lines: 'y;Młodzi;50%\no;Starsi;50%' });
		quotas = await listQuotas(t.db, id);
		expect(quotas.filter((q) => q.feature === 'age').map((q) => [q.min, q.max])).toEqual([
			[2, 2],
			[2, 2]
		]);
		await setStage(asOfficial, id, 'recruitment');

		// Addresses and letters with a published seed: reproducible.
		const csv = 'street,postcode,city\n' + Array.from({ length: 30 }, (_, i) => `"ul. Testowa ${i + 1}",30-0${String(i).padStart(2, '0')},Kraków`).join('\n');
		await expect(importAddresses(t.ctx(resident, now), id, csv)).rejects.toMatchObject({ status: 403 });
		await expect(importAddresses(asOfficial, id, 'name\nx')).rejects.toMatchObject({ status: 400 });
		expect(await importAddresses(asOfficial, id, csv)).toBe(30);
		const drawn = await drawLetters(asOfficial, id, { count: 12, seed: 'publiczne-ziarno-2027' });
		expect(drawn.invited).toBe(12);
		const invited = await invitedAddresses(asOfficial, id);
		expect(invited.map((a) => a.rowIndex)).toEqual(letterOrder('publiczne-ziarno-2027', 30).slice(0, 12));
		expect(new Set(invited.map((a) => a.code)).size).toBe(12);

		// Volunteers register with codes; a used or wrong code is refused; public sees counts.
		const answers = [
			['K', 'y'],
			['K', 'o'],
			['M', 'y'],
			['M', 'o'],
			['K', 'y'],
			['M', 'o'],
			['K', 'o'],
			['M', 'y']
		];
		const people: Awaited<ReturnType<TestDatabase['user']>>[] = [];
		for (let i = 0; i < answers.length; i++) {
			const u = await t.user('resident', `Wolontariusz ${i}`);
			people.push(u);
			clock = new Date(clock.getTime() + 1000);
			await registerVolunteer(t.ctx(u, now), id, { code: invited[i].code!.toLowerCase().replace('-', ''), name: `Wolontariusz ${i}`, email: u.email, phone: '', availability: 'soboty', consent: 'yes', answer_gender: answers[i][0], answer_age: answers[i][1] });
		}
		const late = await t.user('resident');
		await expect(registerVolunteer(t.ctx(late, now), id, { code: invited[0].code, name: 'Spóźniony', email: late.email, availability: 'soboty', consent: 'yes', answer_gender: 'K', answer_age: 'y' })).rejects.toMatchObject({ status: 400, fields: { code: 'code_used' } });
		await expect(registerVolunteer(t.ctx(late, now), id, { code: 'ZZZZ-ZZZZ', name: 'X', email: 'nope', availability: '', answer_gender: 'Q' })).rejects.toMatchObject({
			status: 400,
			fields: { code: 'code_invalid', name: 'name_too_short', email: 'invalid_email', consent: 'consent_required', answer_gender: 'panels_answer_required', answer_age: 'panels_answer_required' }
		});
		await expect(registerVolunteer(t.ctx(people[0], now), id, { code: invited[9].code, name: 'Drugi raz', email: people[0].email, availability: 'x1', consent: 'yes', answer_gender: 'K', answer_age: 'y' })).rejects.toMatchObject({ status: 409 });
		// Withdrawing before the pool closes deletes the registration and frees the code.
		const before7 = clock;
		await withdraw(t.ctx(people[7], now), id);
		expect(await myRegistration(t.ctx(people[7], now), id)).toBeNull();
		clock = new Date(before7.getTime() + 1000);
		await registerVolunteer(t.ctx(people[7], now), id, { code: invited[7].code, name: 'Wolontariusz 7', email: people[7].email, availability: 'soboty', consent: 'yes', answer_gender: 'M', answer_age: 'y' });
		expect(await publicPoolCounts(t.db, id)).toEqual({ registered: 8 });

		// Only the panel's officials read the pool; every read is audited.
		await expect(listPool(t.ctx(resident, now), id, 'test')).rejects.toMatchObject({ status: 403 });
		await expect(listPool(t.ctx(otherOfficial, now), id, 'test')).rejects.toMatchObject({ status: 403 });
		expect((await listPool(asOfficial, id, 'test')).length).toBe(8);
		const reads = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'panel.pool.read')));
		expect(reads.length).toBe(1);

		// Selection: the pool closes; the job is queued (the worker result is stored as the runner does).
		await expect(freezePool(t.ctx(resident, now), id)).rejects.toMatchObject({ status: 403 });
		// The volunteer page's code check: a wrong code, a used one, and (after the pool closed) an expired one.
		await expect(checkCode(t.ctx(late, now), id, 'ZZZZ-ZZZZ')).rejects.toMatchObject({ status: 400, fields: { code: 'code_invalid' } });
		await expect(checkCode(t.ctx(late, now), id, invited[0].code)).rejects.toMatchObject({ status: 400, fields: { code: 'code_used' } });
		expect((await checkCode(t.ctx(late, now), id, invited[10].code)).code).toBe(invited[10].code);
		await freezePool(asOfficial, id);
		await expect(checkCode(t.ctx(late, now), id, invited[10].code)).rejects.toMatchObject({ status: 400, fields: { code: 'code_expired' } });
		await expect(registerVolunteer(t.ctx(late, now), id, { code: invited[10].code, name: 'Za późno', email: late.email, availability: 'soboty', consent: 'yes', answer_gender: 'K', answer_age: 'y' })).rejects.toMatchObject({ status: 409 });
		await startSelection(asOfficial, id, { m: 10 });
		const queued = (await publicDraw(t.ctx(null, now), id))!;
		expect(queued.status).toBe('queued');
		expect(queued.pool).toBeNull(); // published only once the panels are ready
		// The runner claims the job and runs the engine in a worker thread (as in the server).
		expect(await runNextSelection(t.db, now)).toBe(true);
		const ready = (await publicDraw(t.ctx(null, now), id))!;
		expect(ready.error).toBeNull();
		expect(ready.status).toBe('ready');
		const panels = ready.panels!;
		expect(panels).toHaveLength(10);
		// LEXIMIN: everyone here can get the same chance, k/n = 1/2.
		for (const pr of ready.probabilities!) expect(pr).toBeCloseTo(0.5, 6);
		expect(ready.seedCommitment).toBeNull(); // not yet published
		await expect(commitSeed(t.ctx(resident, now), id)).rejects.toMatchObject({ status: 403 });
		await commitSeed(asOfficial, id);
		const committed = (await publicDraw(t.ctx(null, now), id))!;
		expect(committed.seedCommitment).toMatch(/^[0-9a-f]{64}$/);
		expect(committed.seed).toBeNull();
		expect(committed.panels).toHaveLength(10);
		expect(committed.pool!.rows[0]).toEqual(['K', 'y']);
		expect(committed.published).toBeTruthy();
		expect((await myRegistration(t.ctx(people[3], now), id))!.probability).toBeCloseTo(0.5, 6);

		// A session scheduled before the draw: the drawn panelists are registered for it at the draw.
		const firstSession = await addSession(asOfficial, id, { kind: 'learning', title: 'Pierwsze spotkanie', startsAt: '2027-04-20T10:00:00Z', place: 'Urząd' });
		// The server's seed alone never decides: a draw in the same instant as the commitment, or
		// without a public random input, is refused with what is missing.
		await expect(performDraw(asOfficial, id, { kind: 'dice', dice: '3 5 1', witnesses: 'Anna Nowak' })).rejects.toMatchObject({ status: 409, key: 'commitment_not_in_advance' });
		clock = new Date(clock.getTime() + 3_600_000);
		await expect(performDraw(asOfficial, id, {})).rejects.toMatchObject({ status: 400, fields: { kind: 'public_input_missing' } });
		await expect(performDraw(asOfficial, id, { kind: 'dice', dice: '', witnesses: '' })).rejects.toMatchObject({ status: 400, fields: { dice: 'dice_missing', witnesses: 'witnesses_missing' } });
		await expect(performDraw(asOfficial, id, { kind: 'dice', dice: '7 9', witnesses: 'Anna Nowak' })).rejects.toMatchObject({ status: 400, fields: { dice: 'dice_invalid' } });
		await expect(performDraw(asOfficial, id, { kind: 'announced', numbers: '', source: '', announcedAt: '' })).rejects.toMatchObject({ status: 400, fields: { numbers: 'numbers_missing', source: 'source_missing', announcedAt: 'announced_at_missing' } });
		// A value announced before the commitment (or not yet announced) is no public randomness.
		await expect(performDraw(asOfficial, id, { kind: 'announced', numbers: '3 14 22', source: 'Lotto', announcedAt: '2027-03-01T09:00:00Z' })).rejects.toMatchObject({ status: 400, fields: { announcedAt: 'announced_before_commitment' } });
		await expect(performDraw(asOfficial, id, { kind: 'announced', numbers: '3 14 22', source: 'Lotto', announcedAt: '2027-03-02T09:00:00Z' })).rejects.toMatchObject({ status: 400, fields: { announcedAt: 'announced_in_future' } });
		await expect(performDraw(t.ctx(resident, now), id, { kind: 'dice', dice: '3 5 1', witnesses: 'Anna Nowak' })).rejects.toMatchObject({ status: 403 });
		expect((await publicDraw(t.ctx(null, now), id))!.status).toBe('committed'); // nothing changed
		const review = await reviewDraw(asOfficial, id, { kind: 'dice', dice: '3 5 1', witnesses: 'Anna Nowak, Jan Kowalski' });
		expect(review).toMatchObject({ publicInput: { kind: 'dice', numbers: [3, 5, 1], witnesses: 'Anna Nowak, Jan Kowalski' }, seats: 4, reserves: 2, pool: 8, m: 10 });
		const result = await performDraw(asOfficial, id, { kind: 'dice', dice: '3 5 1', witnesses: 'Anna Nowak, Jan Kowalski' });
		const published = (await publicDraw(t.ctx(null, now), id))!;
		expect(published.seed).toBeTruthy();
		expect(published.chosenIndex).toBe(result.chosen);
		// A third party recomputes the draw from the published data.
		expect(published.dice).toBe('351');
		expect(published.publicInput).toMatchObject({ kind: 'dice', numbers: [3, 5, 1], witnesses: 'Anna Nowak, Jan Kowalski' });
		expect(published.drawNumbers).toEqual([3, 5, 1]);
		const lottery = published.published as unknown as PublishedLottery;
		expect(verifyDraw(lottery, published.seed!, [3, 5, 1])).toBe(result.chosen);
		expect(() => verifyDraw(lottery, 'not-the-seed', [3, 5, 1])).toThrow();
		const chosenRows = panels[result.chosen - 1];
		const status = async (i: number) => (await myRegistration(t.ctx(people[i], now), id))!.status;
		const statuses = [];
		for (let i = 0; i < 8; i++) statuses.push(await status(i));
		for (let i = 0; i < 8; i++) if (chosenRows.includes(i)) expect(statuses[i]).toBe('selected');
		expect(statuses.filter((s) => s === 'reserve')).toHaveLength(2);
		expect(statuses.filter((s) => s === 'not_selected')).toHaveLength(2);
		expect(result.reserves).toHaveLength(2);
		const panelists = people.filter((_, i) => chosenRows.includes(i));
		const outsiders = people.filter((_, i) => !chosenRows.includes(i));

		// Replacement keeps the quotas: the replacement has the drop-out's profile.
		const dropped = chosenRows[0];
		const volRow = (await t.db.select().from(panelVolunteer).where(and(eq(panelVolunteer.processId, id), eq(panelVolunteer.rowIndex, dropped))))[0];
		const rep = await replaceDropout(asOfficial, id, volRow.id);
		expect(rep.quotasHold).toBe(rep.violations.length === 0);
		expect(chosenRows).not.toContain(rep.replacementRow);
		expect(result.reserves).toContain(rep.replacementRow);
		const panelistsNow = people.filter((_, i) => (chosenRows.includes(i) && i !== dropped) || i === rep.replacementRow);
		// The session's meeting follows: the drop-out's registration ends, the replacement's begins.
		const firstMeeting = (await listSessions(t.db, id)).find((s) => s.id === firstSession)!.meetingId!;
		const regs = await t.db.select().from(meetingRegistration).where(and(eq(meetingRegistration.meetingId, firstMeeting), eq(meetingRegistration.status, 'registered')));
		expect(regs.map((r) => r.userId).sort()).toEqual(panelistsNow.map((x) => x.id).sort());

		// Deliberation: sessions (officials), submissions (residents), drafts (panelists only).
		const sessionId = await addSession(asOfficial, id, { kind: 'learning', title: 'Spotkanie z ekspertami', startsAt: '2027-03-10T10:00', place: 'Urząd', description: '' });
		await addMaterial(asOfficial, id, { sessionId, kind: 'video', title: 'Wykład o OZE', speaker: 'dr X', url: 'https://example.org/v' });
		await expect(addMaterial(asOfficial, id, { sessionId, kind: 'video', title: 'Zły link', url: 'javascript:alert(1)' })).rejects.toMatchObject({ status: 400, fields: { url: 'url_invalid' } });
		await submitToPanel(t.ctx(resident, now), id, { title: 'Panele na szkołach', body: 'Proponujemy fotowoltaikę na dachach szkół.', organisation: 'Stowarzyszenie' });
		await expect(createRecommendation(t.ctx(resident, now), id, { title: 'Rekomendacja A', body: 'Treść rekomendacji A.' })).rejects.toMatchObject({ status: 403 });
		const a = await createRecommendation(t.ctx(panelistsNow[0], now), id, { title: 'Rekomendacja A', body: 'Treść rekomendacji A.' });
		const b = await createRecommendation(t.ctx(panelistsNow[1], now), id, { title: 'Rekomendacja B', body: 'Treść rekomendacji B.', withinCityPowers: '' });
		await editRecommendation(t.ctx(panelistsNow[1], now), a, { title: 'Rekomendacja A', body: 'Treść rekomendacji A, poprawiona.', version: 1, withinCityPowers: 'on', lang: 'uk' });
		// A recommendation keeps the language it is written in (Polish when not said; an edit may change it).
		const langOf = async (rid: string) => (await t.db.select({ lang: panelRecommendation.lang }).from(panelRecommendation).where(eq(panelRecommendation.id, rid)))[0].lang;
		expect([await langOf(a), await langOf(b)]).toEqual(['uk', 'pl']);
		await expect(editRecommendation(t.ctx(panelistsNow[1], now), a, { title: 'Rekomendacja A', body: 'Treść.', version: 2, lang: 'de' })).rejects.toMatchObject({ status: 400, fields: { lang: 'content_lang_invalid' } });
		await editRecommendation(t.ctx(panelistsNow[1], now), a, { title: 'Rekomendacja A', body: 'Treść rekomendacji A, poprawiona.', version: 2, withinCityPowers: 'on' });
		await expect(editRecommendation(t.ctx(panelistsNow[2], now), a, { title: 'Rekomendacja A', body: 'Nadpisanie starej wersji.', version: 1 })).rejects.toMatchObject({ status: 409 });
		expect(await langOf(a)).toBe('pl');

		// Vote: 4 panelists; A 4/4 passes, B 3/4 = 75 % fails at 80 %.
		await expect(openRound(t.ctx(panelistsNow[0], now), id, { recommendationIds: [a, b] })).rejects.toMatchObject({ status: 403 });
		await openRound(asOfficial, id, { recommendationIds: [a, b] });
		await expect(castBallot(t.ctx(people.find((x) => !panelistsNow.includes(x))!, now), id, { [a]: 'support', [b]: 'support' })).rejects.toMatchObject({ status: 403 });
		await expect(castBallot(t.ctx(resident, now), id, { [a]: 'support', [b]: 'support' })).rejects.toMatchObject({ status: 403 });
		await expect(castBallot(t.ctx(panelistsNow[0], now), id, { [a]: 'support' })).rejects.toMatchObject({ status: 400 });
		for (let i = 0; i < 4; i++) await castBallot(t.ctx(panelistsNow[i], now), id, { [a]: 'support', [b]: i === 3 ? 'oppose' : 'support' });
		// The dropped panelist no longer votes.
		const droppedPerson = people[dropped];
		await expect(castBallot(t.ctx(droppedPerson, now), id, { [a]: 'support', [b]: 'support' })).rejects.toMatchObject({ status: 403 });
		const tally = await closeRound(asOfficial, id);
		expect(tally[a]).toMatchObject({ support: 4, oppose: 0, passed: true });
		expect(tally[b]).toMatchObject({ support: 3, oppose: 1, passed: false });

		// Follow-up: the city responds; the monitoring panel assesses; the scorecard counts.
		await expect(respond(t.ctx(panelistsNow[0], now), a, { response: 'Miasto wdroży.', department: 'Wydział Energii', deadline: '2027-12-31', status: 'accepted' })).rejects.toMatchObject({ status: 403 });
		await expect(respond(asOfficial, a, { response: 'Miasto wdroży to.', department: 'Wydział Energii', status: 'in_progress' })).rejects.toMatchObject({ status: 400, fields: { deadline: 'deadline_required' } });
		await respond(asOfficial, a, { response: 'Miasto wdroży rekomendację.', department: 'Wydział Energii', deadline: '2027-06-30', status: 'in_progress' });
		let card = await scorecard(t.ctx(null, now), id);
		expect(card.counts).toMatchObject({ in_progress: 1, done: 0, late: 0 });
		clock = new Date('2027-07-15T10:00:00Z');
		card = await scorecard(t.ctx(null, now), id);
		expect(card.counts).toMatchObject({ late: 1 });
		await addUpdate(asOfficial, a, { status: 'done', body: 'Zrealizowano w 100 %.' });
		card = await scorecard(t.ctx(null, now), id);
		expect(card.counts).toMatchObject({ done: 1, late: 0 });
		await expect(postAssessment(t.ctx(panelistsNow[0], now), id, { rating: 'on_track', body: 'Oceniamy postępy jako dobre i terminowe.' })).rejects.toMatchObject({ status: 403 });
		// The monitoring panel is drawn by lottery from the reachable pool, reproducibly from the seed.
		await expect(drawMonitors(t.ctx(panelistsNow[0], now), id, { count: 2, seed: 'monitoring-2027' })).rejects.toMatchObject({ status: 403 });
		await expect(drawMonitors(asOfficial, id, { count: 50, seed: 'monitoring-2027' })).rejects.toMatchObject({ status: 400, fields: { count: 'count_above_pool' } });
		const monitorDraw = await drawMonitors(asOfficial, id, { count: 2, seed: 'monitoring-2027' });
		const reachable = (await t.db.select().from(panelVolunteer).where(eq(panelVolunteer.processId, id))).filter((v) => v.userId && v.rowIndex !== null && ['selected', 'reserve', 'not_selected'].includes(v.status));
		expect(monitorDraw.eligible).toEqual(reachable.map((v) => v.rowIndex!).sort((x, y) => x - y));
		expect(monitorDraw.drawn).toEqual(letterOrder('monitoring-2027', monitorDraw.eligible.length).slice(0, 2).map((i) => monitorDraw.eligible[i]));
		const monitorIds = monitorDraw.drawn.map((row) => reachable.find((v) => v.rowIndex === row)!.userId!);
		const monitorPerson = people.find((x) => x.id === monitorIds[0])!;
		const notMonitor = people.find((x) => !monitorIds.includes(x.id) && panelistsNow.includes(x))!;
		await expect(postAssessment(t.ctx(notMonitor, now), id, { rating: 'on_track', body: 'Oceniamy postępy jako dobre i terminowe.' })).rejects.toMatchObject({ status: 403 });
		await postAssessment(t.ctx(monitorPerson, now), id, { rating: 'on_track', body: 'Oceniamy postępy jako dobre i terminowe.' });
		expect((await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'panel.monitors.draw')))).length).toBe(1);
		// A new draw replaces the monitoring panel.
		const redraw = await drawMonitors(asOfficial, id, { count: 1, seed: 'monitoring-2028' });
		const current = (await t.db.select().from(panelMember).where(and(eq(panelMember.processId, id), eq(panelMember.role, 'monitor'), eq(panelMember.active, true)))).map((x) => x.userId);
		expect(current).toEqual([reachable.find((v) => v.rowIndex === redraw.drawn[0])!.userId]);
		expect((await apiPanel(t.ctx(null, now), id)).monitoringDraw).toEqual({ seed: 'monitoring-2028', eligibleRows: redraw.eligible, drawnRows: redraw.drawn, drawnAt: redraw.drawnAt });

		// GDPR: before the window nothing is purged; after it, non-selected contact data are gone,
		// the draw still verifies.
		const drawnAt = (await t.db.select().from(panelDraw).where(eq(panelDraw.processId, id)))[0].drawnAt!;
		await t.db.update(panelVolunteer).set({ status: 'not_selected' }).where(and(eq(panelVolunteer.processId, id), eq(panelVolunteer.status, 'reserve')));
		expect((await purgeExpiredVolunteers(t.db, new Date(drawnAt.getTime() + 29 * day))).volunteers).toBe(0);
		const purge = await purgeExpiredVolunteers(t.db, new Date(drawnAt.getTime() + 31 * day));
		const notSelected = (await t.db.select().from(panelVolunteer).where(and(eq(panelVolunteer.processId, id), eq(panelVolunteer.status, 'not_selected'))));
		expect(purge.volunteers).toBe(notSelected.length);
		for (const row of notSelected) expect(row).toMatchObject({ name: null, email: null, phone: null, userId: null, availability: null, household: null });
		for (const row of notSelected) expect(Object.keys(row.answers).length).toBe(2);
		const selectedRows = await t.db.select().from(panelVolunteer).where(and(eq(panelVolunteer.processId, id), eq(panelVolunteer.status, 'selected')));
		for (const row of selectedRows) expect(row.email).toBeTruthy();
		const after = (await publicDraw(t.ctx(null, now), id))!;
		expect(verifyDraw(after.published as unknown as PublishedLottery, after.seed!, [...after.dice!].map(Number))).toBe(after.chosenIndex);
		expect(after.pool!.rows).toHaveLength(8);
		const purges = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'panel.pool.purge')));
		expect(purges.length).toBe(1);
		// Idempotent.
		expect((await purgeExpiredVolunteers(t.db, new Date(drawnAt.getTime() + 60 * day))).volunteers).toBe(0);
		const addr = await t.db.select().from(panelAddress).where(eq(panelAddress.processId, id));
		expect(addr.length).toBe(30);
	});

	it('demo seed: the 2027 panel in recruitment with the synthetic pool; a finished panel whose precomputed draw verifies', async () => {
		const official = await t.user('official', 'Demo Official');
		const resident = await t.user('resident', 'Demo Resident');
		const seedNow = new Date('2027-05-01T10:00:00Z');
		const ctxOf = (a: typeof official) => t.ctx(a, () => seedNow);
		await seedPanels({ db: t.db, auth: t.auth, log: () => {}, now: seedNow, as: { official: ctxOf(official), moderator: ctxOf(official), admin: ctxOf(official), residents: [ctxOf(resident)] } });
		const all = await listPanels(t.db);
		const climate = all.find((p) => p.title === 'Krakowski Panel Klimatyczny 2027')!;
		expect(climate).toMatchObject({ stage: 'recruitment', synthetic: true, size: 60 });
		expect(await publicPoolCounts(t.db, climate.id)).toEqual({ registered: 564 });
		expect((await listQuotas(t.db, climate.id)).length).toBe(29);
		const finished = all.find((p) => p.stage === 'followup')!;
		const d = (await publicDraw(t.ctx(null, () => seedNow), finished.id))!;
		expect(d.status).toBe('drawn');
		expect(verifyDraw(d.published as unknown as PublishedLottery, d.seed!, [...d.dice!].map(Number))).toBe(d.chosenIndex);
		const card = await scorecard(t.ctx(null, () => seedNow), finished.id);
		expect(card.counts).toMatchObject({ done: 1, in_progress: 1, late: 1, rejected: 1, awaiting: 1 });
		// Its monitoring panel was drawn by the published letters lottery: anyone recomputes the rows.
		const md = all.find((p) => p.id === finished.id)!.monitorDraw!;
		expect(md.drawn).toHaveLength(5);
		expect(letterOrder(md.seed, md.eligible.length).slice(0, md.count).map((i) => md.eligible[i])).toEqual(md.drawn);

		// CSV twins of the API lists: the same panels and recommendations, in the OpenAPI document.
		const anon = t.ctx(null, () => seedNow);
		const list = await apiPanels(anon);
		const listCsv = await apiPanelsCsv(anon);
		expect(listCsv.header).toEqual(['id', 'slug', 'title', 'question', 'size', 'reserves', 'stage', 'synthetic', 'threshold_pct']);
		expect(listCsv.rows.map((r) => r[1])).toEqual(list.map((p) => p.slug));
		expect(listCsv.rows.find((r) => r[0] === climate.id)).toEqual([climate.id, climate.slug, climate.title, climate.question, 60, climate.reserves, 'recruitment', 'true', climate.thresholdPct]);
		const recs = await apiRecommendations(anon, finished.slug);
		const recsCsv = await apiRecommendationsCsv(anon, finished.slug);
		expect(recsCsv.rows).toHaveLength(recs.length);
		expect(recsCsv.header.slice(0, 9)).toEqual(['number', 'title', 'text', 'votes_support', 'votes_oppose', 'votes_abstain', 'passed', 'binding', 'within_city_powers']);
		recs.forEach((r, i) => {
			expect(recsCsv.rows[i].slice(0, 9)).toEqual([r.number, r.title, r.text, r.votes.support, r.votes.oppose, r.votes.abstain, String(r.passed), String(r.binding), String(r.withinCityPowers)]);
			expect(recsCsv.rows[i][12]).toBe(r.status ?? '');
		});
		await expect(apiRecommendationsCsv(anon, 'no-such-panel')).rejects.toMatchObject({ status: 404 });
		const doc = openApiDocument('http://localhost');
		expect(doc.paths['/api/v1/panels.csv'].get.responses['200'].content).toHaveProperty(['text/csv']);
		expect(doc.paths['/api/v1/panels/{id}/recommendations.csv'].get.responses['200'].content).toHaveProperty(['text/csv']);

		// The live feasibility check on the demo pool (564 volunteers, 29 quotas) fits in its time limit.
		const climateQuotas = await listQuotas(t.db, climate.id);
		const started2 = Date.now();
		const check = await checkQuotaFeasibility(ctxOf(official), climate.id, { quotas: climateQuotas.map((q) => ({ min: q.min, max: q.max })) });
		expect(check).toMatchObject({ status: 'feasible', against: 'pool', pool: 564 });
		console.log(`[panels] live feasibility check of the demo pool: ${Date.now() - started2} ms`);
	});
});
