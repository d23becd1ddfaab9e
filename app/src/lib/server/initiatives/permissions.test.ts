/**
 * The local initiative's permission rules: first the plain rules for every kind of person, then
 * every state change of the services run by each of them on a real database. A refused action
 * fails with the right status and changes nothing; an allowed one changes what it should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor, ServiceContext } from '../core/context';
import { initiativeRules, type ApplicantSide } from './permissions';
import { createProgramme, setCriteria, updateProgrammeRules } from './programme.service';
import { addMember, saveApplicationStep, startApplication, submitApplication, withdrawApplication } from './application.service';
import { decide, saveAssessment } from './assessment.service';
import { acceptAgreement, prepareAgreement, signAgreement } from './agreement.service';
import { addProgressUpdate, recordPayment } from './progress.service';
import { reviewReport, submitReport } from './report.service';
import { getApplication } from './view.service';
import { criteriaOf, warsawDay } from './common';
import { DEMO_CRITERIA } from './seed';

const actor = (id: string, role: NonNullable<Actor>['role'], emailVerified = true): Actor => ({ id, role, emailVerified });
const member = actor('m', 'resident');
const representative = actor('r', 'resident');
const side: ApplicantSide = { memberIds: ['m'], representativeIds: ['r'] };
const assigned = actor('o', 'official');
const notAssigned = actor('x', 'official');
const admin = actor('a', 'admin');
const resident = actor('z', 'resident');
const moderator = actor('d', 'moderator');

describe('local initiative rules (pure)', () => {
	const people: [string, Actor][] = [
		['applicant group member', member],
		['organisation representative', representative],
		['official assigned', assigned],
		['official not assigned', notAssigned],
		['admin', admin],
		['resident', resident],
		['moderator', moderator],
		['anonymous', null]
	];
	const officials = ['o'];
	const expected: Record<string, Record<string, boolean>> = {
		'applicant group member': { createProgramme: false, manage: false, apply: true, actForApplication: true, readPrivate: true },
		'organisation representative': { createProgramme: false, manage: false, apply: true, actForApplication: true, readPrivate: true },
		'official assigned': { createProgramme: true, manage: true, apply: true, actForApplication: false, readPrivate: true },
		'official not assigned': { createProgramme: true, manage: false, apply: true, actForApplication: false, readPrivate: false },
		admin: { createProgramme: true, manage: true, apply: true, actForApplication: false, readPrivate: true },
		resident: { createProgramme: false, manage: false, apply: true, actForApplication: false, readPrivate: false },
		moderator: { createProgramme: false, manage: false, apply: true, actForApplication: false, readPrivate: false },
		anonymous: { createProgramme: false, manage: false, apply: false, actForApplication: false, readPrivate: false }
	};
	it.each(people)('%s', (who, a) => {
		expect({
			createProgramme: initiativeRules.createProgramme(a),
			manage: initiativeRules.manage(a, officials),
			apply: initiativeRules.apply(a),
			actForApplication: initiativeRules.actForApplication(a, side),
			readPrivate: initiativeRules.readPrivate(a, side, officials)
		}).toEqual(expected[who]);
	});
	it('a member or representative with an unconfirmed e-mail can neither apply nor act for the group', () => {
		for (const a of [actor('m', 'resident', false), actor('r', 'resident', false)]) {
			expect(initiativeRules.apply(a)).toBe(false);
			expect(initiativeRules.actForApplication(a, side)).toBe(false);
		}
	});
});

const WHO = ['anonymous', 'resident with an unconfirmed e-mail', 'resident', 'applicant group member', 'official assigned to the programme', 'official not assigned', 'admin'] as const;
type Who = (typeof WHO)[number];
const OFFICIALS: Who[] = ['official assigned to the programme', 'official not assigned', 'admin'];
const RUNS_IT: Who[] = ['official assigned to the programme', 'admin'];
const GROUP: Who[] = ['applicant group member'];
const VERIFIED: Who[] = ['resident', 'applicant group member', 'official assigned to the programme', 'official not assigned', 'admin'];

type Stage = 'none' | 'draft' | 'submitted' | 'assessed' | 'approved' | 'prepared' | 'accepted' | 'in_progress' | 'reported';

interface Fixture {
	programmeId: string;
	/** A second programme whose rules and criteria the rule-changing actions change. */
	spareId: string;
	applicationId: string;
	criteria: string[];
}

let counter = 0;

interface Action {
	name: string;
	allowed: readonly Who[];
	stage: Stage;
	/** The status refused people get (anonymous visitors: 401 unless said otherwise). */
	denied?: 403 | 404;
	run: (ctx: ServiceContext, f: Fixture) => Promise<unknown>;
	/** Reads only: everyone may share one application. */
	readOnly?: boolean;
}

const today = warsawDay(new Date());
const later = (d: number) => warsawDay(new Date(Date.now() + d * 86_400_000));

const ACTIONS: Action[] = [
	{ name: 'open a programme', allowed: OFFICIALS, stage: 'none', run: (c) => createProgramme(c, { title: 'Program testowy', description: 'Program do testu uprawnień.', year: '2026', poolAmount: '1 000', workHourRate: '30', minMembers: '1', minScorePercent: '0', opensOn: today, closesOn: later(30) }) },
	{ name: 'change the year’s rules', allowed: RUNS_IT, stage: 'none', run: (c, f) => updateProgrammeRules(c, f.spareId, { poolAmount: String(2_000_000 + ++counter), workHourRate: '31', minMembers: '1', minScorePercent: '0', opensOn: today, closesOn: later(60) }) },
	{ name: 'publish the criteria', allowed: RUNS_IT, stage: 'none', run: (c, f) => setCriteria(c, f.spareId, { criteria: DEMO_CRITERIA }) },
	{ name: 'start an application', allowed: VERIFIED, stage: 'none', run: (c, f) => startApplication(c, f.programmeId, { title: 'Nowy wniosek grupy', description: 'Opis nowego wniosku grupy sąsiadów.', theme: 'energy' }) },
	{ name: 'edit a draft', allowed: GROUP, stage: 'draft', denied: 404, run: (c, f) => saveApplicationStep(c, f.applicationId, 'what', { title: 'Zmieniony tytuł', description: 'Zmieniony opis wniosku grupy.', theme: 'mobility' }) },
	{ name: 'add a person to the group', allowed: GROUP, stage: 'draft', denied: 404, run: (c, f) => addMember(c, f.applicationId, { fullName: 'Nowa Osoba' }) },
	{ name: 'submit', allowed: GROUP, stage: 'draft', denied: 404, run: (c, f) => submitApplication(c, f.applicationId, { declaration: 'yes' }) },
	{ name: 'withdraw', allowed: GROUP, stage: 'submitted', denied: 403, run: (c, f) => withdrawApplication(c, f.applicationId) },
	{ name: 'assess', allowed: RUNS_IT, stage: 'submitted', denied: 403, run: (c, f) => saveAssessment(c, f.applicationId, { scores: { [f.criteria[0]]: { score: '5', justification: 'Ocena kryterium w teście.' } } }) },
	{ name: 'decide', allowed: RUNS_IT, stage: 'assessed', denied: 403, run: (c, f) => decide(c, f.applicationId, { decision: 'approve', justification: 'Spełnia kryteria uchwały.' }) },
	{ name: 'prepare the agreement', allowed: RUNS_IT, stage: 'approved', denied: 403, run: (c, f) => prepareAgreement(c, f.applicationId, agreementInput) },
	{ name: 'accept the agreement', allowed: GROUP, stage: 'prepared', denied: 403, run: (c, f) => acceptAgreement(c, f.applicationId) },
	{ name: 'sign the agreement', allowed: RUNS_IT, stage: 'accepted', denied: 403, run: (c, f) => signAgreement(c, f.applicationId) },
	{ name: 'post a progress update', allowed: [...GROUP, ...RUNS_IT], stage: 'in_progress', denied: 403, run: (c, f) => addProgressUpdate(c, f.applicationId, { body: 'Postęp prac w teście uprawnień.' }) },
	{ name: 'record a payment', allowed: RUNS_IT, stage: 'in_progress', denied: 403, run: (c, f) => recordPayment(c, f.applicationId, { amount: '100', description: 'Faktura testowa', paidOn: today }) },
	{ name: 'send the final report', allowed: GROUP, stage: 'in_progress', denied: 403, run: (c, f) => submitReport(c, f.applicationId, reportInput) },
	{ name: 'review the final report', allowed: RUNS_IT, stage: 'reported', denied: 403, run: (c, f) => reviewReport(c, f.applicationId, { verdict: 'accept' }) },
	{ name: 'read the group’s names', allowed: [...GROUP, ...RUNS_IT], stage: 'submitted', denied: 403, readOnly: true, run: async (c, f) => { if (!(await getApplication(c, f.applicationId)).members) throw Object.assign(new Error('no names'), { status: 403 }); } }
];

const agreementInput = { startsOn: later(10), endsOn: later(40), cityTasks: 'Zakup materiałów przez miasto.', groupTasks: 'Praca społeczna grupy sąsiadów.', workHours: '10', goodsValue: '0', moneyAmount: '0', cityAmount: '500' };
const reportInput = { summary: 'Zadanie wykonane zgodnie z umową, efekt widoczny.', participants: '5', workHoursDelivered: '10', goodsValueDelivered: '0', moneyDelivered: '0' };

describe.each(backends)('local initiative permissions on %s', (kind) => {
	let t: TestDatabase;
	let people: Record<Who, Actor>;
	let programmeId: string;
	let spareId: string;
	let criteria: string[];
	const as = (who: Who) => t.ctx(people[who]);

	beforeAll(async () => {
		t = await openTestDatabase(kind);
		const official = await t.user('official', 'Urzędniczka');
		people = {
			anonymous: null,
			'resident with an unconfirmed e-mail': { ...(await t.user('resident')), emailVerified: false },
			resident: await t.user('resident'),
			'applicant group member': await t.user('resident', 'Członkini Grupy'),
			'official assigned to the programme': official,
			'official not assigned': await t.user('official'),
			admin: await t.user('admin')
		};
		programmeId = (await createProgramme(t.ctx(official), { title: 'Inicjatywa lokalna — uprawnienia', description: 'Program do testu uprawnień.', year: '2026', poolAmount: '1 000 000', workHourRate: '30', minMembers: '1', minScorePercent: '0', opensOn: today, closesOn: later(90) })).id;
		await setCriteria(t.ctx(official), programmeId, { criteria: [{ name: 'Wkład własny', maxScore: '10', weight: '1' }, { name: 'Korzyść społeczna', maxScore: '10', weight: '1' }] });
		criteria = (await criteriaOf(t.db, programmeId)).map((c) => c.id);
		spareId = (await createProgramme(t.ctx(official), { title: 'Drugi program — uprawnienia', description: 'Program, którego zasady zmieniamy w teście.', year: '2026', poolAmount: '1 000 000', workHourRate: '30', minMembers: '1', minScorePercent: '0', opensOn: today, closesOn: later(90) })).id;
	});
	afterAll(() => t?.drop());

	/** A fresh application of the group member, brought to the stage the action needs. */
	async function application(stage: Stage): Promise<string> {
		if (stage === 'none') return '';
		const g = as('applicant group member');
		const o = as('official assigned to the programme');
		const id = await startApplication(g, programmeId, { title: 'Wniosek do testu uprawnień', description: 'Wniosek grupy sąsiadów do testu uprawnień.', theme: 'trees_greenery' });
		await saveApplicationStep(g, id, 'place', { lat: '50.06', lng: '19.94', placeDescription: 'Rynek Główny' });
		await saveApplicationStep(g, id, 'when', { startsOn: later(10), endsOn: later(40) });
		await saveApplicationStep(g, id, 'contribution', { workHours: '10', workDescription: 'Praca społeczna grupy.' });
		await saveApplicationStep(g, id, 'request', { requestedAmount: '500', cityTasks: 'Zakup materiałów przez miasto.' });
		if (stage === 'draft') return id;
		await submitApplication(g, id, { declaration: 'yes' });
		if (stage === 'submitted') return id;
		await saveAssessment(o, id, { scores: Object.fromEntries(criteria.map((c) => [c, { score: '6', justification: 'Ocena kryterium w teście.' }])) });
		if (stage === 'assessed') return id;
		await decide(o, id, { decision: 'approve', justification: 'Spełnia kryteria uchwały.' });
		if (stage === 'approved') return id;
		await prepareAgreement(o, id, agreementInput);
		if (stage === 'prepared') return id;
		await acceptAgreement(g, id);
		if (stage === 'accepted') return id;
		await signAgreement(o, id);
		if (stage === 'in_progress') return id;
		await submitReport(g, id, reportInput);
		return id;
	}

	/** Everything an action could change about the programmes and the application, in one query
	 * (PostgreSQL 15 functions only). */
	async function state(applicationId: string) {
		const r = await t.db.execute(sql`select
			(select count(*) from initiative_programme) as programmes,
			(select row_to_json(p) from initiative_programme p where process_id = ${spareId}) as spare,
			(select json_agg(id order by id) from initiative_criterion where process_id = ${spareId}) as spare_criteria,
			(select count(*) from initiative_application) as applications,
			(select row_to_json(a) from initiative_application a where id = ${applicationId}) as application,
			(select count(*) from initiative_member where application_id = ${applicationId}) as members,
			(select count(*) from initiative_assessment where application_id = ${applicationId}) as assessments,
			(select row_to_json(g) from initiative_agreement g where application_id = ${applicationId}) as agreement,
			(select count(*) from initiative_payment where application_id = ${applicationId}) as payments,
			(select count(*) from initiative_update where application_id = ${applicationId}) as updates,
			(select row_to_json(r) from initiative_report r where application_id = ${applicationId}) as report`);
		return JSON.stringify((r as unknown as { rows: unknown[] }).rows[0]);
	}

	for (const action of ACTIONS) {
		describe(action.name, () => {
			// A refused action changes nothing, so the refused people share one application; each
			// allowed person gets a fresh one.
			let shared: Promise<string> | undefined;
			it.each(WHO.map((w) => [w, action.allowed.includes(w)] as const))('%s: allowed = %s', async (who, allowed) => {
				const applicationId = allowed && !action.readOnly ? await application(action.stage) : await (shared ??= application(action.stage));
				const fixture: Fixture = { programmeId, spareId, applicationId, criteria };
				const beforeState = await state(applicationId);
				if (allowed) {
					await action.run(as(who), fixture);
					if (!action.readOnly) expect(await state(applicationId)).not.toEqual(beforeState);
				} else {
					const status = who === 'anonymous' && !action.readOnly ? 401 : who === 'resident with an unconfirmed e-mail' && action.denied === 404 ? 404 : (action.denied ?? 403);
					await expect(action.run(as(who), fixture)).rejects.toMatchObject({ status });
					expect(await state(applicationId)).toEqual(beforeState);
				}
			});
		});
	}
});
