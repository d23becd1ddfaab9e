import { F as ForbiddenError, N as NotFoundError } from '../../../chunks/errors2.js-qlgBpaJE.js';
import { p as parseInput } from '../../../chunks/validate.js-BbCXC-0d.js';
import { r as recordAudit } from '../../../chunks/service2.js-qqQkOHfI.js';
import { n as notify } from '../../../chunks/service3.js-BzPHPzf0.js';
import { c as commentRules, a as comment, b as commentReport } from '../../../chunks/schema5.js-CNQvs3tC.js';
import { r as requireSignedIn, f as formAction, l as loadOr404 } from '../../../chunks/http.js-DEPnrH4W.js';
import { z } from 'zod';
import { sql, eq, isNull, asc, and } from 'drizzle-orm';

// src/lib/server/moderation/service.ts
/** Reported comments still waiting for a moderator, with how many reports and why. */
async function moderationQueue(ctx) {
	if (!commentRules.moderate(ctx.actor)) throw new ForbiddenError();
	return ctx.db.select({
		commentId: comment.id,
		body: comment.body,
		status: comment.status,
		targetType: comment.targetType,
		targetId: comment.targetId,
		reports: sql`count(${commentReport.id})::int`,
		reasons: sql`array_agg(${commentReport.reason})`
	}).from(commentReport).innerJoin(comment, eq(comment.id, commentReport.commentId)).where(isNull(commentReport.resolvedAt)).groupBy(comment.id).orderBy(asc(sql`min(${commentReport.createdAt})`));
}
var hideInput = z.object({
	commentId: z.string().min(1).max(100),
	reason: z.string().trim().min(5, "reason_too_short").max(500, "reason_too_long")
});
/** Hides a comment with a public reason; the author is told why (in the app and by e-mail). */
async function hideComment(ctx, input) {
	if (!commentRules.moderate(ctx.actor)) throw new ForbiddenError();
	const data = parseInput(hideInput, input);
	await ctx.db.transaction(async (txx) => {
		const tx = txx;
		const [before] = await tx.select().from(comment).where(eq(comment.id, data.commentId));
		if (!before) throw new NotFoundError("Comment");
		await tx.update(comment).set({
			status: "hidden",
			hiddenReason: data.reason,
			hiddenBy: ctx.actor.id,
			hiddenAt: ctx.now()
		}).where(eq(comment.id, data.commentId));
		await tx.update(commentReport).set({
			resolvedAt: ctx.now(),
			resolution: "hidden"
		}).where(and(eq(commentReport.commentId, data.commentId), isNull(commentReport.resolvedAt)));
		await recordAudit(tx, ctx, {
			action: "comment.hide",
			targetType: "comment",
			targetId: data.commentId,
			before: { status: before.status },
			after: {
				status: "hidden",
				reason: data.reason
			}
		});
		if (before.authorId) await notify(tx, before.authorId, "comment_hidden", {
			commentId: before.id,
			reason: data.reason,
			targetType: before.targetType,
			targetId: before.targetId
		}, {
			subject: "Decydujemy: Twój komentarz został ukryty / your comment was hidden",
			text: `Moderator ukrył Twój komentarz. Powód: ${data.reason}\n\nA moderator hid your comment. Reason: ${data.reason}\n`
		}, ctx.now());
	});
}
async function restoreComment(ctx, commentId) {
	if (!commentRules.moderate(ctx.actor)) throw new ForbiddenError();
	await ctx.db.transaction(async (txx) => {
		const tx = txx;
		const [before] = await tx.select().from(comment).where(eq(comment.id, commentId));
		if (!before) throw new NotFoundError("Comment");
		await tx.update(comment).set({
			status: "visible",
			hiddenReason: null,
			hiddenBy: null,
			hiddenAt: null
		}).where(eq(comment.id, commentId));
		await recordAudit(tx, ctx, {
			action: "comment.restore",
			targetType: "comment",
			targetId: commentId,
			before: {
				status: before.status,
				reason: before.hiddenReason
			},
			after: { status: "visible" }
		});
	});
}
/** The reports were unfounded: close them, the comment stays. */
async function dismissReports(ctx, commentId) {
	if (!commentRules.moderate(ctx.actor)) throw new ForbiddenError();
	await ctx.db.transaction(async (txx) => {
		const tx = txx;
		const [target] = await tx.select({ id: comment.id }).from(comment).where(eq(comment.id, commentId));
		if (!target) throw new NotFoundError("Comment");
		await tx.update(commentReport).set({
			resolvedAt: ctx.now(),
			resolution: "dismissed"
		}).where(and(eq(commentReport.commentId, commentId), isNull(commentReport.resolvedAt)));
		await recordAudit(tx, ctx, {
			action: "comment.dismiss_reports",
			targetType: "comment",
			targetId: commentId
		});
	});
}
// src/routes/moderation/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { queue: await loadOr404(() => moderationQueue(locals.ctx)) };
};
var actions = {
	hide: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await hideComment(locals.ctx, {
				commentId: form.get("commentId"),
				reason: form.get("reason")
			});
			return { hidden: true };
		});
	},
	dismiss: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await dismissReports(locals.ctx, String(form.get("commentId") ?? ""));
			return { dismissed: true };
		});
	},
	restore: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await restoreComment(locals.ctx, String(form.get("commentId") ?? ""));
			return { restored: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-D6VAo5oP.js.map
