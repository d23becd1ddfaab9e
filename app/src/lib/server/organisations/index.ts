import { eq, isNotNull, sql } from 'drizzle-orm';
import type { ModuleManifest } from '../modules';
import type { PersonalDataHook } from '../personalData';
import { organisation, organisationMember } from './schema';
import { organisationRules } from './permissions';
import { organisationsApi } from './api';
import { seedOrganisations } from './seed';

/** Organisations (NGOs, schools, housing communities, city centres) as first-class accounts:
 * a public profile (name, kind, KRS, NIP with its check digit validated, areas of work,
 * districts), the people who act for it (admins and representatives, added and removed by its
 * admins), and an official's verification against the public registers. Consultation partners
 * are organisations (consultation_partner.organisation_id). Dialogue bodies (../dialogue) and
 * grant calls (../grants) build on it.
 * Tables: organisation, organisation_member.
 * Personal data: one's memberships (exported; deleted with the account, the organisation stays). */
const personalData: PersonalDataHook = {
	module: 'organisations',
	export: (db, userId) =>
		db
			.select({ organisation: organisation.name, slug: organisation.slug, role: organisationMember.role, addedAt: organisationMember.addedAt })
			.from(organisationMember)
			.innerJoin(organisation, eq(organisation.id, organisationMember.organisationId))
			.where(eq(organisationMember.userId, userId)),
	async erase(db, userId) {
		await db.delete(organisationMember).where(eq(organisationMember.userId, userId));
		await db.update(organisation).set({ createdBy: null }).where(eq(organisation.createdBy, userId));
		await db.update(organisation).set({ verifiedBy: null }).where(eq(organisation.verifiedBy, userId));
	}
};

export const organisationsModule: ModuleManifest = {
	name: 'organisations',
	tables: ['organisation', 'organisation_member'],
	permissions: organisationRules,
	personalData,
	api: organisationsApi,
	// Not tied to a process: the verification queue, above the processes on /manage.
	workspace: { mechanisms: [], tools: async () => ({}), general: () => [{ id: 'verification', label: 'organisations_manage_title', href: '/manage/organisations' }] },
	statistics: async (db) => {
		const [all] = await db.select({ n: sql<number>`count(*)::int` }).from(organisation);
		const [verified] = await db.select({ n: sql<number>`count(*)::int` }).from(organisation).where(isNotNull(organisation.verifiedAt));
		return { organisations: all?.n ?? 0, organisations_verified: verified?.n ?? 0 };
	},
	seed: seedOrganisations
};

export * from './organisation.service';
export * from './members.service';
export { organisationRules } from './permissions';
