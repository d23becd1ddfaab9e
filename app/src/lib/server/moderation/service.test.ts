import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { backends, mailsTo, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { dismissReports, hideComment, moderationQueue, restoreComment } from './service';
import { addComment, listComments, reportComment } from '../comments/service';
import { comment, commentReport } from '../comments/schema';
import { auditLog } from '../audit/schema';
import { notification } from '../notifications/schema';
import { myNotifications, unreadCount, markAllRead } from '../notifications/service';
import { deleteMyAccount } from '../accounts/service';


describe.each(backends)('moderation on %s', (kind) => {
	let t: TestDatabase;
	let author: NonNullable<Actor> & { email: string };
	let reporter1: NonNullable<Actor>;
	let reporter2: NonNullable<Actor>;
	let moderator: NonNullable<Actor>;
	let admin: NonNullable<Actor>;
	let official: NonNullable<Actor>;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		[author, reporter1, reporter2, moderator, admin, official] = await Promise.all([
			t.user('resident', 'Autor Komentarza'),
			t.user('resident'),
			t.user('resident'),
			t.user('moderator'),
			t.user('admin'),
			t.user('official')
		]);
	});
	afterAll(() => t.drop());

	/** A comment by `author` with reports from both reporters. */
	async function reported(body = 'Sporny komentarz') {
		const target = await t.discussion();
		const id = await addComment(t.ctx(author), { ...target, body });
		await reportComment(t.ctx(reporter1, () => new Date('2026-05-01T10:00:00Z')), { commentId: id, reason: 'obraźliwy' });
		await reportComment(t.ctx(reporter2, () => new Date('2026-05-01T11:00:00Z')), { commentId: id, reason: 'spam' });
		return { id, target };
	}
	const auditOf = (id: string) =>
		t.db.select().from(auditLog).where(and(eq(auditLog.targetType, 'comment'), eq(auditLog.targetId, id))).orderBy(asc(auditLog.id));
	const commentRow = async (id: string) => (await t.db.select().from(comment).where(eq(comment.id, id)))[0];
	const reportsOf = (id: string) => t.db.select().from(commentReport).where(eq(commentReport.commentId, id));

	describe('the queue', () => {
		it('lists reported comments with the number of reports and their reasons', async () => {
			const { id } = await reported('Do sprawdzenia');
			const queue = await moderationQueue(t.ctx(moderator));
			const item = queue.find((q) => q.commentId === id);
			expect(item).toMatchObject({ body: 'Do sprawdzenia', status: 'visible', reports: 2 });
			expect([...item!.reasons].sort()).toEqual(['obraźliwy', 'spam']);
			// Admins moderate too.
			expect((await moderationQueue(t.ctx(admin))).map((q) => q.commentId)).toContain(id);
		});

		it('is closed to residents, officials and anonymous visitors', async () => {
			for (const actor of [null, author, official]) await expect(moderationQueue(t.ctx(actor))).rejects.toMatchObject({ status: 403 });
		});
	});

	describe('hiding', () => {
		it('hides the comment, resolves its reports, audits, and tells the author in the app and by e-mail', async () => {
			const { id, target } = await reported('Treść do ukrycia');
			const at = new Date('2026-05-02T08:30:00Z');
			await hideComment(t.ctx(moderator, () => at), { commentId: id, reason: 'Język niezgodny z regulaminem' });

			expect(await commentRow(id)).toMatchObject({ status: 'hidden', hiddenReason: 'Język niezgodny z regulaminem', hiddenBy: moderator.id, hiddenAt: at, body: 'Treść do ukrycia' });
			expect((await reportsOf(id)).map((r) => [r.resolution, r.resolvedAt])).toEqual([
				['hidden', at],
				['hidden', at]
			]);
			expect((await moderationQueue(t.ctx(moderator))).map((q) => q.commentId)).not.toContain(id);

			expect(await auditOf(id)).toEqual([
				expect.objectContaining({ actorId: moderator.id, actorRole: 'moderator', action: 'comment.hide', before: { status: 'visible' }, after: { status: 'hidden', reason: 'Język niezgodny z regulaminem' } })
			]);

			const notes = await t.db.select().from(notification).where(eq(notification.userId, author.id));
			expect(notes.find((n) => n.payload.commentId === id)).toMatchObject({
				kind: 'comment_hidden',
				payload: { commentId: id, reason: 'Język niezgodny z regulaminem', ...target },
				readAt: null
			});
			const mail = (await mailsTo(t.db, author.email)).find((m) => m.text.includes('Język niezgodny z regulaminem'));
			expect(mail?.subject).toMatch(/ukryty|hidden/);
			expect((await myNotifications(t.ctx(author))).some((n) => n.payload.commentId === id)).toBe(true);
		});

		it('the author reads the notification; it then no longer counts as unread', async () => {
			const { id } = await reported();
			await hideComment(t.ctx(moderator), { commentId: id, reason: 'Poza tematem dyskusji' });
			expect(await unreadCount(t.ctx(author))).toBeGreaterThan(0);
			await markAllRead(t.ctx(author));
			expect(await unreadCount(t.ctx(author))).toBe(0);
			expect(await unreadCount(t.ctx(null))).toBe(0);
		});

		it('only moderators and admins hide; nothing changes otherwise', async () => {
			const { id } = await reported();
			for (const actor of [null, author, reporter1, official]) {
				await expect(hideComment(t.ctx(actor), { commentId: id, reason: 'Bo tak chcę' })).rejects.toMatchObject({ status: 403 });
			}
			expect((await commentRow(id)).status).toBe('visible');
			expect((await reportsOf(id)).every((r) => r.resolvedAt === null)).toBe(true);
			expect(await auditOf(id)).toEqual([]);

			await hideComment(t.ctx(admin), { commentId: id, reason: 'Admin też moderuje' });
			expect((await commentRow(id)).status).toBe('hidden');
		});

		it('needs a reason the author can understand, and an existing comment', async () => {
			const { id } = await reported();
			await expect(hideComment(t.ctx(moderator), { commentId: id, reason: 'zły' })).rejects.toMatchObject({ status: 400, fields: { reason: 'reason_too_short' } });
			await expect(hideComment(t.ctx(moderator), { commentId: 'no-such-comment', reason: 'Poza tematem' })).rejects.toMatchObject({ status: 404 });
			expect((await commentRow(id)).status).toBe('visible');
		});

		it('a comment whose author deleted the account is hidden without notifying anyone', async () => {
			const leaver = await t.user('resident');
			const id = await addComment(t.ctx(leaver), { ...(await t.discussion()), body: 'Komentarz osoby, która odeszła' });
			await deleteMyAccount(t.ctx(leaver));
			const before = (await t.db.select().from(notification)).length;
			await hideComment(t.ctx(moderator), { commentId: id, reason: 'Nieaktualne dane osobowe' });
			expect(await commentRow(id)).toMatchObject({ status: 'hidden', authorId: null });
			expect(await t.db.select().from(notification)).toHaveLength(before);
		});
	});

	describe('dismissing reports', () => {
		it('closes the reports, keeps the comment visible, audits', async () => {
			const { id, target } = await reported('Komentarz w porządku');
			await dismissReports(t.ctx(moderator), id);
			expect((await commentRow(id)).status).toBe('visible');
			expect((await reportsOf(id)).map((r) => r.resolution)).toEqual(['dismissed', 'dismissed']);
			expect((await moderationQueue(t.ctx(moderator))).map((q) => q.commentId)).not.toContain(id);
			expect((await auditOf(id)).map((e) => [e.action, e.actorId])).toEqual([['comment.dismiss_reports', moderator.id]]);
			const [view] = await listComments(t.ctx(null), target.targetType, target.targetId);
			expect(view).toMatchObject({ hidden: false, body: 'Komentarz w porządku' });
		});

		it('only moderators and admins dismiss; an unknown comment is 404', async () => {
			const { id } = await reported();
			for (const actor of [null, author, official]) await expect(dismissReports(t.ctx(actor), id)).rejects.toMatchObject({ status: 403 });
			expect((await reportsOf(id)).every((r) => r.resolvedAt === null)).toBe(true);
			await expect(dismissReports(t.ctx(moderator), 'no-such-comment')).rejects.toMatchObject({ status: 404 });
			expect(await auditOf('no-such-comment')).toEqual([]);
		});
	});

	describe('restoring', () => {
		it('makes a hidden comment visible again, clears the reason, audits with the old reason', async () => {
			const { id, target } = await reported('Ukryty przez pomyłkę');
			await hideComment(t.ctx(moderator), { commentId: id, reason: 'Pomyłka moderatora' });
			await restoreComment(t.ctx(admin), id);
			expect(await commentRow(id)).toMatchObject({ status: 'visible', hiddenReason: null, hiddenBy: null, hiddenAt: null });
			const [view] = await listComments(t.ctx(null), target.targetType, target.targetId);
			expect(view).toMatchObject({ hidden: false, hiddenReason: null, body: 'Ukryty przez pomyłkę' });
			expect((await auditOf(id)).at(-1)).toMatchObject({ action: 'comment.restore', actorId: admin.id, before: { status: 'hidden', reason: 'Pomyłka moderatora' }, after: { status: 'visible' } });
		});

		it('only moderators and admins restore; an unknown comment is 404', async () => {
			const { id } = await reported();
			await hideComment(t.ctx(moderator), { commentId: id, reason: 'Poza tematem dyskusji' });
			for (const actor of [null, author, official]) await expect(restoreComment(t.ctx(actor), id)).rejects.toMatchObject({ status: 403 });
			expect((await commentRow(id)).status).toBe('hidden');
			await expect(restoreComment(t.ctx(moderator), 'no-such-comment')).rejects.toMatchObject({ status: 404 });
		});
	});
});
