import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, mailsTo, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { markAllRead, myNotifications, notify, unreadCount } from './service';
import { sendMail } from './mailer';
import { notification, outboxEmail } from './schema';
import { user } from '../accounts/schema';

describe.each(backends)('notifications on %s', (kind) => {
	let t: TestDatabase;
	let ola: NonNullable<Actor> & { email: string };
	let piotr: NonNullable<Actor> & { email: string };
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		[ola, piotr] = await Promise.all([t.user('resident'), t.user('resident')]);
	});
	afterAll(() => t.drop());

	it('notify stores the notification and, with a message, e-mails the person through the outbox, in the language of their account', async () => {
		const at = new Date('2026-06-01T12:00:00Z');
		const mail = { key: 'meeting_seat', params: { title: 'Sadzimy drzewa', startsAt: new Date('2026-12-09T17:05:00Z') }, link: '/meetings/m-1' };
		await notify(t.db, ola.id, 'idea_answered', { projectId: 'p-1' }, mail, at);
		const [row] = await t.db.select().from(notification).where(eq(notification.userId, ola.id));
		expect(row).toMatchObject({ kind: 'idea_answered', payload: { projectId: 'p-1' }, readAt: null, createdAt: at });
		const [sent] = await mailsTo(t.db, ola.email);
		expect(sent).toMatchObject({ subject: 'Decydujemy: masz miejsce na spotkaniu „Sadzimy drzewa”', sentAt: null, error: null });
		expect(sent.text).toContain('środa, 9 grudnia 2026 18:05');
		expect(sent.html).toContain('<html lang="pl">');

		const oksana = await t.user('resident');
		await t.db.update(user).set({ locale: 'uk' }).where(eq(user.id, oksana.id));
		await notify(t.db, oksana.id, 'idea_answered', { projectId: 'p-2' }, mail, at);
		const [uk] = await mailsTo(t.db, oksana.email);
		expect(uk.subject).toBe('Decydujemy: для вас є місце на зустрічі «Sadzimy drzewa»');
		expect(uk.text).toContain('середа, 9 грудня 2026 р. о 18:05');
		expect(uk.text).toMatch(/http:\/\/localhost:\d+\/uk\/meetings\/m-1/);
	});

	it('without a message nothing is e-mailed', async () => {
		await notify(t.db, piotr.id, 'meeting_reminder', { processId: 'x' });
		expect(await mailsTo(t.db, piotr.email)).toEqual([]);
		expect(await unreadCount(t.ctx(piotr))).toBe(1);
	});

	it('each person reads and marks only their own notifications', async () => {
		await notify(t.db, piotr.id, 'meeting_reminder', { processId: 'y' });
		expect((await myNotifications(t.ctx(ola))).every((n) => n.userId === ola.id)).toBe(true);
		const readAt = new Date('2026-06-02T08:00:00Z');
		await markAllRead(t.ctx(ola, () => readAt));
		expect(await unreadCount(t.ctx(ola))).toBe(0);
		expect((await myNotifications(t.ctx(ola))).map((n) => n.readAt)).toEqual([readAt]);
		expect(await unreadCount(t.ctx(piotr))).toBe(2);
	});

	it('anonymous visitors have no notifications', async () => {
		await expect(myNotifications(t.ctx(null))).rejects.toMatchObject({ status: 401 });
		await expect(markAllRead(t.ctx(null))).rejects.toMatchObject({ status: 401 });
		expect(await unreadCount(t.ctx(null))).toBe(0);
	});

	it('without SMTP every e-mail stays in the outbox, unsent', async () => {
		await sendMail(t.db, { to: 'someone@example.pl', subject: 'Temat', text: 'Treść' });
		const [mail] = await t.db.select().from(outboxEmail).where(eq(outboxEmail.to, 'someone@example.pl'));
		expect(mail).toMatchObject({ subject: 'Temat', text: 'Treść', sentAt: null, error: null });
	});
});
