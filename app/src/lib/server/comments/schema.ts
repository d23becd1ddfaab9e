import { index, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { contentLang } from '../core/schema';
import { user } from '../accounts/schema';

export const COMMENT_STATUSES = ['visible', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** A threaded comment on any commentable thing (a process, a project, a recommendation...). */
export const comment = pgTable(
	'comment',
	{
		id: text('id').primaryKey(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		targetType: text('target_type').notNull(),
		targetId: text('target_id').notNull(),
		parentId: text('parent_id'),
		/** null once the author deleted their account: the contribution stays, anonymised. */
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		status: text('status').$type<CommentStatus>().notNull().default('visible'),
		hiddenReason: text('hidden_reason'),
		hiddenBy: text('hidden_by').references(() => user.id, { onDelete: 'set null' }),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('comment_target_idx').on(t.targetType, t.targetId)]
);

export const commentReport = pgTable(
	'comment_report',
	{
		id: text('id').primaryKey(),
		commentId: text('comment_id')
			.notNull()
			.references(() => comment.id, { onDelete: 'cascade' }),
		reporterId: text('reporter_id').references(() => user.id, { onDelete: 'set null' }),
		reason: text('reason').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		resolvedAt: timestamp('resolved_at', { withTimezone: true }),
		resolution: text('resolution')
	},
	(t) => [unique('comment_report_once').on(t.commentId, t.reporterId)]
);
