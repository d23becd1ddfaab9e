import { check, index, integer, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { contentLang } from '../core/schema';
import { sql } from 'drizzle-orm';
import { user } from '../accounts/schema';

/** Legal kinds. Associations, foundations and the other entities of art. 3 ust. 3 of the Polish
 * law on public-benefit activity ("other_ngo": church legal persons, social cooperatives, sports
 * clubs...) may apply in grant calls; schools, housing communities and city centres take part in
 * consultations and dialogue but are not grantees. */
export const ORGANISATION_KINDS = ['association', 'foundation', 'other_ngo', 'school', 'housing', 'senior_centre', 'civic_centre', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const GRANT_ELIGIBLE_KINDS: readonly OrganisationKind[] = ['association', 'foundation', 'other_ngo'];

/** Areas of work (a subset of the public-benefit spheres of art. 4 of the law, climate first). */
export const ORGANISATION_AREAS = ['climate', 'environment', 'energy', 'transport', 'education', 'culture', 'social_welfare', 'seniors', 'youth', 'health', 'sport', 'local_development'] as const;
export type OrganisationArea = (typeof ORGANISATION_AREAS)[number];

export const ORGANISATION_MEMBER_ROLES = ['admin', 'representative'] as const;
export type OrganisationMemberRole = (typeof ORGANISATION_MEMBER_ROLES)[number];

/** How the organisation came to the platform: registered by its own people, or made from a
 * partner an official authorised in a consultation before organisations existed (migration 0010)
 * or afterwards by typing its name. */
export const ORGANISATION_SOURCES = ['registered', 'consultation_partner'] as const;

/** An organisation account: public profile; the people who act for it are organisation_member rows. */
export const organisation = pgTable(
	'organisation',
	{
		id: text('id').primaryKey(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		kind: text('kind').$type<OrganisationKind>().notNull(),
		/** National Court Register number: 10 digits (null for entities outside the KRS). */
		krs: text('krs'),
		/** Tax number: 10 digits with a valid check digit (null only for migrated partners). */
		nip: text('nip'),
		description: text('description').notNull().default(''),
		areas: text('areas').array().$type<OrganisationArea[]>().notNull().default([]),
		/** Districts it works in (empty = citywide). */
		districts: integer('districts').array().notNull().default([]),
		website: text('website').notNull().default(''),
		/** The organisation's public contact address (not a person's). */
		email: text('email').notNull().default(''),
		address: text('address').notNull().default(''),
		source: text('source').$type<(typeof ORGANISATION_SOURCES)[number]>().notNull().default('registered'),
		/** An official checked name, KRS and NIP against the public registers. */
		verifiedAt: timestamp('verified_at', { withTimezone: true }),
		verifiedBy: text('verified_by').references(() => user.id, { onDelete: 'set null' }),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('organisation_krs_unique').on(t.krs),
		unique('organisation_nip_unique').on(t.nip),
		check('organisation_krs_format', sql`${t.krs} is null or ${t.krs} ~ '^[0-9]{10}$'`),
		check('organisation_nip_format', sql`${t.nip} is null or ${t.nip} ~ '^[0-9]{10}$'`)
	]
);

/** The people who act for an organisation: its admins (manage the profile and the people) and
 * representatives (act for it: offers, reports, partner sessions). One row per person. */
export const organisationMember = pgTable(
	'organisation_member',
	{
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role').$type<OrganisationMemberRole>().notNull(),
		addedBy: text('added_by').references(() => user.id, { onDelete: 'set null' }),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('organisation_member_user_idx').on(t.userId)]
);
