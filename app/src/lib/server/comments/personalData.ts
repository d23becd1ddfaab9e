import { eq } from 'drizzle-orm';
import type { PersonalDataHook } from '../personalData';
import { comment, commentReport } from './schema';

export const commentsPersonalData: PersonalDataHook = {
	module: 'comments',
	async export(db, userId) {
		const comments = await db.select({ id: comment.id, targetType: comment.targetType, targetId: comment.targetId, body: comment.body, status: comment.status, createdAt: comment.createdAt }).from(comment).where(eq(comment.authorId, userId));
		const reports = await db.select({ commentId: commentReport.commentId, reason: commentReport.reason, createdAt: commentReport.createdAt }).from(commentReport).where(eq(commentReport.reporterId, userId));
		return { comments, reports };
	},
	async erase(db, userId) {
		// Comments stay in the discussion without an author; reports lose their reporter.
		await db.update(comment).set({ authorId: null }).where(eq(comment.authorId, userId));
		await db.update(commentReport).set({ reporterId: null }).where(eq(commentReport.reporterId, userId));
	}
};
