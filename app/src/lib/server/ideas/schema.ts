import { doublePrecision, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { contentLang } from '../core/schema';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';

export const IDEA_STATUSES = ['open', 'answered', 'to_consultation', 'to_budget', 'not_taken'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** A resident's idea for the city's climate action (always open). */
export const idea = pgTable(
	'idea',
	{
		id: text('id').primaryKey(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		/** null once the author deleted their account: the idea stays, anonymised. */
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		topic: text('topic').notNull(),
		districtId: integer('district_id'),
		lon: doublePrecision('lon'),
		lat: doublePrecision('lat'),
		location: text('location').notNull().default(''),
		description: text('description').notNull(),
		status: text('status').$type<IdeaStatus>().notNull().default('open'),
		response: text('response'),
		respondedBy: text('responded_by').references(() => user.id, { onDelete: 'set null' }),
		respondedAt: timestamp('responded_at', { withTimezone: true }),
		/** The ideas process (mechanism 'ideas') the idea was proposed in: its officials answer it.
		 * null when no ideas process was open (then only admins answer). */
		processId: text('process_id').references(() => process.id, { onDelete: 'set null' }),
		/** The consultation or budget process the idea was turned into. */
		linkedProcessId: text('linked_process_id').references(() => process.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('idea_status_idx').on(t.status), index('idea_created_idx').on(t.createdAt), index('idea_process_idx').on(t.processId)]
);

/** One support per person and idea (database constraint). */
export const ideaSupport = pgTable(
	'idea_support',
	{
		ideaId: text('idea_id')
			.notNull()
			.references(() => idea.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.ideaId, t.userId] })]
);
