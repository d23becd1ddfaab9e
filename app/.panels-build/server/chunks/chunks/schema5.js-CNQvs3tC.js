import { u as user } from './schema.js-Do_En6u5.js';
import { pgTable, timestamp, text, index, unique } from 'drizzle-orm/pg-core';

// src/lib/server/comments/permissions.ts
/** Comment rules: signed-in residents with a confirmed e-mail speak; moderators keep order. */
var commentRules = {
	create: (actor) => actor !== null && actor.emailVerified,
	report: (actor) => actor !== null,
	moderate: (actor) => actor?.role === "moderator" || actor?.role === "admin"
};
// src/lib/server/comments/schema.ts
var COMMENT_STATUSES = ["visible", "hidden"];
/** A threaded comment on any commentable thing (a process, a project, a recommendation...). */
var comment = pgTable("comment", {
	id: text("id").primaryKey(),
	targetType: text("target_type").notNull(),
	targetId: text("target_id").notNull(),
	parentId: text("parent_id"),
	/** null once the author deleted their account: the contribution stays, anonymised. */
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	body: text("body").notNull(),
	status: text("status").$type().notNull().default("visible"),
	hiddenReason: text("hidden_reason"),
	hiddenBy: text("hidden_by").references(() => user.id, { onDelete: "set null" }),
	hiddenAt: timestamp("hidden_at", { withTimezone: true }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("comment_target_idx").on(t.targetType, t.targetId)]);
var commentReport = pgTable("comment_report", {
	id: text("id").primaryKey(),
	commentId: text("comment_id").notNull().references(() => comment.id, { onDelete: "cascade" }),
	reporterId: text("reporter_id").references(() => user.id, { onDelete: "set null" }),
	reason: text("reason").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	resolvedAt: timestamp("resolved_at", { withTimezone: true }),
	resolution: text("resolution")
}, (t) => [unique("comment_report_once").on(t.commentId, t.reporterId)]);

export { COMMENT_STATUSES as C, comment as a, commentReport as b, commentRules as c };
//# sourceMappingURL=schema5.js-CNQvs3tC.js.map
