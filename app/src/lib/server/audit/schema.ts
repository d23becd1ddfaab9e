import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Append-only: a trigger (migration 0001) refuses UPDATE and DELETE for every role. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		actorId: text('actor_id'),
		actorRole: text('actor_role').notNull(),
		action: text('action').notNull(),
		targetType: text('target_type').notNull(),
		targetId: text('target_id').notNull(),
		before: jsonb('before'),
		after: jsonb('after'),
		/** The process the change belongs to (officials read the log of their own processes). No
		 * foreign key: nothing may ever change a past entry, not even a cascade. */
		processId: text('process_id'),
		/** Why, in the person's words (required for guarded, irreversible actions). */
		reason: text('reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('audit_target_idx').on(t.targetType, t.targetId), index('audit_process_idx').on(t.processId, t.id)]
);
