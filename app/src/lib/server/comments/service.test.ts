import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { addComment, listComments, reportComment } from './service';
import { comment, commentReport } from './schema';
import { user } from '../accounts/schema';
import { process as processTable } from '../processes/schema';
import { hideComment } from '../moderation/service';


describe.each(backends)('comments on %s', (kind) => {
	let t: TestDatabase;
	let anna: NonNullable<Actor>;
	let bartek: NonNullable<Actor>;
	let unverified: NonNullable<Actor>;
	let moderator: NonNullable<Actor>;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		anna = await t.user('resident', 'Anna Kowalczyk');
		bartek = await t.user('resident', 'Bartek Lis');
		moderator = await t.user('moderator');
		const u = await t.user('resident', 'Niepotwierdzony');
		await t.db.update(user).set({ emailVerified: false }).where(eq(user.id, u.id));
		unverified = { ...u, emailVerified: false };
	});
	afterAll(() => t.drop());

	describe('writing', () => {
		it('a signed-in resident with a confirmed e-mail comments', async () => {
			const target = await t.discussion();
			const at = new Date('2026-05-10T09:00:00Z');
			const id = await addComment(t.ctx(anna, () => at), { ...target, body: '  Więcej ścieżek rowerowych!  ' });
			const [row] = await t.db.select().from(comment).where(eq(comment.id, id));
			expect(row).toMatchObject({ ...target, authorId: anna.id, body: 'Więcej ścieżek rowerowych!', status: 'visible', parentId: null, createdAt: at });
			expect(await listComments(t.ctx(null), target.targetType, target.targetId)).toEqual([
				expect.objectContaining({ id, authorName: 'Anna Kowalczyk', body: 'Więcej ścieżek rowerowych!', hidden: false, replies: [] })
			]);
		});

		it('keeps the language the comment is written in (Polish when not said); refuses one the platform does not speak', async () => {
			const target = await t.discussion();
			const en = await addComment(t.ctx(anna), { ...target, body: 'More bike lanes, please.', lang: 'en' });
			const pl = await addComment(t.ctx(anna), { ...target, body: 'Więcej drzew, proszę.' });
			const thread = await listComments(t.ctx(null), target.targetType, target.targetId);
			expect(thread.map((c) => [c.id, c.lang])).toEqual([
				[en, 'en'],
				[pl, 'pl']
			]);
			await expect(addComment(t.ctx(anna), { ...target, body: 'Mehr Bäume.', lang: 'de' })).rejects.toMatchObject({ status: 400, fields: { lang: 'content_lang_invalid' } });
		});

		it('anonymous visitors must sign in (401) and unconfirmed accounts must confirm their e-mail (403)', async () => {
			const target = await t.discussion();
			await expect(addComment(t.ctx(null), { ...target, body: 'Anonimowy głos' })).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
			await expect(addComment(t.ctx(unverified), { ...target, body: 'Jeszcze niepotwierdzony' })).rejects.toMatchObject({ status: 403, code: 'forbidden' });
			expect(await t.db.select().from(comment).where(eq(comment.targetId, target.targetId))).toHaveLength(0);
		});

		it('only on something that exists and that the author can see: unknown targets and draft processes are 404', async () => {
			await expect(addComment(t.ctx(anna), { targetType: 'process', targetId: 'no-such-process', body: 'Do nikąd' })).rejects.toMatchObject({ status: 404 });
			await expect(addComment(t.ctx(anna), { targetType: 'idea', targetId: 'no-such-idea', body: 'Do nikąd' })).rejects.toMatchObject({ status: 404 });
			await expect(addComment(t.ctx(anna), { targetType: 'recommendation', targetId: 'no-such-recommendation', body: 'Do nikąd' })).rejects.toMatchObject({ status: 404 });
			const draft = await t.discussion();
			await t.db.update(processTable).set({ status: 'draft' }).where(eq(processTable.id, draft.targetId));
			await expect(addComment(t.ctx(anna), { ...draft, body: 'Szkic jeszcze niepubliczny' })).rejects.toMatchObject({ status: 404 });
			expect(await t.db.select().from(comment).where(eq(comment.targetId, draft.targetId))).toHaveLength(0);
		});

		it('names invalid fields', async () => {
			await expect(addComment(t.ctx(anna), { targetType: 'weather', targetId: '', body: ' x ' })).rejects.toMatchObject({
				status: 400,
				fields: { targetType: expect.any(String), targetId: expect.any(String), body: 'comment_too_short' }
			});
			await expect(addComment(t.ctx(anna), { ...(await t.discussion()), body: 'x'.repeat(5001) })).rejects.toMatchObject({ status: 400, fields: { body: 'comment_too_long' } });
		});

		it('stores markup as plain text, untouched (escaping is the page’s job)', async () => {
			const target = await t.discussion();
			const body = `<script>alert('x')</script> '); DROP TABLE comment; --`;
			const id = await addComment(t.ctx(anna), { ...target, body });
			const [row] = await t.db.select().from(comment).where(eq(comment.id, id));
			expect(row.body).toBe(body);
		});
	});

	describe('threads', () => {
		it('replies nest under the comment they answer, in the order written', async () => {
			const target = await t.discussion();
			const clock = (m: number) => () => new Date(Date.UTC(2026, 4, 10, 9, m));
			const root = await addComment(t.ctx(anna, clock(0)), { ...target, body: 'Pytanie o budżet' });
			const reply1 = await addComment(t.ctx(bartek, clock(1)), { ...target, parentId: root, body: 'Pierwsza odpowiedź' });
			const reply2 = await addComment(t.ctx(anna, clock(2)), { ...target, parentId: root, body: 'Druga odpowiedź' });
			const nested = await addComment(t.ctx(bartek, clock(3)), { ...target, parentId: reply1, body: 'Odpowiedź na odpowiedź' });
			const second = await addComment(t.ctx(bartek, clock(4)), { ...target, body: 'Osobny wątek' });

			const thread = await listComments(t.ctx(null), target.targetType, target.targetId);
			expect(thread.map((c) => c.id)).toEqual([root, second]);
			expect(thread[0].replies.map((c) => c.id)).toEqual([reply1, reply2]);
			expect(thread[0].replies[0].replies).toEqual([expect.objectContaining({ id: nested, parentId: reply1, authorName: 'Bartek Lis' })]);
		});

		it('a reply must answer a comment in the same discussion', async () => {
			const target = await t.discussion();
			const elsewhere = await addComment(t.ctx(anna), { ...(await t.discussion()), body: 'Inna dyskusja' });
			await expect(addComment(t.ctx(bartek), { ...target, parentId: elsewhere, body: 'Odpowiedź nie tutaj' })).rejects.toMatchObject({ status: 404 });
			await expect(addComment(t.ctx(bartek), { ...target, parentId: 'no-such-comment', body: 'Odpowiedź donikąd' })).rejects.toMatchObject({ status: 404 });
			expect(await t.db.select().from(comment).where(eq(comment.targetId, target.targetId))).toHaveLength(0);
		});

		it('each discussion lists only its own comments', async () => {
			const a = await t.discussion();
			const b = await t.discussion();
			await addComment(t.ctx(anna), { ...a, body: 'W dyskusji A' });
			await addComment(t.ctx(anna), { ...b, body: 'W dyskusji B' });
			expect((await listComments(t.ctx(null), a.targetType, a.targetId)).map((c) => c.body)).toEqual(['W dyskusji A']);
		});
	});

	describe('reporting', () => {
		it('a person reports a comment once; the second report is 409; others may report too', async () => {
			const id = await addComment(t.ctx(anna), { ...(await t.discussion()), body: 'Komentarz sporny' });
			await reportComment(t.ctx(bartek), { commentId: id, reason: 'obraźliwy' });
			await expect(reportComment(t.ctx(bartek), { commentId: id, reason: 'nadal obraźliwy' })).rejects.toMatchObject({ status: 409, code: 'conflict' });
			await reportComment(t.ctx(moderator), { commentId: id, reason: 'spam' });
			const reports = await t.db.select().from(commentReport).where(eq(commentReport.commentId, id));
			expect(reports.map((r) => [r.reporterId, r.reason]).sort()).toEqual(
				[
					[bartek.id, 'obraźliwy'],
					[moderator.id, 'spam']
				].sort()
			);
		});

		it('two simultaneous reports by one person count once (the database enforces it)', async () => {
			const id = await addComment(t.ctx(anna), { ...(await t.discussion()), body: 'Komentarz zgłaszany podwójnie' });
			const results = await Promise.allSettled([
				reportComment(t.ctx(bartek), { commentId: id, reason: 'podwójne kliknięcie' }),
				reportComment(t.ctx(bartek), { commentId: id, reason: 'podwójne kliknięcie' })
			]);
			expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
			expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 409 } });
			expect(await t.db.select().from(commentReport).where(eq(commentReport.commentId, id))).toHaveLength(1);
		});

		it('anonymous visitors cannot report; unknown comments are 404; the reason is required', async () => {
			const id = await addComment(t.ctx(anna), { ...(await t.discussion()), body: 'Zwykły komentarz' });
			await expect(reportComment(t.ctx(null), { commentId: id, reason: 'spam' })).rejects.toMatchObject({ status: 401 });
			await expect(reportComment(t.ctx(bartek), { commentId: 'no-such-comment', reason: 'spam' })).rejects.toMatchObject({ status: 404 });
			await expect(reportComment(t.ctx(bartek), { commentId: id, reason: ' x ' })).rejects.toMatchObject({ status: 400, fields: { reason: 'reason_too_short' } });
			expect(await t.db.select().from(commentReport).where(eq(commentReport.commentId, id))).toHaveLength(0);
		});
	});

	describe('hidden comments', () => {
		it('keep their place and show the reason; the body is hidden from everyone but its author', async () => {
			const target = await t.discussion();
			const hiddenId = await addComment(t.ctx(anna), { ...target, body: 'Treść naruszająca regulamin' });
			const reply = await addComment(t.ctx(bartek), { ...target, parentId: hiddenId, body: 'Odpowiedź zostaje' });
			await hideComment(t.ctx(moderator), { commentId: hiddenId, reason: 'Wycieczki osobiste' });

			for (const viewer of [null, bartek, moderator]) {
				const [view] = await listComments(t.ctx(viewer), target.targetType, target.targetId);
				expect(view).toMatchObject({ id: hiddenId, hidden: true, hiddenReason: 'Wycieczki osobiste', body: null });
				expect(view.replies).toEqual([expect.objectContaining({ id: reply, body: 'Odpowiedź zostaje', hidden: false })]);
			}
			const [own] = await listComments(t.ctx(anna), target.targetType, target.targetId);
			expect(own).toMatchObject({ hidden: true, hiddenReason: 'Wycieczki osobiste', body: 'Treść naruszająca regulamin' });
		});
	});
});
