import { F as ForbiddenError } from './errors2.js-qlgBpaJE.js';
import { eq, and, desc } from 'drizzle-orm';
import { pgTable, timestamp, jsonb, text, bigserial, index } from 'drizzle-orm/pg-core';

// src/lib/server/audit/schema.ts
/** Append-only: a trigger (migration 0001) refuses UPDATE and DELETE for every role. */
var auditLog = pgTable("audit_log", {
	id: bigserial("id", { mode: "number" }).primaryKey(),
	actorId: text("actor_id"),
	actorRole: text("actor_role").notNull(),
	action: text("action").notNull(),
	targetType: text("target_type").notNull(),
	targetId: text("target_id").notNull(),
	before: jsonb("before"),
	after: jsonb("after"),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("audit_target_idx").on(t.targetType, t.targetId)]);
// src/lib/server/audit/permissions.ts
/** Only admins read the audit log. Nobody edits it (the database refuses). */
var canReadAudit = (actor) => actor?.role === "admin";
// src/lib/server/audit/service.ts
/** Records an official, moderator or admin action. Call inside the same transaction as the change. */
async function recordAudit(db, ctx, entry) {
	await db.insert(auditLog).values({
		actorId: ctx.actor?.id ?? null,
		actorRole: ctx.actor?.role ?? "system",
		action: entry.action,
		targetType: entry.targetType,
		targetId: entry.targetId,
		before: entry.before ?? null,
		after: entry.after ?? null,
		createdAt: ctx.now()
	});
}
async function listAudit(ctx, filter = {}) {
	if (!canReadAudit(ctx.actor)) throw new ForbiddenError();
	const conds = [];
	if (filter.targetType) conds.push(eq(auditLog.targetType, filter.targetType));
	if (filter.targetId) conds.push(eq(auditLog.targetId, filter.targetId));
	return ctx.db.select().from(auditLog).where(conds.length ? and(...conds) : void 0).orderBy(desc(auditLog.id)).limit(Math.min(filter.limit ?? 200, 1e3));
}

export { auditLog as a, canReadAudit as c, listAudit as l, recordAudit as r };
//# sourceMappingURL=service2.js-qqQkOHfI.js.map
