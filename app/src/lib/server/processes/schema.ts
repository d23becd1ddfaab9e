import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { contentLang } from '../core/schema';
import { user } from '../accounts/schema';

export const MECHANISMS = [
	'budget',
	'initiative',
	'consultation',
	'ngo',
	'panel',
	'event',
	'ideas'
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

export const CLIMATE_TOPICS = [
	'energy',
	'transport',
	'greenery_water',
	'heat',
	'air',
	'waste',
	'education'
] as const;
export type ClimateTopic = (typeof CLIMATE_TOPICS)[number];

export const PROCESS_STATUSES = ['draft', 'published', 'closed'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

/** The container every participation mechanism lives in. */
export const process = pgTable(
	'process',
	{
		id: text('id').primaryKey(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		slug: text('slug').notNull().unique(),
		mechanism: text('mechanism').$type<Mechanism>().notNull(),
		title: text('title').notNull(),
		description: text('description').notNull(),
		// The scope statement: what is decided, what can still change, who decides and when.
		scopeDecided: text('scope_decided').notNull().default(''),
		scopeOpen: text('scope_open').notNull().default(''),
		scopeWhoDecides: text('scope_who_decides').notNull().default(''),
		scopeWhen: text('scope_when').notNull().default(''),
		/** null = citywide */
		districtId: integer('district_id'),
		topics: text('topics').array().$type<ClimateTopic[]>().notNull().default([]),
		status: text('status').$type<ProcessStatus>().notNull().default('draft'),
		outcome: text('outcome'),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('process_district_idx').on(t.districtId), index('process_status_idx').on(t.status)]
);

export const phase = pgTable(
	'phase',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		name: text('name').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull()
	},
	(t) => [index('phase_process_idx').on(t.processId)]
);

/** Officials are scoped to the processes they run. */
export const processOfficial = pgTable(
	'process_official',
	{
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.processId, t.userId] })]
);
