import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { newId } from '../core/ids';
import { outboxEmail } from './schema';
import { renderEmail, type EmailSpec } from './email';
import type { Locale } from '$lib/format';

export interface Mail {
	to: string;
	subject: string;
	/** The plain-text part (every mail has one). */
	text: string;
	/** The HTML part, when there is one. */
	html?: string;
}

type Transport = { sendMail(m: { from: string; to: string; subject: string; text: string; html?: string }): Promise<unknown> };
let transport: Transport | null | undefined;

async function smtpTransport(): Promise<Transport | null> {
	if (transport !== undefined) return transport;
	const host = process.env.SMTP_HOST;
	if (!host) return (transport = null);
	const nodemailer = await import('nodemailer');
	transport = nodemailer.default.createTransport({
		host,
		port: Number(process.env.SMTP_PORT ?? 587),
		secure: process.env.SMTP_SECURE === 'true',
		auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD ?? '' } : undefined
	});
	return transport;
}

/** Every message is kept in the outbox; with SMTP configured it is also sent. */
export async function sendMail(db: Db, mail: Mail): Promise<void> {
	const id = newId();
	await db.insert(outboxEmail).values({ id, ...mail, html: mail.html ?? null });
	const smtp = await smtpTransport();
	if (!smtp) return;
	try {
		await smtp.sendMail({ from: process.env.SMTP_FROM ?? 'Decydujemy <no-reply@localhost>', ...mail });
		await db.update(outboxEmail).set({ sentAt: new Date() }).where(eq(outboxEmail.id, id));
	} catch (e) {
		await db.update(outboxEmail).set({ error: String(e) }).where(eq(outboxEmail.id, id));
	}
}

/** An e-mail written from messages, in the recipient's language (see email.ts). */
export async function sendEmail(db: Db, to: string, locale: Locale, spec: EmailSpec): Promise<void> {
	await sendMail(db, { to, ...renderEmail(spec, locale) });
}
