import { z } from 'zod';
import { CONTENT_LANGS } from '../core/schema';
import { and, asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { user } from '../accounts/schema';
import { comment, commentReport } from './schema';
import { commentRules } from './permissions';
import { COMMENT_MAX, REPORT_REASON_MAX } from '../../limits';
import { assertCommentable } from './targets';

/** Things that can be commented on. Modules add theirs here. */
export const COMMENT_TARGETS = ['process', 'project', 'recommendation', 'idea', 'paragraph'] as const;

export const commentInput = z.object({
	targetType: z.enum(COMMENT_TARGETS),
	targetId: z.string().min(1).max(100),
	parentId: z.string().max(100).optional().nullable(),
	body: z.string().trim().min(2, 'comment_too_short').max(COMMENT_MAX, 'comment_too_long'),
	/** The language it is written in (the author's interface language unless they chose another). */
	lang: z.enum(CONTENT_LANGS, 'content_lang_invalid').default('pl')
});

export interface CommentView {
	id: string;
	parentId: string | null;
	authorName: string | null;
	authorId: string | null;
	body: string | null;
	/** The language of the body (`lang` on the element that shows it). */
	lang: string;
	hidden: boolean;
	hiddenReason: string | null;
	createdAt: Date;
	replies: CommentView[];
}

export async function addComment(ctx: ServiceContext, input: unknown): Promise<string> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!commentRules.create(ctx.actor)) throw new ForbiddenError('email_not_verified');
	const data = parseInput(commentInput, input);
	await assertCommentable(ctx, data.targetType, data.targetId);
	if (data.parentId) {
		const [parent] = await ctx.db.select().from(comment).where(eq(comment.id, data.parentId));
		if (!parent || parent.targetType !== data.targetType || parent.targetId !== data.targetId)
			throw new NotFoundError('reply_target_not_found');
	}
	const id = newId();
	await ctx.db.insert(comment).values({
		id,
		targetType: data.targetType,
		targetId: data.targetId,
		parentId: data.parentId ?? null,
		authorId: ctx.actor.id,
		body: data.body,
		lang: data.lang,
		createdAt: ctx.now()
	});
	return id;
}

/** The thread of a target. Hidden comments keep their place and show the public reason only. */
export async function listComments(ctx: ServiceContext, targetType: string, targetId: string): Promise<CommentView[]> {
	const rows = await ctx.db
		.select({ c: comment, authorName: user.name })
		.from(comment)
		.leftJoin(user, eq(user.id, comment.authorId))
		.where(and(eq(comment.targetType, targetType), eq(comment.targetId, targetId)))
		.orderBy(asc(comment.createdAt));
	const byId = new Map<string, CommentView>();
	const roots: CommentView[] = [];
	for (const { c, authorName } of rows) {
		const hidden = c.status === 'hidden';
		const isAuthor = !!ctx.actor && ctx.actor.id === c.authorId;
		byId.set(c.id, {
			id: c.id,
			parentId: c.parentId,
			authorName,
			authorId: c.authorId,
			// The author still sees their own hidden text, so they understand the reason.
			body: hidden && !isAuthor ? null : c.body,
			lang: c.lang,
			hidden,
			hiddenReason: c.hiddenReason,
			createdAt: c.createdAt,
			replies: []
		});
	}
	for (const view of byId.values()) {
		const parent = view.parentId ? byId.get(view.parentId) : undefined;
		(parent ? parent.replies : roots).push(view);
	}
	return roots;
}

export const reportInput = z.object({
	commentId: z.string().min(1).max(100),
	reason: z.string().trim().min(3, 'reason_too_short').max(REPORT_REASON_MAX, 'reason_too_long')
});

export async function reportComment(ctx: ServiceContext, input: unknown): Promise<void> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!commentRules.report(ctx.actor)) throw new ForbiddenError();
	const data = parseInput(reportInput, input);
	const [target] = await ctx.db.select({ id: comment.id }).from(comment).where(eq(comment.id, data.commentId));
	if (!target) throw new NotFoundError('comment_not_found');
	const inserted = await ctx.db
		.insert(commentReport)
		.values({ id: newId(), commentId: data.commentId, reporterId: ctx.actor.id, reason: data.reason, createdAt: ctx.now() })
		.onConflictDoNothing()
		.returning({ id: commentReport.id });
	if (inserted.length === 0) throw new ConflictError('already_reported');
}
