import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { UnauthenticatedError } from '../core/errors';
import { newId } from '../core/ids';
import { user } from '../accounts/schema';
import { notification } from './schema';
import { sendEmail } from './mailer';
import { recipientLocale, type EmailSpec } from './email';
import type { NotificationKind } from '$lib/notificationKinds';

/** Notifies a person in the app and by e-mail, in the language kept on their account. */
export async function notify(db: Db, userId: string, kind: NotificationKind, payload: Record<string, string>, mail?: EmailSpec, now = new Date()) {
	await db.insert(notification).values({ id: newId(), userId, kind, payload, createdAt: now });
	if (mail) {
		const [u] = await db.select({ email: user.email, locale: user.locale }).from(user).where(eq(user.id, userId));
		if (u) await sendEmail(db, u.email, recipientLocale(u.locale), mail);
	}
}

export async function myNotifications(ctx: ServiceContext) {
	if (!ctx.actor) throw new UnauthenticatedError();
	return ctx.db.select().from(notification).where(eq(notification.userId, ctx.actor.id)).orderBy(desc(notification.createdAt)).limit(100);
}

export async function unreadCount(ctx: ServiceContext): Promise<number> {
	if (!ctx.actor) return 0;
	const [row] = await ctx.db
		.select({ n: sql<number>`count(*)::int` })
		.from(notification)
		.where(and(eq(notification.userId, ctx.actor.id), isNull(notification.readAt)));
	return row?.n ?? 0;
}

export async function markAllRead(ctx: ServiceContext) {
	if (!ctx.actor) throw new UnauthenticatedError();
	await ctx.db.update(notification).set({ readAt: ctx.now() }).where(and(eq(notification.userId, ctx.actor.id), isNull(notification.readAt)));
}
