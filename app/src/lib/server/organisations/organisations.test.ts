import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor, ServiceContext } from '../core/context';
import { migrationsFolder } from '../db/client';
import { user } from '../accounts/schema';
import { auditLog } from '../audit/schema';
import { notification } from '../notifications/schema';
import { createProcess } from '../processes/service';
import { partner } from '../consultations/schema';
import { authorisePartner, myPartners, recordPartnerSession } from '../consultations';
import { organisation, organisationMember } from './schema';
import { organisationRules } from './permissions';
import { addMember, getOrganisation, leaveOrganisation, listMembers, listOrganisations, listOrganisationsForOfficials, myOrganisations, registerOrganisation, removeMember, setMemberRole, updateOrganisation, verifyOrganisation } from './index';
import { apiOrganisation, apiOrganisations } from './public';
import { organisationsModule } from './index';

const NOW = new Date('2026-06-10T10:00:00Z');
const clock = () => NOW;
const expectStatus = (p: Promise<unknown>, status: number, field?: string) => expect(p).rejects.toMatchObject(field ? { status, fields: expect.objectContaining({ [field]: expect.any(String) }) } : { status });

const profile = (over: Record<string, unknown> = {}) => ({
	name: 'Fundacja Testowa Zieleń',
	kind: 'foundation',
	krs: '0000123456',
	nip: '677-080-23-07',
	areas: ['climate', 'environment'],
	districts: ['13'],
	description: 'Sadzimy drzewa.',
	website: 'https://example.org',
	email: 'Kontakt@Example.org',
	...over
});

describe('organisation rules (pure)', () => {
	const res: Actor = { id: 'r', role: 'resident', emailVerified: true };
	const unverified: Actor = { id: 'u', role: 'resident', emailVerified: false };
	const off: Actor = { id: 'o', role: 'official', emailVerified: true };
	const admin: Actor = { id: 'a', role: 'admin', emailVerified: true };
	const orgAdmin = { role: 'admin' as const };
	const rep = { role: 'representative' as const };
	const none = { role: null };
	it('registering needs a confirmed e-mail', () => {
		expect(organisationRules.register(res)).toBe(true);
		expect(organisationRules.register(unverified)).toBe(false);
		expect(organisationRules.register(null)).toBe(false);
	});
	it("the organisation's admins (and platform admins) edit it and its people; representatives, officials and others do not", () => {
		for (const rule of [organisationRules.editProfile, organisationRules.manageMembers]) {
			expect(rule(res, orgAdmin)).toBe(true);
			expect(rule(admin, none)).toBe(true);
			expect(rule(res, rep)).toBe(false);
			expect(rule(off, none)).toBe(false);
			expect(rule(res, none)).toBe(false);
			expect(rule(null, none)).toBe(false);
		}
	});
	it('admins and representatives act for it; nobody else does, not even a platform admin', () => {
		expect(organisationRules.actFor(res, orgAdmin)).toBe(true);
		expect(organisationRules.actFor(res, rep)).toBe(true);
		expect(organisationRules.actFor(unverified, rep)).toBe(false);
		expect(organisationRules.actFor(admin, none)).toBe(false);
		expect(organisationRules.actFor(off, none)).toBe(false);
		expect(organisationRules.actFor(null, none)).toBe(false);
	});
	it('officials and admins verify', () => {
		expect(organisationRules.verify(off)).toBe(true);
		expect(organisationRules.verify(admin)).toBe(true);
		for (const a of [res, unverified, null]) expect(organisationRules.verify(a)).toBe(false);
	});
});

describe.each(backends)('organisations on %s', (kind) => {
	let t: TestDatabase;
	let ctx: (a: Actor) => ServiceContext;
	let kasia: NonNullable<Actor> & { email: string };
	let zofia: NonNullable<Actor> & { email: string };
	let stranger: NonNullable<Actor> & { email: string };
	let official: NonNullable<Actor> & { email: string };
	let platformAdmin: NonNullable<Actor> & { email: string };
	let orgId: string;
	let slug: string;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		ctx = (a) => t.ctx(a, clock);
		kasia = await t.user('resident', 'Katarzyna Zielińska');
		zofia = await t.user('resident', 'Zofia Lewandowska');
		stranger = await t.user('resident', 'Ktoś Obcy');
		official = await t.user('official', 'Marta Urzędnik');
		platformAdmin = await t.user('admin', 'Administrator');
	});
	afterAll(() => t.drop());

	it('registers an organisation: anonymous 401, unconfirmed e-mail 403, bad NIP/KRS named by field; the registrant is its admin', async () => {
		await expectStatus(registerOrganisation(ctx(null), profile()), 401);
		const unconfirmed = await t.user('resident');
		await t.db.update(user).set({ emailVerified: false }).where(eq(user.id, unconfirmed.id));
		await expectStatus(registerOrganisation(ctx({ ...unconfirmed, emailVerified: false }), profile()), 403);
		await expectStatus(registerOrganisation(ctx(kasia), profile({ nip: '6770802308' })), 400, 'nip');
		await expectStatus(registerOrganisation(ctx(kasia), profile({ nip: '' })), 400, 'nip');
		await expectStatus(registerOrganisation(ctx(kasia), profile({ krs: '12345' })), 400, 'krs');
		await expectStatus(registerOrganisation(ctx(kasia), profile({ areas: ['nonsense'] })), 400, 'areas.0');
		await expectStatus(registerOrganisation(ctx(kasia), profile({ lang: 'de' })), 400, 'lang');
		expect(await t.db.select().from(organisation)).toEqual([]);
		({ id: orgId, slug } = await registerOrganisation(ctx(kasia), profile()));
		expect(slug).toBe('fundacja-testowa-zielen');
		const [o] = await t.db.select().from(organisation).where(eq(organisation.id, orgId));
		// Written in Polish unless the form says otherwise (WCAG 3.1.2: pages mark the name with lang).
		expect(o).toMatchObject({ nip: '6770802307', krs: '0000123456', districts: [13], email: 'kontakt@example.org', verifiedAt: null, source: 'registered', lang: 'pl' });
		expect(await myOrganisations(ctx(kasia))).toMatchObject([{ id: orgId, role: 'admin', lang: 'pl' }]);
	});

	it('NIP and KRS are unique: a second registration is told which field is taken (409, nothing stored)', async () => {
		await expectStatus(registerOrganisation(ctx(stranger), profile({ name: 'Inna nazwa', krs: '' })), 409, 'nip');
		await expectStatus(registerOrganisation(ctx(stranger), profile({ name: 'Inna nazwa', nip: '6762531578' })), 409, 'krs');
		expect((await t.db.select().from(organisation)).length).toBe(1);
	});

	it('the admin adds a representative (notified); representatives, strangers, officials and anonymous may not', async () => {
		await expectStatus(addMember(ctx(null), orgId, { email: zofia.email }), 401);
		await expectStatus(addMember(ctx(stranger), orgId, { email: zofia.email }), 403);
		await expectStatus(addMember(ctx(official), orgId, { email: zofia.email }), 403);
		await expectStatus(addMember(ctx(kasia), orgId, { email: 'nobody@example.org' }), 400, 'email');
		await addMember(ctx(kasia), orgId, { email: zofia.email, role: 'representative' });
		await expectStatus(addMember(ctx(kasia), orgId, { email: zofia.email }), 409, 'email');
		await expectStatus(addMember(ctx(zofia), orgId, { email: stranger.email }), 403);
		const [n] = await t.db.select().from(notification).where(eq(notification.userId, zofia.id));
		expect(n).toMatchObject({ kind: 'organisation_member', payload: { slug, role: 'representative' } });
		expect((await listMembers(ctx(zofia), orgId)).map((m) => [m.name, m.role])).toEqual([
			['Katarzyna Zielińska', 'admin'],
			['Zofia Lewandowska', 'representative']
		]);
		await expectStatus(listMembers(ctx(stranger), orgId), 403);
		await expectStatus(listMembers(ctx(null), orgId), 401);
	});

	it('the profile is edited by its admin and platform admins only; a new NIP needs a new verification', async () => {
		await expectStatus(updateOrganisation(ctx(zofia), orgId, profile({ description: 'Zmiana' })), 403);
		await expectStatus(updateOrganisation(ctx(official), orgId, profile({ description: 'Zmiana' })), 403);
		await expectStatus(updateOrganisation(ctx(null), orgId, profile({ description: 'Zmiana' })), 401);
		await expectStatus(verifyOrganisation(ctx(kasia), orgId, true), 403);
		await expectStatus(verifyOrganisation(ctx(zofia), orgId, true), 403);
		await verifyOrganisation(ctx(official), orgId, true);
		expect((await getOrganisation(ctx(null), slug)).organisation.verifiedAt).toEqual(NOW);
		await updateOrganisation(ctx(kasia), orgId, profile({ description: 'Sadzimy drzewa i ogrody deszczowe.' }));
		expect((await getOrganisation(ctx(null), slug)).organisation.verifiedAt).toEqual(NOW);
		await updateOrganisation(ctx(platformAdmin), orgId, profile({ nip: '9455464536', description: 'Sadzimy drzewa i ogrody deszczowe.' }));
		const after = await getOrganisation(ctx(kasia), slug);
		expect(after.organisation).toMatchObject({ nip: '9455464536', verifiedAt: null });
		expect(after).toMatchObject({ canEdit: true, canManageMembers: true, canVerify: false, standing: { role: 'admin' } });
		const actions = (await t.db.select().from(auditLog).where(eq(auditLog.targetId, orgId))).map((a) => a.action);
		expect(actions).toEqual(['organisation.register', 'organisation.member_add', 'organisation.verify', 'organisation.update', 'organisation.update']);
		await verifyOrganisation(ctx(platformAdmin), orgId, true);
	});

	it('the last admin can neither leave, be removed nor be demoted; a representative leaves freely', async () => {
		await expectStatus(leaveOrganisation(ctx(kasia), orgId), 409);
		await expectStatus(removeMember(ctx(kasia), orgId, kasia.id), 409);
		await expectStatus(setMemberRole(ctx(kasia), orgId, kasia.id, 'representative'), 409);
		await expectStatus(removeMember(ctx(zofia), orgId, kasia.id), 403);
		await setMemberRole(ctx(kasia), orgId, zofia.id, 'admin');
		await setMemberRole(ctx(zofia), orgId, kasia.id, 'representative');
		await setMemberRole(ctx(zofia), orgId, kasia.id, 'admin');
		await setMemberRole(ctx(kasia), orgId, zofia.id, 'representative');
		await expectStatus(leaveOrganisation(ctx(stranger), orgId), 403);
		await leaveOrganisation(ctx(zofia), orgId);
		expect(await myOrganisations(ctx(zofia))).toEqual([]);
		await addMember(ctx(kasia), orgId, { email: zofia.email });
		await removeMember(ctx(kasia), orgId, zofia.id);
		await addMember(ctx(kasia), orgId, { email: zofia.email });
	});

	it('the public register filters by area, district, kind, name, KRS or NIP; the API shows no people', async () => {
		const other = await registerOrganisation(ctx(stranger), profile({ name: 'Stowarzyszenie Rowerowe 100%', kind: 'association', krs: '', nip: '6775534863', areas: ['transport'], districts: [] }));
		const names = async (f: Parameters<typeof listOrganisations>[1]) => (await listOrganisations(t.db, f)).map((o) => o.name);
		expect(await names({})).toEqual(['Fundacja Testowa Zieleń', 'Stowarzyszenie Rowerowe 100%']);
		expect(await names({ area: 'transport' })).toEqual(['Stowarzyszenie Rowerowe 100%']);
		expect(await names({ district: 13 })).toEqual(['Fundacja Testowa Zieleń', 'Stowarzyszenie Rowerowe 100%']); // citywide included
		expect(await names({ district: 4 })).toEqual(['Stowarzyszenie Rowerowe 100%']);
		expect(await names({ kind: 'foundation' })).toEqual(['Fundacja Testowa Zieleń']);
		expect(await names({ q: 'rowerowe' })).toEqual(['Stowarzyszenie Rowerowe 100%']);
		expect(await names({ q: '100%' })).toEqual(['Stowarzyszenie Rowerowe 100%']);
		expect(await names({ q: '%' })).toEqual(['Stowarzyszenie Rowerowe 100%']); // LIKE wildcards are literal
		expect(await names({ q: '945-546-45-36' })).toEqual(['Fundacja Testowa Zieleń']);
		expect(await names({ verified: false })).toEqual(['Stowarzyszenie Rowerowe 100%']);
		expect(await names({ area: 'bogus', kind: "x' or 1=1" })).toEqual(['Fundacja Testowa Zieleń', 'Stowarzyszenie Rowerowe 100%']);
		const api = await apiOrganisations(t.db);
		expect(api[0]).toMatchObject({ slug, nip: '9455464536', verified: true, areas: ['climate', 'environment'] });
		expect(JSON.stringify(api)).not.toContain(kasia.email);
		expect(JSON.stringify(api)).not.toContain('Zielińska');
		expect((await apiOrganisation(t.db, other.slug)).name).toBe('Stowarzyszenie Rowerowe 100%');
		await expect(apiOrganisation(t.db, 'nope')).rejects.toMatchObject({ status: 404 });
		await expectStatus(listOrganisationsForOfficials(ctx(kasia)), 403);
		expect((await listOrganisationsForOfficials(ctx(official)))[0]).toMatchObject({ name: 'Stowarzyszenie Rowerowe 100%', members: 1 });
	});

	it('consultation partners are organisations: a registered one is chosen (the representative must act for it) or one is made from the name typed', async () => {
		const c = await createProcess(ctx(official), { mechanism: 'consultation', title: 'Konsultacje z partnerami', description: 'Rozmowy z organizacjami.' }, { publish: true });
		await expectStatus(authorisePartner(ctx(official), c.id, { organisationId: orgId, email: stranger.email }), 400, 'email');
		const p1 = await authorisePartner(ctx(official), c.id, { organisationId: orgId, email: kasia.email });
		await expectStatus(authorisePartner(ctx(official), c.id, { name: 'fundacja testowa zieleń', kind: 'ngo', email: stranger.email }), 400, 'name');
		await expectStatus(authorisePartner(ctx(official), c.id, { name: '', email: stranger.email }), 400, 'kind');
		const p2 = await authorisePartner(ctx(official), c.id, { name: 'Klub Seniora Pod Lipami', kind: 'senior_centre', email: stranger.email });
		const rows = await t.db.select().from(partner).where(eq(partner.processId, c.id));
		expect(rows.find((r) => r.id === p1)).toMatchObject({ name: 'Fundacja Testowa Zieleń', kind: 'ngo', organisationId: orgId });
		const made = rows.find((r) => r.id === p2)!;
		const [o] = await t.db.select().from(organisation).where(eq(organisation.id, made.organisationId!));
		expect(o).toMatchObject({ name: 'Klub Seniora Pod Lipami', kind: 'senior_centre', source: 'consultation_partner', nip: null });
		expect(await myOrganisations(ctx(stranger))).toContainEqual(expect.objectContaining({ id: o.id, role: 'admin' }));
		// Zofia acts for the organisation: she sees the partner and records its session, though Kasia was named.
		expect((await myPartners(ctx(zofia), c.id)).map((p) => p.id)).toEqual([p1]);
		await recordPartnerSession(ctx(zofia), c.id, { partnerId: p1, title: 'Warsztat o ogrodach deszczowych', heldAt: '2026-06-01T10:00:00Z', participants: '20', notes: 'Mieszkańcy chcą beczek na deszczówkę.' });
		await expectStatus(recordPartnerSession(ctx(official), c.id, { partnerId: p1, title: 'Warsztat urzędnika', heldAt: '2026-06-01T10:00:00Z', participants: '2', notes: 'Nie powinno przejść.' }), 403);
	});

	it('migration 0010 makes organisations of partners authorised before it and links them', async () => {
		const c = await createProcess(ctx(official), { mechanism: 'consultation', title: 'Konsultacje sprzed rejestru', description: 'Partnerzy bez organizacji.' }, { publish: true });
		const c2 = await createProcess(ctx(official), { mechanism: 'consultation', title: 'Drugie konsultacje sprzed rejestru', description: 'Ten sam partner.' }, { publish: true });
		const a = await t.user('resident', 'Przedstawicielka A');
		const b = await t.user('resident', 'Przedstawiciel B');
		await t.db.insert(partner).values([
			{ id: `old-1-${kind}`, processId: c.id, name: 'Centrum Aktywności Seniorów — Łagiewniki', kind: 'senior_centre', representativeId: a.id, createdAt: new Date('2025-01-01T00:00:00Z') },
			{ id: `old-2-${kind}`, processId: c2.id, name: ' centrum aktywności seniorów — łagiewniki ', kind: 'senior_centre', representativeId: b.id, createdAt: new Date('2025-03-01T00:00:00Z') },
			{ id: `old-3-${kind}`, processId: c.id, name: 'Stowarzyszenie Kupców', kind: 'ngo', representativeId: null, createdAt: new Date('2025-02-01T00:00:00Z') }
		]);
		const file = readFileSync(join(migrationsFolder(), '0010_organisations_from_partners.sql'), 'utf8');
		const statements = file.split('--> statement-breakpoint').map((x) => x.trim());
		expect(statements).toHaveLength(3);
		for (const s of statements) await t.db.execute(sql.raw(s));
		const linked = await t.db.select({ id: partner.id, organisationId: partner.organisationId }).from(partner).where(sql`${partner.id} like 'old-%'`);
		expect(linked.every((l) => l.organisationId)).toBe(true);
		expect(linked.find((l) => l.id === `old-1-${kind}`)!.organisationId).toBe(linked.find((l) => l.id === `old-2-${kind}`)!.organisationId);
		const [centre] = await t.db.select().from(organisation).where(eq(organisation.id, linked.find((l) => l.id === `old-1-${kind}`)!.organisationId!));
		expect(centre).toMatchObject({ name: 'Centrum Aktywności Seniorów — Łagiewniki', kind: 'senior_centre', source: 'consultation_partner', verifiedAt: null });
		expect(centre.slug).toMatch(/^centrum-aktywnosci-seniorow-lagiewniki-[0-9a-f]{6}$/);
		const members = await t.db.select().from(organisationMember).where(eq(organisationMember.organisationId, centre.id));
		expect(members.map((m) => [m.userId, m.role]).sort()).toEqual([[a.id, 'admin'], [b.id, 'representative']].sort());
		const [merchants] = await t.db.select().from(organisation).where(eq(organisation.id, linked.find((l) => l.id === `old-3-${kind}`)!.organisationId!));
		expect(merchants).toMatchObject({ kind: 'other_ngo', name: 'Stowarzyszenie Kupców' });
		// Running it again changes nothing.
		const before = (await t.db.select().from(organisation)).length;
		for (const s of statements) await t.db.execute(sql.raw(s));
		expect((await t.db.select().from(organisation)).length).toBe(before);
	});

	it("personal data: memberships are exported and erased with the account; the organisation stays", async () => {
		const exported = (await organisationsModule.personalData!.export(t.db, zofia.id)) as { organisation: string; role: string }[];
		expect(exported).toEqual([expect.objectContaining({ organisation: 'Fundacja Testowa Zieleń', role: 'representative' })]);
		await organisationsModule.personalData!.erase(t.db, zofia.id);
		expect(await myOrganisations(ctx(zofia))).toEqual([]);
		expect((await getOrganisation(ctx(null), orgId)).organisation.name).toBe('Fundacja Testowa Zieleń');
		expect(await organisationsModule.statistics!(t.db)).toMatchObject({ organisations_verified: 1 });
	});
});
