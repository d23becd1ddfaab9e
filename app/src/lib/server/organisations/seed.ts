import { eq } from 'drizzle-orm';
import type { SeedEnv } from '../modules';
import type { ServiceContext } from '../core/context';
import { createAccount } from '../accounts/service';
import { organisation } from './schema';
import type { OrganisationInput } from './organisation.service';
import { registerOrganisation, verifyOrganisation } from './organisation.service';
import { addMember } from './members.service';

export const DEMO_PASSWORD = 'krakow-demo-2026';

/** Demo people who act for organisations (and sit on the grant commission / dialogue bodies). */
export const DEMO_NGO_PEOPLE = {
	kasia: { name: 'Katarzyna Zielińska', email: 'kasia@demo.decydujemy.pl' },
	michal: { name: 'Michał Wójcik', email: 'michal@demo.decydujemy.pl' },
	ewa: { name: 'Ewa Kamińska', email: 'ewa@demo.decydujemy.pl' },
	jan: { name: 'Jan Mazur', email: 'jan@demo.decydujemy.pl' },
	zofia: { name: 'Zofia Lewandowska', email: 'zofia@demo.decydujemy.pl' }
} as const;
export type DemoNgoPerson = keyof typeof DEMO_NGO_PEOPLE;

interface DemoOrganisation extends OrganisationInput {
	krs: string | null;
	name: string;
	nip: string;
	admin: DemoNgoPerson;
	representatives?: DemoNgoPerson[];
	verified: boolean;
}

/** Fictitious organisations that look like Kraków's: the names, KRS and NIP numbers are made up
 * (the NIPs carry valid check digits; identifiers.test.ts checks them). */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
	{
		name: 'Fundacja Deszczówka',
		kind: 'foundation',
		krs: '0000797708',
		nip: '6770802307',
		areas: ['climate', 'environment', 'education'],
		districts: [12, 13],
		description: 'Zatrzymujemy wodę opadową tam, gdzie spada: ogrody deszczowe przy szkołach, beczki na deszczówkę dla wspólnot mieszkaniowych, warsztaty dla dzieci o małej retencji.',
		website: 'https://deszczowka.example.org',
		email: 'kontakt@deszczowka.example.org',
		address: 'ul. Limanowskiego 24, 30-551 Kraków',
		admin: 'kasia',
		representatives: ['zofia'],
		verified: true
	},
	{
		name: 'Stowarzyszenie Sąsiedzi dla Klimatu — Prądnik Biały',
		kind: 'association',
		krs: '0000071973',
		nip: '6762531578',
		areas: ['climate', 'local_development', 'energy'],
		districts: [4],
		description: 'Sąsiedzkie stowarzyszenie z Prądnika Białego: kawiarenki naprawcze, wspólne zakupy paneli fotowoltaicznych dla bloków, spacery po osiedlu w poszukiwaniu miejsc na drzewa.',
		website: 'https://sasiedzidlaklimatu.example.org',
		email: 'biuro@sasiedzidlaklimatu.example.org',
		address: 'ul. Pachońskiego 5, 31-223 Kraków',
		admin: 'michal',
		verified: true
	},
	{
		name: 'Stowarzyszenie Ogrody Społeczne Krowodrza',
		kind: 'association',
		krs: '0000974190',
		nip: '9455464536',
		areas: ['environment', 'seniors', 'education'],
		districts: [5],
		description: 'Prowadzimy trzy ogrody społeczne na Krowodrzy, w których seniorzy i dzieci z pobliskich szkół wspólnie uprawiają warzywa i kompostują.',
		website: '',
		email: 'ogrody.krowodrza@example.org',
		address: 'ul. Wrocławska 37, 30-011 Kraków',
		admin: 'ewa',
		verified: true
	},
	{
		name: 'Fundacja Energia Obywatelska Nowa Huta',
		kind: 'foundation',
		krs: '0000056650',
		nip: '6775534863',
		areas: ['energy', 'climate', 'social_welfare'],
		districts: [14, 15, 16, 17, 18],
		description: 'Doradzamy mieszkańcom Nowej Huty w wymianie pieców, termomodernizacji i walce z ubóstwem energetycznym; zakładamy spółdzielnie energetyczne.',
		website: 'https://energia-nh.example.org',
		email: 'porady@energia-nh.example.org',
		address: 'os. Centrum B 4, 31-927 Kraków',
		admin: 'jan',
		verified: true
	},
	{
		name: 'Towarzystwo Przyjaciół Łąk Nowohuckich',
		kind: 'association',
		krs: '0000949748',
		nip: '6779767179',
		areas: ['environment', 'education'],
		districts: [18],
		description: 'Chronimy łąki i starorzecza Nowej Huty: liczymy motyle, koszą z nami wolontariusze, prowadzimy lekcje przyrody w terenie.',
		website: '',
		email: 'laki.nh@example.org',
		address: '',
		admin: 'jan',
		verified: true
	},
	{
		name: 'Krakowski Klub Rowerowy „Szprycha”',
		kind: 'association',
		krs: '0000066059',
		nip: '9445795763',
		areas: ['transport', 'sport', 'climate'],
		districts: [],
		description: 'Uczymy jazdy na rowerze dorosłych i dzieci, liczymy ruch rowerowy i opiniujemy projekty tras rowerowych w całym Krakowie.',
		website: 'https://szprycha.example.org',
		email: 'klub@szprycha.example.org',
		address: '',
		admin: 'michal',
		verified: false
	},
	{
		name: 'Fundacja Cień i Woda',
		kind: 'foundation',
		krs: '0000680243',
		nip: '6767032822',
		areas: ['climate', 'health'],
		districts: [1, 2, 3],
		description: 'Mapujemy miejskie wyspy ciepła w śródmieściu i zabiegamy o poidełka, zacienione przystanki i kurtyny wodne w czasie upałów.',
		website: '',
		email: 'cieniwoda@example.org',
		address: 'ul. Dietla 60, 31-039 Kraków',
		admin: 'zofia',
		verified: false
	},
	{
		name: 'Spółdzielnia Socjalna „Zielony Warsztat”',
		kind: 'other_ngo',
		krs: '0000785539',
		nip: '9440487212',
		areas: ['social_welfare', 'environment'],
		districts: [12, 13],
		description: 'Spółdzielnia socjalna, która zatrudnia osoby wychodzące z bezdomności przy pielęgnacji zieleni i naprawie mebli miejskich.',
		website: '',
		email: 'zielonywarsztat@example.org',
		address: 'ul. Lipowa 3, 30-702 Kraków',
		admin: 'kasia',
		verified: true
	}
];

/** Demo organisations with their admins and representatives; most verified, two waiting. */
export async function seedOrganisations(env: SeedEnv): Promise<void> {
	const { db, auth, now, as, log } = env;
	const ctxs = {} as Record<DemoNgoPerson, ServiceContext>;
	for (const [key, p] of Object.entries(DEMO_NGO_PEOPLE) as [DemoNgoPerson, { name: string; email: string }][]) {
		const id = await createAccount(db, auth, { name: p.name, email: p.email, password: DEMO_PASSWORD, role: 'resident' });
		ctxs[key] = { db, actor: { id, role: 'resident', emailVerified: true }, now: () => now };
	}
	for (const o of DEMO_ORGANISATIONS) {
		const [exists] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.nip, o.nip));
		if (exists) continue;
		const { admin, representatives, verified, ...input } = o;
		const created = await registerOrganisation(ctxs[admin], input);
		for (const r of representatives ?? []) await addMember(ctxs[admin], created.id, { email: DEMO_NGO_PEOPLE[r].email, role: 'representative' });
		if (verified) await verifyOrganisation(as.official, created.id, true);
	}
	log(`Seeded ${DEMO_ORGANISATIONS.length} organisations (people: ${Object.values(DEMO_NGO_PEOPLE).map((p) => p.email).join(', ')}).`);
}
