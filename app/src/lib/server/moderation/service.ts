import { z } from 'zod';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { comment, commentReport } from '../comments/schema';
import { commentRules } from '../comments/permissions';
import { MODERATION_REASON_MAX } from '../../limits';

/** Reported comments still waiting for a moderator, with how many reports and why. */
export async function moderationQueue(ctx: ServiceContext) {
	if (!commentRules.moderate(ctx.actor)) throw new ForbiddenError();
	return ctx.db
		.select({
			commentId: comment.id,
			body: comment.body,
			status: comment.status,
			targetType: comment.targetType,
			targetId: comment.targetId,
			reports: sql<number>`count(${commentReport.id})::int`,
			reasons: sql<string[]>`array_agg(${commentReport.reason})`
		})
		.from(commentReport)
		.innerJoin(comment, eq(comment.id, commentReport.commentId))
		.where(isNull(commentReport.resolvedAt))
		.groupBy(comment.id)
		.orderBy(asc(sql`min(${commentReport.createdAt})`));
}

export const hideInput = z.object({
	commentId: z.string().min(1).max(100),
	reason: z.string().trim().min(5, 'reason_too_short').max(MODERATION_REASON_MAX, 'reason_too_long')
});

/** Hides a comment with a public reason; the author is told why (in the app and by e-mail). */
export async function hideComment(ctx: ServiceContext, input: unknown) {
	if (!commentRules.moderate(ctx.actor)) throw new ForbiddenError();
	const data = parseInput(hideInput, input);
	await ctx.db.transaction(async (txx) => {
		const tx = txx as unknown as Db;
		const [before] = await tx.select().from(comment).where(eq(comment.id, data.commentId));
		if (!before) throw new NotFoundError('comment_not_found');
		await tx
			.update(comment)
			.set({ status: 'hidden', hiddenReason: data.reason, hiddenBy: ctx.actor!.id, hiddenAt: ctx.now() })
			.where(eq(comment.id, data.commentId));
		await tx
			.update(commentReport)
			.set({ resolvedAt: ctx.now(), resolution: 'hidden' })
			.where(and(eq(commentReport.commentId, data.commentId), isNull(commentReport.resolvedAt)));
		await recordAudit(tx, ctx, {
			action: 'comment.hide',
			targetType: 'comment',
			targetId: data.commentId,
			before: { status: before.status },
			after: { status: 'hidden', reason: data.reason }
		});
		if (before.authorId) {
			await notify(
				tx,
				before.authorId,
				'comment_hidden',
				{ commentId: before.id, reason: data.reason, targetType: before.targetType, targetId: before.targetId },
				{ key: 'comment_hidden', quote: data.reason, link: '/notifications' },
				ctx.now()
			);
		}
	});
}

export async function restoreComment(ctx: ServiceContext, commentId: string) {
	if (!commentRules.moderate(ctx.actor)) throw new ForbiddenError();
	await ctx.db.transaction(async (txx) => {
		const tx = txx as unknown as Db;
		const [before] = await tx.select().from(comment).where(eq(comment.id, commentId));
		if (!before) throw new NotFoundError('comment_not_found');
		await tx.update(comment).set({ status: 'visible', hiddenReason: null, hiddenBy: null, hiddenAt: null }).where(eq(comment.id, commentId));
		await recordAudit(tx, ctx, { action: 'comment.restore', targetType: 'comment', targetId: commentId, before: { status: before.status, reason: before.hiddenReason }, after: { status: 'visible' } });
	});
}

/** The reports were unfounded: close them, the comment stays. */
export async function dismissReports(ctx: ServiceContext, commentId: string) {
	if (!commentRules.moderate(ctx.actor)) throw new ForbiddenError();
	await ctx.db.transaction(async (txx) => {
		const tx = txx as unknown as Db;
		const [target] = await tx.select({ id: comment.id }).from(comment).where(eq(comment.id, commentId));
		if (!target) throw new NotFoundError('comment_not_found');
		await tx.update(commentReport).set({ resolvedAt: ctx.now(), resolution: 'dismissed' }).where(and(eq(commentReport.commentId, commentId), isNull(commentReport.resolvedAt)));
		await recordAudit(tx, ctx, { action: 'comment.dismiss_reports', targetType: 'comment', targetId: commentId });
	});
}
