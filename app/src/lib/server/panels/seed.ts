import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { SeedEnv } from '../modules';
import type { Db } from '../db/client';
import { newId } from '../core/ids';
import { process } from '../processes/schema';
import { district } from '../districts/schema';
import { parseCsv } from './recruitment.service';
import { attachPanel, censusShares, createPanel, setQuotas } from './setup.service';
import { importAddresses, drawLetters, letterOrder } from './recruitment.service';
import { addMaterial } from './deliberation.service';
import { addSession } from './sessions.service';
import {
	panel,
	panelAssessment,
	panelDraw,
	panelRecommendation,
	panelResponse,
	panelRevision,
	panelSubmission,
	panelUpdate,
	panelVolunteer,
	panelVoteRound
} from './schema';

/** The panel module's data folder, from the source tree or beside the built server. */
export function panelsDataDir(): string {
	const candidates = [
		join(dirname(fileURLToPath(import.meta.url)), 'data'),
		globalThis.process.env.DISTRICTS_DATA_DIR ? join(globalThis.process.env.DISTRICTS_DATA_DIR, '../../panels/data') : undefined,
		join(globalThis.process.cwd(), 'src/lib/server/panels/data'),
		join(globalThis.process.cwd(), 'app/src/lib/server/panels/data')
	].filter((p): p is string => !!p);
	for (const c of candidates) if (existsSync(join(c, 'SOURCES.md'))) return c;
	throw new Error(`Panel demo data not found (looked in ${candidates.join(', ')})`);
}

const AGE_LABELS: Record<string, string> = { '18-24': '18–24 lata', '25-39': '25–39 lat', '40-54': '40–54 lata', '55-69': '55–69 lat', '70+': '70 lat i więcej' };
const EDU_LABELS: Record<string, string> = { 'podstawowe/gimn': 'podstawowe lub gimnazjalne', zasadnicze: 'zasadnicze zawodowe', srednie: 'średnie', wyzsze: 'wyższe' };

const day = 86_400_000;

/** Demo: the 2027 climate panel in recruitment with the SYNTHETIC krakow_like_60 pool (564
 * volunteers, no draw yet: LEXIMIN is not run during the seed), and a finished 2021-style panel
 * with a small precomputed draw and recommendations in various states of implementation. */
export async function seedPanels(env: SeedEnv): Promise<void> {
	const { db, as, now, log } = env;
	const official = as.official;
	const dir = panelsDataDir();

	// 1. Krakowski Panel Klimatyczny 2027 (made by the platform seed): recruitment, synthetic pool.
	const [proc] = await db.select().from(process).where(and(eq(process.mechanism, 'panel'), eq(process.title, 'Krakowski Panel Klimatyczny 2027')));
	let processId: string;
	if (proc) {
		processId = proc.id;
		await attachPanel(official, processId, { question: 'Jak Kraków może szybciej ograniczać emisje w transporcie?', size: 60, reserves: 20, openRegistration: false, thresholdPct: 80, challengeWindowDays: 30 }, { synthetic: true });
	} else {
		processId = (await createPanel(official, { title: 'Krakowski Panel Klimatyczny 2027', description: 'Sześćdziesiąt osób wylosowanych spośród mieszkańców.', question: 'Jak Kraków może szybciej ograniczać emisje w transporcie?', size: 60, reserves: 20 }, { synthetic: true })).id;
	}
	const cats = parseCsv(readFileSync(join(dir, 'categories.csv'), 'utf8')).slice(1);
	const districtNames = new Map((await db.select({ id: district.id, roman: district.roman, name: district.name }).from(district)).map((r) => [`D${String(r.id).padStart(2, '0')}`, `${r.roman}. ${r.name}`]));
	// Shares from the residents data (district × sex) where it exists; the quotas are the file's.
	const census = new Map<string, number>([...(await censusShares(db, 'gender')).map((c) => [`gender:${c.value}`, c.share] as const), ...(await censusShares(db, 'district')).map((c) => [`district:${c.value}`, c.share] as const)]);
	await setQuotas(
		official,
		processId,
		cats.map(([feature, value, min, max]) => ({
			feature: feature === 'gender' ? 'gender' : feature,
			value,
			label: feature === 'gender' ? (value === 'K' ? 'Kobieta' : 'Mężczyzna') : feature === 'age' ? (AGE_LABELS[value] ?? value) : feature === 'education' ? (EDU_LABELS[value] ?? value) : (districtNames.get(value) ?? value),
			share: census.get(`${feature}:${value}`) ?? null,
			shareSource: census.has(`${feature}:${value}`) ? 'census' : 'manual',
			min: Number(min),
			max: Number(max)
		}))
	);
	await db.update(panel).set({ stage: 'recruitment' }).where(eq(panel.processId, processId));
	const rows = parseCsv(readFileSync(join(dir, 'respondents.csv'), 'utf8'));
	const header = rows[0];
	const volunteers = rows.slice(1).map((r, i) => ({
		id: newId(),
		processId,
		answers: Object.fromEntries(header.map((h, j) => [h, r[j]])),
		household: `synthetic-${i}`,
		synthetic: true,
		consentAt: now,
		createdAt: new Date(now.getTime() - (rows.length - i) * 60_000)
	}));
	for (let i = 0; i < volunteers.length; i += 200) await db.insert(panelVolunteer).values(volunteers.slice(i, i + 200));
	// Synthetic household addresses and a letter draw, so that the letters and codes can be tried.
	const csv = 'street,postcode,city,district\n' + Array.from({ length: 300 }, (_, i) => `"ul. Przykładowa ${i + 1} (adres syntetyczny)",30-${String(100 + (i % 800)).padStart(3, '0')},Kraków,${(i % 18) + 1}`).join('\n');
	await importAddresses(official, processId, csv);
	await drawLetters(official, processId, { count: 120, seed: 'demo-2027-losowanie-adresow' });
	log(`Seeded the 2027 climate panel in recruitment with the SYNTHETIC krakow_like_60 pool (${volunteers.length} volunteers).`);

	// 2. A finished 2021-style panel with a precomputed draw and followed-up recommendations.
	await seedFinishedPanel(db, env, dir);
}


async function seedFinishedPanel(db: Db, env: SeedEnv, dir: string) {
	const { as, now, log } = env;
	const official = as.official;
	const t = (d: number) => new Date(now.getTime() + d * day);
	const pre = JSON.parse(readFileSync(join(dir, 'demo_2021_draw.json'), 'utf8')) as {
		rows: string[][];
		features: string[];
		quotas: { feature: string; value: string; min: number; max: number }[];
		seed: string;
		dice: string;
		published: Record<string, unknown> & { panels: string[][]; seedCommitment: string };
		lotteryHash: string;
		index: number;
		panel: number[];
		reserves: number[];
		probabilities: number[];
		lotteryProbabilities: number[];
		minProbability: number;
		exact: boolean;
		maxDeviation: number;
		method: string;
	};
	const { id } = await createPanel(
		official,
		{
			title: 'Panel Klimatyczny — demonstracja w stylu 2021',
			description: 'Przykład zakończonego panelu (dane SYNTETYCZNE): 8 wylosowanych osób, rekomendacje przegłosowane progiem 80% i ich realizacja śledzona przez panel monitorujący.',
			question: 'Jak Miasto Kraków i mieszkańcy mogą ograniczyć zużycie energii i zwiększyć wykorzystanie energii odnawialnej?',
			size: 8,
			reserves: 4
		},
		{ synthetic: true }
	);
	const labels: Record<string, string> = { K: 'Kobieta', M: 'Mężczyzna', '18-39': '18–39 lat', '40-64': '40–64 lata', '65+': '65 lat i więcej', centrum: 'Centrum', północ: 'Północ', południe: 'Południe', wschód: 'Wschód' };
	await setQuotas(official, id, pre.quotas.map((q) => ({ ...q, label: labels[q.value] ?? q.value, share: null, shareSource: 'manual' })));
	const drawnAt = t(-400);
	const members = new Set(pre.panel);
	await db.insert(panelVolunteer).values(
		pre.rows.map((r, i) => ({
			id: newId(),
			processId: id,
			rowIndex: i,
			answers: Object.fromEntries(pre.features.map((f, j) => [f, r[j]])),
			household: null,
			synthetic: true,
			status: members.has(i) ? ('selected' as const) : ('not_selected' as const),
			probability: String(pre.probabilities[i]),
			createdAt: t(-430),
			// The challenge window is long over: the non-selected rows are already anonymised.
			purgedAt: members.has(i) ? null : t(-369)
		}))
	);
	await db.insert(panelDraw).values({
		processId: id,
		status: 'drawn',
		algorithm: 'leximin',
		progress: 'done',
		progressPct: 100,
		pool: { features: pre.features, rows: pre.rows },
		panels: pre.published.panels.map((p) => p.map(Number)),
		probabilities: pre.probabilities,
		report: { published: pre.published, lotteryHash: pre.lotteryHash, lotteryProbabilities: pre.lotteryProbabilities, minProbability: pre.minProbability, exact: pre.exact, maxDeviation: pre.maxDeviation, method: pre.method, m: pre.published.panels.length, algorithm: 'leximin' },
		reserves: pre.reserves,
		seedHash: pre.published.seedCommitment,
		seed: pre.seed,
		dice: pre.dice,
		chosenIndex: pre.index,
		startedAt: t(-402),
		finishedAt: t(-402),
		committedAt: t(-401),
		drawnAt
	});
	// The monitoring panel was drawn from the pool before the purge (letters lottery over the
	// pool rows, published seed), so the scorecard shows a draw anyone can recompute.
	const monitorSeed = 'panel-2021-monitoring: 7 12 19 33 41 48';
	const eligible = pre.rows.map((_, i) => i);
	const monitors = letterOrder(monitorSeed, eligible.length).slice(0, 5).map((i) => eligible[i]!);
	await db.update(panel).set({ stage: 'followup', poolFrozenAt: t(-403), purgedAt: t(-369), monitoringIntervalDays: 90, monitorDraw: { seed: monitorSeed, eligible, drawn: monitors, count: 5, drawnAt: t(-369.5).toISOString() } }).where(eq(panel.processId, id));

	const s1 = await addSession(official, id, { kind: 'learning', title: 'Energia w Krakowie: skąd jest i ile jej zużywamy', startsAt: t(-390), place: 'Małopolski Urząd Wojewódzki, sala 1', description: 'Wykłady ekspertów i pytania panelistów.' });
	await addMaterial(official, id, { sessionId: s1, kind: 'video', title: 'Nagranie wykładu o miksie energetycznym', speaker: 'Ekspertka ds. energii', url: 'https://example.org/panel-2021/wyklad-1' });
	await addMaterial(official, id, { sessionId: s1, kind: 'slides', title: 'Prezentacja: fotowoltaika na dachach', speaker: 'Ekspert OZE', url: 'https://example.org/panel-2021/slajdy.pdf' });
	await addSession(official, id, { kind: 'deliberation', title: 'Obrady w małych grupach', startsAt: t(-383), place: 'Online', description: '' });
	await addSession(official, id, { kind: 'drafting', title: 'Pisanie rekomendacji', startsAt: t(-376), place: 'Online', description: '' });
	await db.insert(panelSubmission).values([
		{ id: newId(), processId: id, authorId: as.residents[0]?.actor?.id ?? null, organisation: null, title: 'Panele na dachach szkół', body: 'Proponuję, żeby każda szkoła miała fotowoltaikę, a uczniowie uczyli się na niej o energii.', createdAt: t(-392) },
		{ id: newId(), processId: id, authorId: null, organisation: 'Stowarzyszenie Zielony Kraków (przykład)', title: 'Termomodernizacja bloków', body: 'Program dopłat do ocieplenia budynków wielorodzinnych z prostą ścieżką dla wspólnot.', createdAt: t(-391) }
	]);
	const recs: { title: string; body: string; support: number; oppose: number; abstain: number; powers: boolean; response?: { status: 'accepted' | 'in_progress' | 'done' | 'rejected'; text: string; dept: string; deadline: number | null } }[] = [
		{ title: 'Fotowoltaika na wszystkich budynkach miejskich', body: 'Miasto instaluje panele fotowoltaiczne na wszystkich nadających się dachach budynków miejskich do końca 2025 r.', support: 8, oppose: 0, abstain: 0, powers: true, response: { status: 'done', text: 'Zrealizowano: 212 instalacji o łącznej mocy 9,4 MW.', dept: 'Wydział Kształtowania Środowiska', deadline: -30 } },
		{ title: 'Punkt doradztwa energetycznego w każdej dzielnicy', body: 'W każdej dzielnicy działa bezpłatny punkt doradztwa dla mieszkańców w sprawie oszczędzania energii i OZE.', support: 7, oppose: 0, abstain: 1, powers: true, response: { status: 'in_progress', text: 'Otwarto 11 z 18 punktów; kolejne w przyszłym roku.', dept: 'Wydział Polityki Społecznej i Zdrowia', deadline: 120 } },
		{ title: 'Miejski program termomodernizacji bloków', body: 'Dopłaty do ocieplenia budynków wielorodzinnych z uproszczoną procedurą dla wspólnot mieszkaniowych.', support: 7, oppose: 1, abstain: 0, powers: true, response: { status: 'in_progress', text: 'Program ruszył, ale nabór opóźnił się o pół roku.', dept: 'Zarząd Budynków Komunalnych', deadline: -60 } },
		{ title: 'Zakaz reklam świetlnych w nocy', body: 'Wyłączanie podświetlanych reklam między 23:00 a 5:00.', support: 8, oppose: 0, abstain: 0, powers: true, response: { status: 'rejected', text: 'Miasto nie ma podstawy prawnej do zakazu na terenach prywatnych; uchwała krajobrazowa zostanie zmieniona w zakresie nośników miejskich.', dept: 'Biuro Planowania Przestrzennego', deadline: null } },
		{ title: 'Krajowy podatek od emisji dla ciepłownictwa', body: 'Miasto wnioskuje do rządu o zmianę ustawy.', support: 8, oppose: 0, abstain: 0, powers: false },
		{ title: 'Obowiązkowe pompy ciepła w nowych domach', body: 'Wszystkie nowe budynki jednorodzinne muszą mieć pompę ciepła.', support: 5, oppose: 2, abstain: 1, powers: true }
	];
	const roundIds: string[] = [];
	for (let i = 0; i < recs.length; i++) {
		const r = recs[i];
		const cast = r.support + r.oppose + r.abstain;
		const passed = cast > 0 && r.support * 100 >= 80 * cast;
		const rid = newId();
		roundIds.push(rid);
		await db.insert(panelRecommendation).values({ id: rid, processId: id, number: i + 1, title: r.title, body: r.body, status: passed ? 'passed' : 'failed', withinCityPowers: r.powers, binding: passed && r.powers, votesFor: r.support, votesAgainst: r.oppose, votesAbstain: r.abstain, version: 1, updatedAt: t(-370) });
		await db.insert(panelRevision).values({ id: newId(), recommendationId: rid, version: 1, title: r.title, body: r.body, createdAt: t(-372) });
		if (r.response) {
			await db.insert(panelResponse).values({ recommendationId: rid, response: r.response.text, department: r.response.dept, deadline: r.response.deadline === null ? null : t(r.response.deadline), status: r.response.status, updatedAt: t(-20) });
			await db.insert(panelUpdate).values({ id: newId(), recommendationId: rid, status: r.response.status, body: r.response.text, createdAt: t(-20) });
		}
	}
	await db.insert(panelVoteRound).values({ id: newId(), processId: id, number: 1, status: 'closed', thresholdPct: 80, allowAbstain: true, abstainCounts: true, recommendationIds: roundIds, openedAt: t(-371), closedAt: t(-370) });
	await db.insert(panelAssessment).values({ id: newId(), processId: id, rating: 'at_risk', body: 'Panel monitorujący: fotowoltaika zrealizowana, punkty doradztwa powstają, ale termomodernizacja jest opóźniona. Prosimy o nowy harmonogram naboru.', createdAt: t(-15) });
	log('Seeded a finished 2021-style panel (synthetic) with a precomputed draw and recommendations in various states.');
}
