import { and, eq, like } from 'drizzle-orm';
import type { SeedEnv } from '../modules';
import type { ServiceContext } from '../core/context';
import { newId } from '../core/ids';
import { createPartnerOrganisation } from '../organisations/organisation.service';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';
import { createMeeting, registerForMeeting } from '../meetings/service';
import { consultation, mapPin, partner, partnerSession, surveyAnswer, surveyResponse } from './schema';
import { saveConsultationSettings, publishReport } from './consultation.service';
import { addQuestion, submitSurveyResponse, listQuestions } from './survey.service';
import { addParagraph, addPin, authorisePartner, commentOnParagraph, recordPartnerSession, supportComment } from './participation.service';
import { answerSubmission, answerTheme, assignTheme, createTheme, allSubmissions } from './answers.service';

const DAY = 86_400_000;

/** Demo: the Climate Adaptation Plan consultation (survey, document, pins, two meetings, a
 * partner session at a Senior Activity Centre, themes) and the finished Clean Transport Zone
 * consultation with its report. */
export async function seedConsultations(env: SeedEnv): Promise<void> {
	const { db, now } = env;
	const t = (d: number) => new Date(now.getTime() + d * DAY);
	const [plan] = await db.select().from(process).where(and(eq(process.mechanism, 'consultation'), like(process.title, 'Plan adaptacji Krakowa%')));
	if (!plan) return;
	const official = env.as.official;
	const [anna, piotr, olena] = env.as.residents;
	const at = (ctx: ServiceContext, d: number): ServiceContext => ({ ...ctx, now: () => t(d) });

	await saveConsultationSettings(official, plan.id, {
		targetDistricts: ['1', '2', '13', '18'],
		targetAgeBands: ['60_74', '75_plus', '18_29'],
		targetStakeholders: ['residents', 'seniors', 'schools', 'housing', 'ngos'],
		forms: ['survey', 'document', 'map', 'meetings', 'partners'],
		infoStartsAt: t(-14).toISOString(),
		startsAt: t(-3).toISOString(),
		endsAt: t(25).toISOString(),
		reportDueAt: t(55).toISOString(),
		surveyAnonymous: false,
		surveyIntro: 'Ankieta zajmie około 5 minut. Odpowiedzi są podpisane (jedna na osobę), ale w raporcie publikujemy je bez nazwisk.'
	});
	const q1 = await addQuestion(official, plan.id, { kind: 'single', prompt: 'Jak często latem odczuwasz uciążliwy upał w swojej okolicy?', options: 'Codziennie\nKilka razy w tygodniu\nRzadko\nNigdy', required: 'on' });
	await addQuestion(official, plan.id, { kind: 'multiple', prompt: 'Które działania są dla Ciebie najważniejsze?', hint: 'Zaznacz wszystkie pasujące.', options: 'Więcej drzew\nOgrody deszczowe\nKurtyny wodne i poidełka\nZielone dachy\nZacienione przystanki', required: 'on' });
	await addQuestion(official, plan.id, { kind: 'short_text', prompt: 'Gdzie najbardziej brakuje cienia?', conditionQuestionId: q1, conditionValue: 'Codziennie' });
	await addQuestion(official, plan.id, { kind: 'scale', prompt: 'Jak oceniasz dostęp do terenów zielonych blisko domu?', hint: '1 — bardzo źle, 5 — bardzo dobrze', scaleMin: '1', scaleMax: '5', required: 'on' });
	await addQuestion(official, plan.id, { kind: 'ranking', prompt: 'Uszereguj priorytety od najważniejszego', options: 'Upał\nUlewy i podtopienia\nSusza' });
	await addQuestion(official, plan.id, { kind: 'matrix', prompt: 'Jak oceniasz te miejsca latem?', options: 'Dobrze\nŚrednio\nŹle', rows: 'Przystanki\nPlace zabaw\nSzkoły' });
	await addQuestion(official, plan.id, { kind: 'map_point', prompt: 'Wskaż miejsce, które latem najbardziej się nagrzewa' });
	await addQuestion(official, plan.id, { kind: 'long_text', prompt: 'Co jeszcze chcesz nam powiedzieć?' });

	const paras = [
		{ heading: '1. Cel planu', body: 'Plan adaptacji ma ograniczyć skutki fal upałów, ulew i susz dla mieszkańców Krakowa, szczególnie dla osób starszych, dzieci i osób z chorobami przewlekłymi.' },
		{ heading: '2. Wyspy ciepła', body: 'Do 2030 roku miasto posadzi co najmniej 20 000 drzew w miejscach, gdzie temperatura powierzchni latem jest najwyższa, w pierwszej kolejności przy szkołach, przychodniach i przystankach.' },
		{ heading: '3. Retencja wody opadowej', body: 'Każda nowa inwestycja miejska zatrzyma wodę opadową na miejscu: ogrody deszczowe, niecki, zbiorniki i przepuszczalne nawierzchnie zamiast betonu.' },
		{ heading: '4. Zieleń i błękitna infrastruktura', body: 'Miasto połączy parki, doliny rzek i skwery w sieć zielonych korytarzy oraz odtworzy małe cieki wodne tam, gdzie to możliwe.' }
	];
	const paraIds: string[] = [];
	for (const p of paras) paraIds.push(await addParagraph(official, plan.id, p));

	const cmt1 = await commentOnParagraph(anna, paraIds[1], { body: 'Proszę zacząć od przystanków na Zabłociu — latem nie da się tam stać w słońcu.' });
	const cmt2 = await commentOnParagraph(olena, paraIds[2], { body: 'Ogrody deszczowe przy blokach na Grzegórzkach byłyby świetne, mieszkańcy chętnie pomogą.' });
	await supportComment(piotr, cmt1);
	await supportComment(olena, cmt1);

	const pin1 = await addPin(anna, plan.id, { topic: 'heat', lat: '50.0475', lon: '19.9600', body: 'Rozgrzany plac bez drzew przy ul. Lipowej.' });
	await addPin(piotr, plan.id, { topic: 'greenery_water', lat: '50.0717', lon: '20.0378', body: 'Po każdej ulewie zalane przejście podziemne.' });
	await addPin(olena, plan.id, { topic: 'heat', lat: '50.0645', lon: '19.9597', body: 'Brak cienia na przystanku Rondo Grzegórzeckie.' });

	const mtg1 = await createMeeting(official, { processId: plan.id, title: 'Warsztaty: zielone podwórka i ogrody deszczowe', description: 'Otwarte warsztaty z projektantami zieleni miejskiej. Przynieś zdjęcia swojego podwórka.', format: 'in_person', place: 'Centrum Obywatelskie, ul. Reymonta 20, Kraków', districtId: '5', startsAt: t(7).toISOString(), endsAt: new Date(t(7).getTime() + 2 * 3_600_000).toISOString(), capacity: '30' });
	await createMeeting(official, { processId: plan.id, title: 'Spotkanie online: upały w mieście — pytania i odpowiedzi', description: 'Spotkanie z zespołem przygotowującym plan adaptacji. Pytania można zadawać na czacie.', format: 'online', link: 'https://meet.jit.si/decydujemy-plan-adaptacji', startsAt: t(12).toISOString(), endsAt: new Date(t(12).getTime() + 90 * 60_000).toISOString(), capacity: '' });
	await registerForMeeting(anna, mtg1);
	await registerForMeeting(olena, mtg1);

	const [piotrUser] = await db.select({ email: user.email }).from(user).where(eq(user.id, piotr.actor!.id));
	const partnerId = await authorisePartner(official, plan.id, { name: 'Centrum Aktywności Seniorów — Podgórze', kind: 'senior_centre', email: piotrUser.email });
	const sessionId = await recordPartnerSession(piotr, plan.id, { partnerId, title: 'Rozmowa o upałach w Klubie Seniora', heldAt: t(-1).toISOString(), districtId: '13', ageBand: '60_74', participants: '18', notes: 'Seniorzy prosili o ławki w cieniu, poidełka przy przychodniach i dłuższe otwarcie klimatyzowanych bibliotek w czasie fal upałów.' });

	for (const [ctx, choice] of [[anna, 'Codziennie'], [olena, 'Kilka razy w tygodniu']] as const) {
		const qs = await listQuestions(db, plan.id);
		const raw: Record<string, unknown> = {};
		for (const q of qs) {
			if (q.kind === 'single') raw[q.id] = choice;
			if (q.kind === 'multiple') raw[q.id] = ['Więcej drzew', 'Ogrody deszczowe'];
			if (q.kind === 'scale') raw[q.id] = ctx === anna ? '2' : '4';
			if (q.kind === 'short_text' && choice === 'Codziennie') raw[q.id] = 'Zabłocie, ul. Lipowa';
		}
		await submitSurveyResponse(ctx, plan.id, raw);
	}

	const heat = await createTheme(official, plan.id, { title: 'Cień na przystankach i placach' });
	await createTheme(official, plan.id, { title: 'Woda opadowa przy blokach' });
	await assignTheme(official, plan.id, { kind: 'comment', submissionId: cmt1, themeId: heat });
	await assignTheme(official, plan.id, { kind: 'pin', submissionId: pin1, themeId: heat });
	await assignTheme(official, plan.id, { kind: 'session', submissionId: sessionId, themeId: heat });
	await answerSubmission(official, plan.id, { kind: 'comment', submissionId: cmt2, status: 'partly', reason: 'Ogrody deszczowe przy blokach komunalnych wpisujemy do planu; przy blokach spółdzielczych potrzebna jest zgoda zarządców.' });

	// The finished consultation with its report.
	const [done] = await db.select().from(process).where(and(eq(process.mechanism, 'consultation'), like(process.title, 'Strefa Czystego Transportu%')));
	if (done) {
		await db.insert(consultation).values({ processId: done.id, targetDistricts: [1, 2, 3], targetAgeBands: ['30_44', '45_59'], targetStakeholders: ['residents', 'businesses'], forms: ['survey', 'map', 'meetings', 'partners'], infoStartsAt: t(-410), startsAt: t(-400), endsAt: t(-360), reportDueAt: t(-330) }).onConflictDoNothing();
		const doneAt = (ctx: ServiceContext) => at(ctx, -380);
		void doneAt;
		// Past contributions are written directly: the consultation is closed to new ones.
		const q = await addQuestion(official, done.id, { kind: 'single', prompt: 'Czy popierasz wprowadzenie Strefy Czystego Transportu?', options: 'Tak\nRaczej tak\nRaczej nie\nNie', required: 'on' });
		const votes: [number, string][] = [[1, 'Tak'], [2, 'Raczej tak'], [3, 'Nie'], [1, 'Tak'], [12, 'Raczej nie'], [13, 'Tak']];
		for (const [i, [districtId, value]] of votes.entries()) {
			const id = newId();
			await db.insert(surveyResponse).values({ id, processId: done.id, districtId, ageBand: i % 2 ? '30_44' : '45_59', receipt: `DEMO${i}`, createdAt: t(-390 + i) });
			await db.insert(surveyAnswer).values({ responseId: id, questionId: q, value });
		}
		const pinId = newId();
		await db.insert(mapPin).values({ id: pinId, processId: done.id, authorId: anna.actor!.id, topic: 'air', lat: 50.0619, lon: 19.9369, districtId: 1, body: 'Dostawy do sklepów na Starym Mieście rano — potrzebny wyjątek dla elektrycznych dostawczaków.', createdAt: t(-385) });
		const pId = newId();
		// Partners are organisations of the register (this one has no account on the platform).
		const organisationId = await createPartnerOrganisation(db, official, { name: 'Stowarzyszenie Kupców Krakowskich', kind: 'other_ngo', adminUserId: null });
		await db.insert(partner).values({ id: pId, processId: done.id, name: 'Stowarzyszenie Kupców Krakowskich', kind: 'ngo', representativeId: null, organisationId, createdAt: t(-400) });
		await db.insert(partnerSession).values({ id: newId(), processId: done.id, partnerId: pId, title: 'Spotkanie z kupcami Starego Miasta', heldAt: t(-380), districtId: 1, ageBand: '45_59', participants: 25, notes: 'Kupcy poparli strefę pod warunkiem okresu przejściowego dla dostaw.', createdAt: t(-379) });
		const th = await createTheme(official, done.id, { title: 'Okres przejściowy dla dostaw' });
		for (const s of await allSubmissions(db, done.id)) await assignTheme(official, done.id, { kind: s.kind, submissionId: s.id, themeId: th });
		await answerTheme(official, done.id, th, { status: 'accepted', reason: 'Uchwała wprowadza dwuletni okres przejściowy dla dostaw pojazdami spełniającymi normę Euro 4.' });
		await publishReport(official, done.id, { decision: 'Rada Miasta przyjęła uchwałę o Strefie Czystego Transportu z łagodniejszym harmonogramem dla mieszkańców i okresem przejściowym dla dostaw. Uwagi, których nie uwzględniono, opisujemy w odpowiedziach na tematy.' });
	}
	env.log('Seeded consultations (Climate Adaptation Plan with survey, document, map, meetings, partner session; Clean Transport Zone report).');
}
