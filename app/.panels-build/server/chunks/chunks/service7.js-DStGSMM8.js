import { U as UnauthenticatedError, F as ForbiddenError, N as NotFoundError, C as ConflictError } from './errors2.js-qlgBpaJE.js';
import { p as parseInput } from './validate.js-BbCXC-0d.js';
import { n as newId } from './ids.js-DjVSHxXU.js';
import { u as user } from './schema.js-Do_En6u5.js';
import { c as commentRules, a as comment, b as commentReport } from './schema5.js-CNQvs3tC.js';
import { z } from 'zod';
import { eq, and, asc } from 'drizzle-orm';

var commentInput = z.object({
	targetType: z.enum([
		"process",
		"project",
		"recommendation",
		"idea",
		"paragraph"
	]),
	targetId: z.string().min(1).max(100),
	parentId: z.string().max(100).optional().nullable(),
	body: z.string().trim().min(2, "comment_too_short").max(5e3, "comment_too_long")
});
async function addComment(ctx, input) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!commentRules.create(ctx.actor)) throw new ForbiddenError("Confirm your e-mail address before commenting");
	const data = parseInput(commentInput, input);
	if (data.parentId) {
		const [parent] = await ctx.db.select().from(comment).where(eq(comment.id, data.parentId));
		if (!parent || parent.targetType !== data.targetType || parent.targetId !== data.targetId) throw new NotFoundError("Comment being answered");
	}
	const id = newId();
	await ctx.db.insert(comment).values({
		id,
		targetType: data.targetType,
		targetId: data.targetId,
		parentId: data.parentId ?? null,
		authorId: ctx.actor.id,
		body: data.body,
		createdAt: ctx.now()
	});
	return id;
}
/** The thread of a target. Hidden comments keep their place and show the public reason only. */
async function listComments(ctx, targetType, targetId) {
	const rows = await ctx.db.select({
		c: comment,
		authorName: user.name
	}).from(comment).leftJoin(user, eq(user.id, comment.authorId)).where(and(eq(comment.targetType, targetType), eq(comment.targetId, targetId))).orderBy(asc(comment.createdAt));
	const byId = /* @__PURE__ */ new Map();
	const roots = [];
	for (const { c, authorName } of rows) {
		const hidden = c.status === "hidden";
		const isAuthor = !!ctx.actor && ctx.actor.id === c.authorId;
		byId.set(c.id, {
			id: c.id,
			parentId: c.parentId,
			authorName,
			authorId: c.authorId,
			body: hidden && !isAuthor ? null : c.body,
			hidden,
			hiddenReason: c.hiddenReason,
			createdAt: c.createdAt,
			replies: []
		});
	}
	for (const view of byId.values()) {
		const parent = view.parentId ? byId.get(view.parentId) : void 0;
		(parent ? parent.replies : roots).push(view);
	}
	return roots;
}
var reportInput = z.object({
	commentId: z.string().min(1).max(100),
	reason: z.string().trim().min(3, "reason_too_short").max(1e3, "reason_too_long")
});
async function reportComment(ctx, input) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!commentRules.report(ctx.actor)) throw new ForbiddenError();
	const data = parseInput(reportInput, input);
	const [target] = await ctx.db.select({ id: comment.id }).from(comment).where(eq(comment.id, data.commentId));
	if (!target) throw new NotFoundError("Comment");
	if ((await ctx.db.insert(commentReport).values({
		id: newId(),
		commentId: data.commentId,
		reporterId: ctx.actor.id,
		reason: data.reason,
		createdAt: ctx.now()
	}).onConflictDoNothing().returning({ id: commentReport.id })).length === 0) throw new ConflictError("You have already reported this comment");
}

export { addComment as a, listComments as l, reportComment as r };
//# sourceMappingURL=service7.js-DStGSMM8.js.map
