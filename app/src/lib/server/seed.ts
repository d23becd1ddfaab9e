import { sql } from 'drizzle-orm';
import type { Db } from './db/client';
import type { Auth } from './accounts/auth';
import { district } from './districts/schema';
import { seedDistricts } from './districts/service';
import { createAccount } from './accounts/service';
import { createProcess, setProcessStatus } from './processes/service';
import { addComment } from './comments/service';
import { randomSecret } from './core/settings';
import type { ServiceContext } from './core/context';
import type { Role } from './accounts/schema';
import { modules, type SeedEnv } from './modules';

/** Demo accounts. Their password is public on purpose (demo only); the admin's is random. */
export const DEMO_PASSWORD = 'krakow-demo-2026';
const DEMO_USERS: { name: string; email: string; role: Role; districtId?: number; locale?: 'uk' }[] = [
	{ name: 'Anna Nowak', email: 'anna@demo.decydujemy.pl', role: 'resident', districtId: 13 },
	{ name: 'Piotr Kowalczyk', email: 'piotr@demo.decydujemy.pl', role: 'resident', districtId: 18 },
	{ name: 'Olena Shevchenko', email: 'olena@demo.decydujemy.pl', role: 'resident', districtId: 2, locale: 'uk' },
	{ name: 'Marta Urzędnik', email: 'urzedniczka@demo.decydujemy.pl', role: 'official' },
	{ name: 'Tomasz Moderator', email: 'moderator@demo.decydujemy.pl', role: 'moderator' }
];

const day = 86_400_000;

export async function seedIfEmpty(db: Db, auth: Auth, log: (line: string) => void): Promise<boolean> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(district);
	if ((row?.n ?? 0) > 0) return false;
	await seedDemo(db, auth, log);
	return true;
}

/** Loads Kraków's districts, demo accounts and example processes. Safe to run again. */
export async function seedDemo(db: Db, auth: Auth, log: (line: string) => void, now = new Date()): Promise<void> {
	const n = await seedDistricts(db);
	log(`Seeded ${n} districts of Kraków.`);
	const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@demo.decydujemy.pl';
	const adminPassword = process.env.ADMIN_PASSWORD ?? randomSecret().slice(0, 16);
	const adminId = await createAccount(db, auth, { name: 'Administrator', email: adminEmail, password: adminPassword, role: 'admin' });
	log(`Admin account: ${adminEmail} / ${adminPassword}`);
	const ids: Record<string, string> = {};
	for (const u of DEMO_USERS) {
		ids[u.email] = await createAccount(db, auth, { name: u.name, email: u.email, password: DEMO_PASSWORD, role: u.role });
		if (u.districtId) await db.execute(sql`update "user" set district_id = ${u.districtId} where id = ${ids[u.email]}`);
		// Olena reads Ukrainian: her e-mails come in Ukrainian (the account's language).
		if (u.locale) await db.execute(sql`update "user" set locale = ${u.locale} where id = ${ids[u.email]}`);
	}
	log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.email).join(', ')}`);

	const official: ServiceContext = { db, actor: { id: ids['urzedniczka@demo.decydujemy.pl'], role: 'official', emailVerified: true }, now: () => now };
	const t = (d: number) => new Date(now.getTime() + d * day);
	const consultation = await createProcess(
		official,
		{
			mechanism: 'consultation',
			title: 'Plan adaptacji Krakowa do zmian klimatu: wyspy ciepła, retencja, zieleń',
			description:
				'Miasto aktualizuje Plan adaptacji do zmian klimatu. Chcemy wiedzieć, gdzie latem jest najgoręcej, gdzie woda opadowa zalewa ulice i gdzie brakuje drzew. Wypełnij ankietę, skomentuj dokument, zaznacz miejsca na mapie albo przyjdź na spotkanie.',
			scopeDecided: 'Cele planu i budżet na lata 2027–2030 zostały przyjęte przez Radę Miasta.',
			scopeOpen: 'Lista i kolejność działań w dzielnicach, miejsca nowych nasadzeń i ogrodów deszczowych.',
			scopeWhoDecides: 'Prezydent Miasta na podstawie raportu z konsultacji; Rada Miasta przyjmuje plan uchwałą.',
			scopeWhen: 'Raport z konsultacji w ciągu 30 dni od ich zakończenia.',
			topics: ['heat', 'greenery_water'],
			phases: [
				{ name: 'Kampania informacyjna', startsAt: t(-14), endsAt: t(-3) },
				{ name: 'Konsultacje', startsAt: t(-3), endsAt: t(25) },
				{ name: 'Raport', startsAt: t(25), endsAt: t(55) }
			]
		},
		{ publish: true }
	);
	await createProcess(
		official,
		{
			mechanism: 'panel',
			title: 'Krakowski Panel Klimatyczny 2027',
			description: 'Sześćdziesiąt osób wylosowanych spośród mieszkańców odpowie na pytanie: jak Kraków może szybciej ograniczać emisje w transporcie? Zgłoś się, jeśli dostaniesz list z zaproszeniem.',
			scopeDecided: 'Pytanie panelu i jego harmonogram.',
			scopeOpen: 'Treść rekomendacji — piszą je paneliści.',
			scopeWhoDecides: 'Rekomendacje poparte przez co najmniej 80% panelistów są wiążące dla Prezydenta w granicach jego kompetencji.',
			scopeWhen: 'Odpowiedź miasta w ciągu 3 miesięcy od głosowania.',
			topics: ['transport', 'air'],
			phases: [
				{ name: 'Rekrutacja', startsAt: t(-7), endsAt: t(21) },
				{ name: 'Losowanie', startsAt: t(21), endsAt: t(22) },
				{ name: 'Spotkania panelu', startsAt: t(30), endsAt: t(90) }
			]
		},
		{ publish: true }
	);
	await createProcess(
		official,
		{
			mechanism: 'ideas',
			title: 'Pomysły na klimat — zgłoś, poprzyj, skomentuj',
			description: 'Stałe miejsce na pomysły mieszkańców dla klimatu Krakowa. Urzędnicy odpowiadają na każdy pomysł, a najlepsze trafiają do konsultacji lub budżetu obywatelskiego.',
			topics: ['energy', 'transport', 'greenery_water', 'heat', 'air', 'waste', 'education'],
			phases: [{ name: 'Zbieranie pomysłów', startsAt: t(-60), endsAt: t(365) }]
		},
		{ publish: true }
	);
	await createProcess(
		official,
		{
			mechanism: 'consultation',
			title: 'Zazielenienie Rynku Podgórskiego',
			description: 'Jak zmienić Rynek Podgórski, żeby latem był chłodniejszy? Propozycje drzew, wody i cienia.',
			scopeOpen: 'Układ zieleni, miejsca do siedzenia, kurtyny wodne.',
			scopeWhoDecides: 'Zarząd Zieleni Miejskiej.',
			scopeWhen: 'Projekt koncepcyjny do końca kwartału.',
			districtId: 13,
			topics: ['heat', 'greenery_water'],
			phases: [{ name: 'Konsultacje', startsAt: t(-2), endsAt: t(26) }]
		},
		{ publish: true }
	);
	await createProcess(
		official,
		{
			mechanism: 'event',
			title: 'Spacer klimatyczny po Nowej Hucie',
			description: 'Centrum Obywatelskie w Nowej Hucie zaprasza na spacer o zieleni, wodzie i energii w dzielnicy.',
			districtId: 18,
			topics: ['education', 'greenery_water'],
			phases: [{ name: 'Zapisy', startsAt: t(-5), endsAt: t(10) }]
		},
		{ publish: true }
	);
	const closed = await createProcess(
		official,
		{
			mechanism: 'consultation',
			title: 'Strefa Czystego Transportu — konsultacje 2025',
			description: 'Konsultacje zasad Strefy Czystego Transportu w Krakowie.',
			scopeWhoDecides: 'Rada Miasta Krakowa.',
			topics: ['air', 'transport'],
			phases: [{ name: 'Konsultacje', startsAt: t(-400), endsAt: t(-360) }]
		},
		{ publish: true }
	);
	await setProcessStatus(official, closed.id, 'closed', 'Wpłynęło 4 312 opinii. Rada Miasta przyjęła uchwałę z łagodniejszym harmonogramem dla mieszkańców (raport dostępny).');

	const anna: ServiceContext = { db, actor: { id: ids['anna@demo.decydujemy.pl'], role: 'resident', emailVerified: true }, now: () => now };
	await addComment(anna, { targetType: 'process', targetId: consultation.id, body: 'Na Zabłociu latem brakuje cienia — przydałyby się drzewa wzdłuż Lipowej.' });
	log('Seeded example processes.');

	const ctxOf = (id: string, role: Role): ServiceContext => ({ db, actor: { id, role, emailVerified: true }, now: () => now });
	const env: SeedEnv = {
		db,
		auth,
		log,
		now,
		as: {
			official,
			moderator: ctxOf(ids['moderator@demo.decydujemy.pl'], 'moderator'),
			admin: ctxOf(adminId, 'admin'),
			residents: DEMO_USERS.filter((u) => u.role === 'resident').map((u) => ctxOf(ids[u.email], 'resident'))
		}
	};
	for (const m of modules) {
		if (!m.seed) continue;
		const started = Date.now();
		await m.seed(env);
		log(`  (${m.name}: ${Date.now() - started} ms)`);
	}
}
