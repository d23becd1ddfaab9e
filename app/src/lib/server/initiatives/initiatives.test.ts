import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { auditLog } from '../audit/schema';
import { notification } from '../notifications/schema';
import { initiativesModule } from './index';
import { initiativeApplication, initiativeMember } from './schema';
import { createProgramme, getProgramme, listManagedProgrammes, setCriteria, updateProgrammeRules } from './programme.service';
import { addMember, myApplications, removeMember, saveApplicationStep, startApplication, submitApplication, withdrawApplication } from './application.service';
import { decide, previewDecision, saveAssessment } from './assessment.service';
import { acceptAgreement, prepareAgreement, signAgreement } from './agreement.service';
import { addProgressUpdate, getPhoto, recordPayment } from './progress.service';
import { reviewReport, submitReport } from './report.service';
import { getApplication } from './view.service';
import { csvRow, listRegister, parseRegisterFilter, publicApplication, publicProgrammes } from './register.service';
import { criteriaOf, warsawDay } from './common';
import { DEMO_CRITERIA } from './seed';
import { demoPng } from './demoImage';

const DAY = 86_400_000;
const NOW = new Date('2026-04-15T10:00:00Z');
const day = (d: number) => warsawDay(new Date(NOW.getTime() + d * DAY));

describe.each(backends)('local initiative on %s', (kind) => {
	let t: TestDatabase;
	let official: NonNullable<Actor>, other: NonNullable<Actor>, anna: NonNullable<Actor>, ben: NonNullable<Actor> & { email: string }, stranger: NonNullable<Actor>;
	let programmeId: string;
	const as = (a: Actor, d = 0) => t.ctx(a, () => new Date(NOW.getTime() + d * DAY));

	beforeAll(async () => {
		t = await openTestDatabase(kind);
		official = await t.user('official', 'Urzędniczka');
		other = await t.user('official', 'Inny urzędnik');
		anna = await t.user('resident', 'Anna Sąsiadka');
		ben = await t.user('resident', 'Bogdan Sąsiad');
		stranger = await t.user('resident');
	});
	afterAll(() => t?.drop());

	it('an official opens the year with a pool typed as people write it, and the criteria', async () => {
		const input = { title: 'Inicjatywa lokalna 2026', description: 'Wnioski mieszkańców przez cały rok.', year: '2026', poolAmount: '100 000', workHourRate: '31,40', minMembers: '3', minScorePercent: '50', resolution: 'Uchwała testowa', opensOn: day(-30), closesOn: day(200) };
		await expect(createProgramme(as(null), input)).rejects.toMatchObject({ status: 401 });
		await expect(createProgramme(as(anna), input)).rejects.toMatchObject({ status: 403 });
		await expect(createProgramme(as(official), { ...input, poolAmount: '100 000,505', workHourRate: 'trzydzieści', closesOn: day(-40) })).rejects.toMatchObject({
			status: 400,
			fields: { poolAmount: 'amount_decimals', workHourRate: 'number_format' }
		});
		await expect(createProgramme(as(official), { ...input, closesOn: day(-40) })).rejects.toMatchObject({ fields: { closesOn: 'initiatives_dates_order' } });
		const created = await createProgramme(as(official), input);
		programmeId = created.id;
		await expect(setCriteria(as(other), programmeId, { criteria: DEMO_CRITERIA })).rejects.toMatchObject({ status: 403 });
		await expect(setCriteria(as(official), programmeId, { criteria: [{ name: 'x', maxScore: '0', weight: '11' }] })).rejects.toMatchObject({ fields: { 'criteria.0.name': 'initiatives_criterion_name', 'criteria.0.maxScore': 'initiatives_number_invalid', 'criteria.0.weight': 'initiatives_number_invalid' } });
		await setCriteria(as(official), programmeId, { criteria: DEMO_CRITERIA });
		const p = await getProgramme(as(null), created.slug);
		expect(p.programme).toMatchObject({ year: 2026, poolAmount: 10_000_000, workHourRate: 3140, minMembers: 3 });
		expect(p.figures).toEqual({ pool: 10_000_000, committed: 0, paidOut: 0, left: 10_000_000 });
		expect(p.scale).toEqual({ max: 80, needed: 40 });
		expect(p.open).toBe(true);
		expect(p.criteria.map((c) => c.name)).toEqual(DEMO_CRITERIA.map((c) => c.name));
	});

	it('runs an application from the first page to the final report, the pool going down and coming back', async () => {
		// 1. What (anyone signed in with a confirmed e-mail).
		await expect(startApplication(as(null), programmeId, {})).rejects.toMatchObject({ status: 401 });
		await expect(startApplication(as({ ...anna, emailVerified: false }), programmeId, {})).rejects.toMatchObject({ status: 403 });
		await expect(startApplication(as(anna), programmeId, { title: 'x', description: 'krótko', theme: 'lava' })).rejects.toMatchObject({ fields: { title: 'title_too_short', description: 'description_too_short', theme: 'initiatives_theme_required' } });
		const id = await startApplication(as(anna), programmeId, { title: 'Ogród deszczowy <b>przy bloku</b>', description: 'Niecka z roślinami zatrzyma wodę z rury spustowej po burzy.', theme: 'rain_water', beneficiaries: 'Mieszkańcy bloku' });
		// A draft exists only for its group.
		await expect(getApplication(as(stranger), id)).rejects.toMatchObject({ status: 404 });
		await expect(getApplication(as(official), id)).rejects.toMatchObject({ status: 404 });
		await expect(saveApplicationStep(as(stranger), id, 'place', { lat: '50.0262', lng: '19.9049', placeDescription: 'Trawnik' })).rejects.toMatchObject({ status: 404 });

		// 2. Where: a point in Kraków (decimal comma accepted), its district found.
		await expect(saveApplicationStep(as(anna), id, 'place', { lat: '52,2297', lng: '21,0122', placeDescription: '' })).rejects.toMatchObject({ fields: { lat: 'outside_krakow', lng: 'outside_krakow', placeDescription: 'initiatives_place_required' } });
		await saveApplicationStep(as(anna), id, 'place', { lat: '50,0262', lng: '19,9049', placeDescription: 'Trawnik przy rurze spustowej' });
		// 3. When.
		await expect(saveApplicationStep(as(anna), id, 'when', { startsOn: day(40), endsOn: day(10) })).rejects.toMatchObject({ fields: { endsOn: 'initiatives_dates_order' } });
		await expect(saveApplicationStep(as(anna), id, 'when', { startsOn: '2026-02-30', endsOn: 'jutro' })).rejects.toMatchObject({ fields: { startsOn: 'initiatives_date_invalid', endsOn: 'initiatives_date_invalid' } });
		await saveApplicationStep(as(anna), id, 'when', { startsOn: day(30), endsOn: day(75) });
		// 4. The group: named people; one with an account may act for the group.
		await expect(addMember(as(anna), id, { fullName: 'Jan' })).rejects.toMatchObject({ fields: { fullName: 'initiatives_member_name' } });
		await expect(addMember(as(anna), id, { fullName: 'Nikt Taki', email: 'nobody@example.test' })).rejects.toMatchObject({ fields: { email: 'initiatives_no_such_account' } });
		await addMember(as(anna), id, { fullName: 'Bogdan Sąsiad', email: ben.email });
		await expect(addMember(as(anna), id, { fullName: 'Bogdan Drugi', email: ben.email })).rejects.toMatchObject({ fields: { email: 'initiatives_member_twice' } });
		await addMember(as(ben), id, { fullName: 'Celina Kowal' });
		const members = await t.db.select().from(initiativeMember).where(eq(initiativeMember.applicationId, id));
		expect(members.map((m) => m.fullName).sort()).toEqual(['Anna Sąsiadka', 'Bogdan Sąsiad', 'Celina Kowal']);
		await expect(removeMember(as(ben), id, members.find((m) => m.contact)!.id)).rejects.toMatchObject({ status: 409, message: 'initiatives_contact_stays' });
		// 5. Contribution and 6. request; the check page lists what is missing.
		expect(Object.keys((await getApplication(as(anna), id)).missing).sort()).toEqual(['cityTasks', 'requestedAmount', 'workHours']);
		await expect(submitApplication(as(anna), id, {})).rejects.toMatchObject({ fields: { declaration: 'initiatives_declaration_required' } });
		await expect(submitApplication(as(anna), id, { declaration: 'yes' })).rejects.toMatchObject({ status: 400, fields: { workHours: 'initiatives_contribution_required', requestedAmount: 'initiatives_amount_required', cityTasks: 'initiatives_city_tasks_required' } });
		await expect(saveApplicationStep(as(anna), id, 'contribution', { workHours: 'sto', goodsValue: '1,2,3' })).rejects.toMatchObject({ fields: { workHours: 'initiatives_number_invalid', goodsValue: 'number_format' } });
		await saveApplicationStep(as(anna), id, 'contribution', { workHours: '150', workDescription: 'Wykop niecki i sadzenie roślin.', goodsValue: '1 500', goodsDescription: 'Rośliny z ogródków mieszkańców.', moneyAmount: '800,50' });
		await expect(saveApplicationStep(as(anna), id, 'request', { requestedAmount: '200 000', cityTasks: 'Żwir, podłoże i 120 roślin.' })).resolves.toBeUndefined();
		await expect(submitApplication(as(anna), id, { declaration: 'yes' })).rejects.toMatchObject({ status: 409, fields: { requestedAmount: 'initiatives_pool_exhausted' } });
		await saveApplicationStep(as(anna), id, 'request', { requestedAmount: '18 500', cityTasks: 'Żwir, podłoże i 120 roślin, przełożenie rury spustowej.' });
		expect(await submitApplication(as(ben), id, { declaration: 'yes' })).toEqual({ number: 'IL/2026/1' });
		await expect(saveApplicationStep(as(anna), id, 'what', { title: 'Inny tytuł', description: 'Po złożeniu już nie zmienimy opisu.', theme: 'energy' })).rejects.toMatchObject({ status: 409 });

		// Public now: in the register without names; the contribution valued at the city's rate.
		const anon = await getApplication(as(null), id);
		expect(anon.members).toBeNull();
		expect(anon.memberCount).toBe(3);
		expect(anon.contribution).toEqual({ work: 150 * 3140, goods: 150_000, money: 80_050, total: 150 * 3140 + 150_000 + 80_050 });
		expect(anon.application.districtId).toBe(8);
		expect(anon.assessment).toBeNull();
		expect((await getApplication(as(anna), id)).members!.map((m) => m.fullName)).toContain('Celina Kowal');

		// 7. Assessment by the assigned official only, in parts, then the decision.
		const criteria = await criteriaOf(t.db, programmeId);
		const score = (i: number, s: string, j = 'Uzasadnienie oceny tego kryterium.') => ({ [criteria[i].id]: { score: s, justification: j } });
		await expect(saveAssessment(as(other), id, { scores: score(0, '8') })).rejects.toMatchObject({ status: 403 });
		await expect(saveAssessment(as(anna), id, { scores: score(0, '8') })).rejects.toMatchObject({ status: 403 });
		await expect(saveAssessment(as(official), id, { scores: { ...score(0, '11'), ...score(1, '5', 'krótko') } })).rejects.toMatchObject({ fields: { [`score.${criteria[0].id}`]: 'initiatives_score_range', [`justification.${criteria[1].id}`]: 'initiatives_justification_required' } });
		await saveAssessment(as(official), id, { scores: { ...score(0, '8'), ...score(1, '7') } });
		await expect(decide(as(official), id, { decision: 'approve', justification: 'Spełnia kryteria uchwały.' })).rejects.toMatchObject({ status: 409, message: 'initiatives_assessment_incomplete' });
		await expect(getApplication(as(anna), id)).resolves.toMatchObject({ assessment: null });
		await saveAssessment(as(official), id, { scores: { ...score(2, '1'), ...score(3, '1') } });
		// 24 + 14 + 2 + 1 = 41 ≥ 40 (50 % of 80); with one point less it would not pass.
		await saveAssessment(as(official), id, { scores: score(2, '0') });
		await expect(decide(as(official), id, { decision: 'approve', justification: 'Spełnia kryteria uchwały.' })).rejects.toMatchObject({ status: 409, message: 'initiatives_score_too_low' });
		await saveAssessment(as(official), id, { scores: score(2, '9', 'Harmonogram realny, teren gminy.') });
		await expect(decide(as(official), id, { decision: 'approve', amount: '20 000', justification: 'Spełnia kryteria uchwały.' })).rejects.toMatchObject({ fields: { amount: 'initiatives_amount_above_request' } });
		const preview = await previewDecision(as(official), id, { decision: 'approve', justification: 'Spełnia kryteria uchwały.' });
		expect(preview).toMatchObject({ amount: 1_850_000, total: 57, leftAfter: 10_000_000 - 1_850_000 });
		await expect(decide(as(other), id, { decision: 'approve', justification: 'Spełnia kryteria uchwały.' })).rejects.toMatchObject({ status: 403 });
		expect(await decide(as(official, 1), id, { decision: 'approve', justification: 'Spełnia kryteria uchwały.' })).toEqual({ status: 'approved', amount: 1_850_000 });
		expect((await getProgramme(as(null), programmeId)).figures).toEqual({ pool: 10_000_000, committed: 1_850_000, paidOut: 0, left: 8_150_000 });
		await expect(updateProgrammeRules(as(official), programmeId, { poolAmount: '10 000', workHourRate: '31,40', minMembers: '3', minScorePercent: '50', opensOn: day(-30), closesOn: day(200) })).rejects.toMatchObject({ status: 409, fields: { poolAmount: 'initiatives_pool_below_committed' } });
		await expect(setCriteria(as(official), programmeId, { criteria: DEMO_CRITERIA })).rejects.toMatchObject({ status: 409, message: 'initiatives_criteria_frozen' });
		const seen = await getApplication(as(anna), id);
		expect(seen.assessment!.total).toBe(57);
		expect(seen.assessment!.items.map((i) => i.score)).toEqual([8, 7, 9, 1]);
		expect(seen.assessment!.items[2].justification).toBe('Harmonogram realny, teren gminy.');
		for (const who of [anna, ben]) expect(await t.db.select().from(notification).where(and(eq(notification.userId, who.id), eq(notification.kind, 'initiative_decided')))).toHaveLength(1);

		// 8. Agreement: prepared by the city, accepted by the group, signed by the city.
		const agreement = { startsOn: day(30), endsOn: day(75), cityTasks: 'Żwir, podłoże, 120 roślin, rura spustowa.', groupTasks: 'Wykop niecki, sadzenie, pielęgnacja przez rok.', workHours: '150', goodsValue: '1 500', moneyAmount: '800,50', cityAmount: '18 000' };
		await expect(acceptAgreement(as(anna), id)).rejects.toMatchObject({ status: 409, message: 'initiatives_no_agreement' });
		await expect(prepareAgreement(as(official), id, { ...agreement, cityAmount: '19 000' })).rejects.toMatchObject({ fields: { cityAmount: 'initiatives_agreement_above_approved' } });
		await expect(prepareAgreement(as(anna), id, agreement)).rejects.toMatchObject({ status: 403 });
		await prepareAgreement(as(official, 2), id, agreement);
		expect((await getApplication(as(null), id)).agreement).toBeNull(); // public once signed
		await expect(signAgreement(as(official), id)).rejects.toMatchObject({ status: 409, message: 'initiatives_agreement_not_accepted' });
		await expect(acceptAgreement(as(stranger), id)).rejects.toMatchObject({ status: 403 });
		await acceptAgreement(as(ben, 3), id);
		await expect(signAgreement(as(other), id)).rejects.toMatchObject({ status: 403 });
		await signAgreement(as(official, 4), id);
		expect((await getProgramme(as(null), programmeId)).figures).toMatchObject({ committed: 1_800_000, left: 8_200_000 });
		expect((await getApplication(as(null), id)).agreement).toMatchObject({ cityAmount: 1_800_000, workHours: 150 });
		await expect(withdrawApplication(as(anna), id)).rejects.toMatchObject({ status: 409 });

		// 9. Progress with a photo; payments (never above the agreement).
		await expect(addProgressUpdate(as(anna), id, { body: 'Wykopaliśmy nieckę.', alt: 'Niecka', photo: Buffer.from('<svg onload=alert(1)>') })).rejects.toMatchObject({ fields: { photo: 'initiatives_photo_type' } });
		await expect(addProgressUpdate(as(anna), id, { body: 'Wykopaliśmy nieckę.', alt: '', photo: demoPng() })).rejects.toMatchObject({ fields: { alt: 'initiatives_alt_required' } });
		await expect(addProgressUpdate(as(stranger), id, { body: 'Nie nasza grupa.' })).rejects.toMatchObject({ status: 403 });
		await addProgressUpdate(as(anna, 35), id, { body: 'Wykopaliśmy nieckę i przełożyliśmy rurę.', alt: 'Niecka ogrodu deszczowego przy bloku', photo: demoPng({ trees: 2 }) });
		const withPhoto = await getApplication(as(null), id);
		expect(withPhoto.updates[0].photos).toHaveLength(1);
		expect((await getPhoto(as(null), withPhoto.updates[0].photos[0].id)).mime).toBe('image/png');
		await expect(recordPayment(as(anna), id, { amount: '100', description: 'Żwir', paidOn: day(36) })).rejects.toMatchObject({ status: 403 });
		await recordPayment(as(official, 36), id, { amount: '12 000', description: 'Żwir i podłoże', paidOn: day(36) });
		await expect(recordPayment(as(official, 37), id, { amount: '6 000,01', description: 'Rośliny', paidOn: day(37) })).rejects.toMatchObject({ fields: { amount: 'initiatives_payment_above_agreement' } });
		await recordPayment(as(official, 37), id, { amount: '5 400', description: 'Rośliny', paidOn: day(37) });
		expect((await getProgramme(as(null), programmeId)).figures).toEqual({ pool: 10_000_000, committed: 1_800_000, paidOut: 1_740_000, left: 8_200_000 });

		// 10. Final report: returned once with a note, then accepted; the unspent rest goes back.
		const report = { summary: 'Ogród deszczowy działa: 25 m², 120 roślin, woda z dachu zostaje na miejscu.', participants: '34', workHoursDelivered: '162', goodsValueDelivered: '1 650', moneyDelivered: '800,50' };
		await expect(submitReport(as(stranger), id, report)).rejects.toMatchObject({ status: 403 });
		await expect(submitReport(as(anna), id, { ...report, summary: 'Za krótko.' })).rejects.toMatchObject({ fields: { summary: 'initiatives_report_too_short' } });
		await submitReport(as(anna, 80), id, report);
		await expect(reviewReport(as(official), id, { verdict: 'return', note: '' })).rejects.toMatchObject({ fields: { note: 'initiatives_review_note_required' } });
		await reviewReport(as(official, 82), id, { verdict: 'return', note: 'Dodajcie liczbę posadzonych roślin z podziałem na gatunki.' });
		expect((await getApplication(as(anna), id)).application.status).toBe('in_progress');
		await submitReport(as(ben, 84), id, { ...report, summary: `${report.summary} Gatunki: kosaciec, turzyca, krwawnica.` });
		await expect(reviewReport(as(other), id, { verdict: 'accept' })).rejects.toMatchObject({ status: 403 });
		await reviewReport(as(official, 85), id, { verdict: 'accept' });
		const done = await getApplication(as(null), id);
		expect(done.application).toMatchObject({ status: 'completed', committedAmount: 1_740_000 });
		expect(done.report).toMatchObject({ workHoursDelivered: 162, goodsValueDelivered: 165_000, moneyDelivered: 80_050, participants: 34 });
		expect((await getProgramme(as(null), programmeId)).figures).toEqual({ pool: 10_000_000, committed: 1_740_000, paidOut: 1_740_000, left: 8_260_000 });

		// Every official step is in the audit log.
		const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, id))).map((r) => r.action);
		expect(actions).toEqual(expect.arrayContaining(['initiative.assess', 'initiative.approve', 'initiative.agreement.prepare', 'initiative.agreement.sign', 'initiative.payment', 'initiative.report.return', 'initiative.report.accept']));

		// The register and the open data.
		const rows = await listRegister(as(null), parseRegisterFilter(new URLSearchParams('district=8&climate=true')));
		expect(rows.map((r) => r.id)).toEqual([id]);
		expect(rows[0]).toMatchObject({ number: 'IL/2026/1', status: 'completed', members: 3, paidOut: 1_740_000, score: { total: 57, max: 80 }, climate: true });
		expect(await listRegister(as(null), parseRegisterFilter(new URLSearchParams('theme=culture')))).toEqual([]);
		expect(() => parseRegisterFilter(new URLSearchParams('district=19&theme=lava&status=draft'))).toThrow(expect.objectContaining({ status: 400, fields: { district: 'initiatives_filter_district', theme: 'initiatives_filter_theme', status: 'initiatives_filter_status' } }));
		const api = await publicApplication(as(null), id);
		expect(api).toMatchObject({ number: 'IL/2026/1', groupSize: 3, requestedAmount: 18500, approvedAmount: 18500, paidOut: 17400, contribution: { workHours: 150, workValue: 4710, goodsValue: 1500, money: 800.5 } });
		expect(JSON.stringify(api)).not.toContain('Celina');
		expect(csvRow(rows[0])).toContain('IL/2026/1');
		const programmes = await publicProgrammes(as(null));
		expect(programmes.find((p) => p.id === programmeId)).toMatchObject({ workHourRate: 31.4, pool: { amount: 100000, committed: 17400, paidOut: 17400, left: 82600 }, scoreMax: 80 });
	});

	it('withdrawing gives the money back; officials see their waiting work; personal data go with the account', async () => {
		const id = await startApplication(as(anna), programmeId, { title: 'Łąka kwietna przy szkole', description: 'Zamiast trawnika łąka z rodzimych gatunków i hotele dla owadów.', theme: 'trees_greenery' });
		await saveApplicationStep(as(anna), id, 'place', { lat: '50.0125', lng: '19.9515', placeDescription: 'Trawnik przy szkole' });
		await saveApplicationStep(as(anna), id, 'when', { startsOn: day(20), endsOn: day(60) });
		await addMember(as(anna), id, { fullName: 'Danuta Krawczyk' });
		await addMember(as(anna), id, { fullName: 'Michał Sobczak' });
		await saveApplicationStep(as(anna), id, 'contribution', { workHours: '60', workDescription: 'Siew i budowa hoteli dla owadów.' });
		await saveApplicationStep(as(anna), id, 'request', { requestedAmount: '9 000', cityTasks: 'Przygotowanie gleby i nasiona.' });
		await submitApplication(as(anna), id, { declaration: 'yes' });
		const [mine] = (await myApplications(as(anna))).filter((r) => r.application.id === id);
		expect(mine.application.number).toBe('IL/2026/2');
		const managed = await listManagedProgrammes(as(official));
		expect(managed.find((p) => p.process.id === programmeId)!.work).toEqual({ toAssess: 1, agreementsToPrepare: 0, agreementsToSign: 0, reportsToReview: 0 });
		expect((await listManagedProgrammes(as(other))).find((p) => p.process.id === programmeId)).toBeUndefined();
		await expect(listManagedProgrammes(as(anna))).rejects.toMatchObject({ status: 403 });
		const criteria = await criteriaOf(t.db, programmeId);
		await saveAssessment(as(official), id, { scores: Object.fromEntries(criteria.map((c) => [c.id, { score: '8', justification: 'Dobrze przygotowany wniosek.' }])) });
		await decide(as(official), id, { decision: 'approve', justification: 'Spełnia kryteria uchwały.' });
		expect((await listManagedProgrammes(as(official))).find((p) => p.process.id === programmeId)!.work).toMatchObject({ toAssess: 0, agreementsToPrepare: 1 });
		const left = (await getProgramme(as(null), programmeId)).figures.left;
		await expect(withdrawApplication(as(stranger), id)).rejects.toMatchObject({ status: 403 });
		expect(await withdrawApplication(as(anna), id)).toBe('withdrawn');
		expect((await getProgramme(as(null), programmeId)).figures.left).toBe(left + 900_000);

		// A draft of one's own is deleted with the account; names leave the groups.
		const draft = await startApplication(as(anna), programmeId, { title: 'Szkic do usunięcia', description: 'Szkic, który zniknie razem z kontem autorki.', theme: 'culture' });
		const exported = (await initiativesModule.personalData!.export(t.db, anna.id)) as { groups: { applicationId: string }[] };
		expect(exported.groups.map((g) => g.applicationId)).toEqual(expect.arrayContaining([id, draft]));
		await initiativesModule.personalData!.erase(t.db, anna.id);
		expect(await t.db.select().from(initiativeApplication).where(eq(initiativeApplication.id, draft))).toHaveLength(0);
		const left2 = await t.db.select().from(initiativeMember).where(eq(initiativeMember.applicationId, id));
		expect(left2.map((m) => m.fullName).sort()).toEqual(['Danuta Krawczyk', 'Michał Sobczak', '—']);
		expect(left2.every((m) => m.userId === null)).toBe(true);
	});

	it('two approvals cannot both take the last money of the pool', async () => {
		const small = await createProgramme(as(official), { title: 'Mała pula testowa', description: 'Pula na dwa wnioski, wystarczy na jeden.', year: '2026', poolAmount: '10 000', workHourRate: '30', minMembers: '1', minScorePercent: '0', opensOn: day(-1), closesOn: day(30) });
		await setCriteria(as(official), small.id, { criteria: [{ name: 'Wkład własny', maxScore: '10', weight: '1' }] });
		const [criterion] = await criteriaOf(t.db, small.id);
		const ids: string[] = [];
		for (const who of [anna, ben]) {
			const id = await startApplication(as(who), small.id, { title: 'Wniosek wyścigowy', description: 'Każdy z dwóch wniosków prosi o 6 000 zł z puli 10 000 zł.', theme: 'energy' });
			await saveApplicationStep(as(who), id, 'place', { lat: '50.06', lng: '19.94', placeDescription: 'Rynek' });
			await saveApplicationStep(as(who), id, 'when', { startsOn: day(5), endsOn: day(9) });
			await saveApplicationStep(as(who), id, 'contribution', { workHours: '10', workDescription: 'Praca społeczna grupy.' });
			await saveApplicationStep(as(who), id, 'request', { requestedAmount: '6 000', cityTasks: 'Zakup materiałów.' });
			await submitApplication(as(who), id, { declaration: 'yes' });
			await saveAssessment(as(official), id, { scores: { [criterion.id]: { score: '5', justification: 'Ocena testowa kryterium.' } } });
			ids.push(id);
		}
		const results = await Promise.allSettled(ids.map((id) => decide(as(official), id, { decision: 'approve', justification: 'Spełnia kryteria uchwały.' })));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 409, message: 'initiatives_pool_exhausted' } });
		expect((await getProgramme(as(null), small.id)).figures).toMatchObject({ committed: 600_000, left: 400_000 });
	});
});
