import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from '../accounts/schema';

/** In-app notifications (e.g. "a moderator hid your comment, because..."). */
export const notification = pgTable(
	'notification',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		payload: jsonb('payload').$type<Record<string, string>>().notNull(),
		readAt: timestamp('read_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('notification_user_idx').on(t.userId)]
);

/** Every e-mail the platform sends. Without SMTP this table is the outbox admins and tests read. */
export const outboxEmail = pgTable('outbox_email', {
	id: text('id').primaryKey(),
	to: text('to').notNull(),
	subject: text('subject').notNull(),
	text: text('text').notNull(),
	/** The HTML part (null for mails sent before there was one). */
	html: text('html'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	sentAt: timestamp('sent_at', { withTimezone: true }),
	error: text('error')
});
