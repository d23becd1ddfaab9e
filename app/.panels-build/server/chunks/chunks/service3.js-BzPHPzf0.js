import { U as UnauthenticatedError } from './errors2.js-qlgBpaJE.js';
import { n as newId } from './ids.js-DjVSHxXU.js';
import { u as user } from './schema.js-Do_En6u5.js';
import { eq, sql, and, isNull, desc } from 'drizzle-orm';
import { pgTable, timestamp, jsonb, text, index } from 'drizzle-orm/pg-core';

// src/lib/server/notifications/schema.ts
/** In-app notifications (e.g. "a moderator hid your comment, because..."). */
var notification = pgTable("notification", {
	id: text("id").primaryKey(),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
	kind: text("kind").notNull(),
	payload: jsonb("payload").$type().notNull(),
	readAt: timestamp("read_at", { withTimezone: true }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("notification_user_idx").on(t.userId)]);
/** Every e-mail the platform sends. Without SMTP this table is the outbox admins and tests read. */
var outboxEmail = pgTable("outbox_email", {
	id: text("id").primaryKey(),
	to: text("to").notNull(),
	subject: text("subject").notNull(),
	text: text("text").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	sentAt: timestamp("sent_at", { withTimezone: true }),
	error: text("error")
});
// src/lib/server/notifications/mailer.ts
var transport;
async function smtpTransport() {
	if (transport !== void 0) return transport;
	const host = process.env.SMTP_HOST;
	if (!host) return transport = null;
	transport = (await import('nodemailer')).default.createTransport({
		host,
		port: Number(process.env.SMTP_PORT ?? 587),
		secure: process.env.SMTP_SECURE === "true",
		auth: process.env.SMTP_USER ? {
			user: process.env.SMTP_USER,
			pass: process.env.SMTP_PASSWORD ?? ""
		} : void 0
	});
	return transport;
}
/** Every message is kept in the outbox; with SMTP configured it is also sent. */
async function sendMail(db, mail) {
	const id = newId();
	await db.insert(outboxEmail).values({
		id,
		...mail
	});
	const smtp = await smtpTransport();
	if (!smtp) return;
	try {
		await smtp.sendMail({
			from: process.env.SMTP_FROM ?? "Decydujemy <no-reply@localhost>",
			...mail
		});
		await db.update(outboxEmail).set({ sentAt: /* @__PURE__ */ new Date() }).where(eq(outboxEmail.id, id));
	} catch (e) {
		await db.update(outboxEmail).set({ error: String(e) }).where(eq(outboxEmail.id, id));
	}
}
// src/lib/server/notifications/service.ts
/** Notifies a person in the app and by e-mail. */
async function notify(db, userId, kind, payload, mail, now = /* @__PURE__ */ new Date()) {
	await db.insert(notification).values({
		id: newId(),
		userId,
		kind,
		payload,
		createdAt: now
	});
	if (mail) {
		const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
		if (u) await sendMail(db, {
			to: u.email,
			...mail
		});
	}
}
async function myNotifications(ctx) {
	if (!ctx.actor) throw new UnauthenticatedError();
	return ctx.db.select().from(notification).where(eq(notification.userId, ctx.actor.id)).orderBy(desc(notification.createdAt)).limit(100);
}
async function unreadCount(ctx) {
	if (!ctx.actor) return 0;
	const [row] = await ctx.db.select({ n: sql`count(*)::int` }).from(notification).where(and(eq(notification.userId, ctx.actor.id), isNull(notification.readAt)));
	return row?.n ?? 0;
}
async function markAllRead(ctx) {
	if (!ctx.actor) throw new UnauthenticatedError();
	await ctx.db.update(notification).set({ readAt: ctx.now() }).where(and(eq(notification.userId, ctx.actor.id), isNull(notification.readAt)));
}

export { notification as a, myNotifications as b, markAllRead as m, notify as n, outboxEmail as o, sendMail as s, unreadCount as u };
//# sourceMappingURL=service3.js-BzPHPzf0.js.map
