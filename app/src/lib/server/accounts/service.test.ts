import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { backends, linkFromMail, mailsTo, openTestDatabase, type TestDatabase } from '../testing/db';
import {
	createAccount,
	deleteMyAccount,
	exportMyData,
	getProfile,
	listUsers,
	readOutbox,
	requestPasswordReset,
	resetPassword,
	setRole,
	signIn,
	signUp,
	updateProfile
} from './service';
import { account, session, user } from './schema';
import { auditLog } from '../audit/schema';
import { comment, commentReport } from '../comments/schema';
import { notification } from '../notifications/schema';
import { addComment, listComments, reportComment } from '../comments/service';
import { hideComment } from '../moderation/service';

const uniq = () => randomBytes(4).toString('hex');
const newEmail = () => `person-${uniq()}@example.pl`;
/** Every test uses its own client address, so the rate limits of one never touch another. */
const newClient = () => `203.0.113.${uniq()}`;
const VERIFY_LINK = /\/verify-email\?token=([^&\s]+)/;
const RESET_LINK = /\/reset-password\/([^?\s]+)/;

describe.each(backends)('accounts on %s', (kind) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t.drop());

	const anonymous = () => t.ctx(null);

	async function signUpVerified(name = 'Zofia Nowak', password = 'correct-horse-battery') {
		const email = newEmail();
		await signUp(anonymous(), t.auth, { name, email, password }, newClient());
		const token = await linkFromMail(t.db, email, VERIFY_LINK);
		await t.auth.api.verifyEmail({ query: { token } });
		const [row] = await t.db.select().from(user).where(eq(user.email, email));
		return { id: row.id, email, password };
	}

	describe('sign-up', () => {
		it('names every invalid field', async () => {
			await expect(signUp(anonymous(), t.auth, { name: 'Z', email: 'not-an-address', password: 'short' }, newClient())).rejects.toMatchObject({
				status: 400,
				code: 'invalid',
				fields: { name: 'name_too_short', email: 'invalid_email', password: 'password_too_short' }
			});
		});

		it('creates an unverified resident and e-mails a confirmation link', async () => {
			const email = newEmail();
			await signUp(anonymous(), t.auth, { name: '  Jan Kowalski ', email: email.toUpperCase(), password: 'correct-horse-battery' }, newClient());
			const [row] = await t.db.select().from(user).where(eq(user.email, email));
			expect(row).toMatchObject({ name: 'Jan Kowalski', email, role: 'resident', emailVerified: false });
			const mails = await mailsTo(t.db, email);
			expect(mails).toHaveLength(1);
			expect(mails[0].text).toMatch(VERIFY_LINK);
		});

		it('refuses an e-mail address that already has an account (409, field email)', async () => {
			const email = newEmail();
			await signUp(anonymous(), t.auth, { name: 'Pierwsza Osoba', email, password: 'correct-horse-battery' }, newClient());
			await expect(signUp(anonymous(), t.auth, { name: 'Druga Osoba', email, password: 'another-password-1' }, newClient())).rejects.toMatchObject({
				status: 409,
				fields: { email: 'email_taken' }
			});
			// Differently written, same address.
			await expect(signUp(anonymous(), t.auth, { name: 'Druga Osoba', email: ` ${email.toUpperCase()} `, password: 'another-password-1' }, newClient())).rejects.toMatchObject({
				status: 409,
				fields: { email: 'email_taken' }
			});
			expect(await t.db.select().from(user).where(eq(user.email, email))).toHaveLength(1);
		});

		it('two simultaneous sign-ups with one address make one account; the other gets 409', async () => {
			const email = newEmail();
			const results = await Promise.allSettled(
				['Pierwsza', 'Druga'].map((name) => signUp(anonymous(), t.auth, { name: `${name} Osoba`, email, password: 'correct-horse-battery' }, newClient()))
			);
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 409, fields: { email: 'email_taken' } } });
			expect(await t.db.select().from(user).where(eq(user.email, email))).toHaveLength(1);
		});
	});

	describe('sign-in', () => {
		it('is refused until the e-mail address is confirmed, then works after the link in the e-mail', async () => {
			const email = newEmail();
			const password = 'correct-horse-battery';
			await signUp(anonymous(), t.auth, { name: 'Maria Wiśniewska', email, password }, newClient());
			await expect(signIn(anonymous(), t.auth, { email, password }, newClient(), new Headers())).rejects.toMatchObject({
				status: 403,
				code: 'email_not_verified',
				fields: { email: 'email_not_verified' }
			});
			let [row] = await t.db.select().from(user).where(eq(user.email, email));
			expect(await t.db.select().from(session).where(eq(session.userId, row.id))).toHaveLength(0);

			const token = await linkFromMail(t.db, email, VERIFY_LINK);
			await t.auth.api.verifyEmail({ query: { token } });
			[row] = await t.db.select().from(user).where(eq(user.email, email));
			expect(row.emailVerified).toBe(true);

			const result = await signIn(anonymous(), t.auth, { email, password }, newClient(), new Headers());
			expect(result?.user).toMatchObject({ id: row.id, email, emailVerified: true });
			expect(await t.db.select().from(session).where(eq(session.userId, row.id))).toHaveLength(1);
		});

		it('a forged or altered confirmation token does not verify anyone', async () => {
			const email = newEmail();
			await signUp(anonymous(), t.auth, { name: 'Adam Zieliński', email, password: 'correct-horse-battery' }, newClient());
			const token = await linkFromMail(t.db, email, VERIFY_LINK);
			const i = token.length - 10; // inside the signature, away from its padding bits
			const tampered = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
			await expect(t.auth.api.verifyEmail({ query: { token: tampered } })).rejects.toThrow();
			const [row] = await t.db.select().from(user).where(eq(user.email, email));
			expect(row.emailVerified).toBe(false);
		});

		it('a wrong password is 401 invalid_credentials, and so is an unknown address', async () => {
			const person = await signUpVerified();
			await expect(signIn(anonymous(), t.auth, { email: person.email, password: 'wrong-password-000' }, newClient(), new Headers())).rejects.toMatchObject({
				status: 401,
				code: 'invalid_credentials',
				fields: { password: 'invalid_credentials' }
			});
			await expect(signIn(anonymous(), t.auth, { email: newEmail(), password: 'whatever-password' }, newClient(), new Headers())).rejects.toMatchObject({
				status: 401,
				code: 'invalid_credentials'
			});
			expect(await t.db.select().from(session).where(eq(session.userId, person.id))).toHaveLength(0);
		});

		it('validates its input', async () => {
			await expect(signIn(anonymous(), t.auth, { email: 'nope', password: '' }, newClient(), new Headers())).rejects.toMatchObject({
				status: 400,
				fields: { email: 'invalid_email', password: 'required' }
			});
		});
	});

	describe('password reset', () => {
		it('sets a new password through the link in the e-mail; the link works once', async () => {
			const person = await signUpVerified();
			await signIn(anonymous(), t.auth, { email: person.email, password: person.password }, newClient(), new Headers());
			expect(await t.db.select().from(session).where(eq(session.userId, person.id))).toHaveLength(1);
			await requestPasswordReset(anonymous(), t.auth, { email: person.email }, newClient());
			const token = await linkFromMail(t.db, person.email, RESET_LINK);

			await resetPassword(anonymous(), t.auth, { token, password: 'a-brand-new-password' }, newClient());
			// Whoever knew the old password is signed out everywhere.
			expect(await t.db.select().from(session).where(eq(session.userId, person.id))).toHaveLength(0);
			await expect(signIn(anonymous(), t.auth, { email: person.email, password: person.password }, newClient(), new Headers())).rejects.toMatchObject({
				status: 401,
				code: 'invalid_credentials'
			});
			const ok = await signIn(anonymous(), t.auth, { email: person.email, password: 'a-brand-new-password' }, newClient(), new Headers());
			expect(ok?.user.id).toBe(person.id);

			await expect(resetPassword(anonymous(), t.auth, { token, password: 'yet-another-password' }, newClient())).rejects.toMatchObject({
				status: 400,
				fields: { token: 'invalid_token' }
			});
		});

		it('answers the same for an unknown address and sends nothing', async () => {
			const email = newEmail();
			await expect(requestPasswordReset(anonymous(), t.auth, { email }, newClient())).resolves.toBeUndefined();
			expect(await mailsTo(t.db, email)).toHaveLength(0);
		});

		it('refuses a made-up token and a short new password', async () => {
			await expect(resetPassword(anonymous(), t.auth, { token: 'made-up-token', password: 'a-brand-new-password' }, newClient())).rejects.toMatchObject({
				status: 400,
				fields: { token: 'invalid_token' }
			});
			await expect(resetPassword(anonymous(), t.auth, { token: 'x', password: 'short' }, newClient())).rejects.toMatchObject({
				status: 400,
				fields: { password: 'password_too_short' }
			});
		});
	});

	describe('profile', () => {
		const profile = { name: 'Zofia Nowak', districtId: 7, birthYear: 1985, locale: 'uk' };

		it('anonymous visitors have no profile to read or change', async () => {
			await expect(getProfile(anonymous())).rejects.toMatchObject({ status: 401 });
			await expect(updateProfile(anonymous(), { ...profile, demographicsConsent: false })).rejects.toMatchObject({ status: 401 });
		});

		it('keeps demographic answers only with consent, and erases them when consent is withdrawn', async () => {
			const me = await t.user('resident');
			const consentAt = new Date('2026-03-01T10:00:00Z');
			const ctx = t.ctx(me, () => consentAt);

			await updateProfile(ctx, { ...profile, demographicsConsent: false, demographics: { gender: 'female', education: 'higher' } });
			let row = await getProfile(ctx);
			expect(row).toMatchObject({ name: 'Zofia Nowak', districtId: 7, birthYear: 1985, locale: 'uk', demographics: null, demographicsConsentAt: null });

			await updateProfile(ctx, { ...profile, demographicsConsent: true, demographics: { gender: 'female', education: '' } });
			row = await getProfile(ctx);
			expect(row.demographics).toEqual({ gender: 'female' });
			expect(row.demographicsConsentAt).toEqual(consentAt);

			await updateProfile(ctx, { ...profile, demographicsConsent: false, demographics: { gender: 'female' } });
			row = await getProfile(ctx);
			expect(row.demographics).toBeNull();
			expect(row.demographicsConsentAt).toBeNull();
		});

		it('a form without a language keeps the stored language', async () => {
			const me = await t.user('resident');
			await updateProfile(t.ctx(me), { ...profile, locale: 'uk', demographicsConsent: false });
			await updateProfile(t.ctx(me), { name: 'Bez Języka', districtId: null, birthYear: null, demographicsConsent: false });
			expect(await getProfile(t.ctx(me))).toMatchObject({ name: 'Bez Języka', locale: 'uk', districtId: null });
			await updateProfile(t.ctx(me), { ...profile, locale: null, demographicsConsent: false });
			expect((await getProfile(t.ctx(me))).locale).toBeNull();
		});

		it('names invalid fields', async () => {
			const me = await t.user('resident');
			await expect(
				updateProfile(t.ctx(me), { name: 'Z', districtId: 19, birthYear: 1850, demographicsConsent: true, demographics: { gender: 'robot' } })
			).rejects.toMatchObject({
				status: 400,
				fields: { name: 'name_too_short', districtId: expect.any(String), birthYear: 'invalid_year', 'demographics.gender': expect.any(String) }
			});
		});

		it('changes only the signed-in person', async () => {
			const me = await t.user('resident', 'Before Change');
			const other = await t.user('resident', 'Other Person');
			await updateProfile(t.ctx(me), { ...profile, name: 'After Change', demographicsConsent: false });
			const [otherRow] = await t.db.select().from(user).where(eq(user.id, other.id));
			expect(otherRow.name).toBe('Other Person');
			expect(otherRow.districtId).toBeNull();
		});
	});

	describe('personal data', () => {
		it('the export contains the account and the person’s own comments and reports, nobody else’s', async () => {
			const me = await t.user('resident', 'Ewa Eksport');
			const other = await t.user('resident');
			const target = await t.discussion();
			await addComment(t.ctx(me), { ...target, body: 'Więcej drzew na Kazimierzu!' });
			const theirs = await addComment(t.ctx(other), { ...target, body: 'Cudzy komentarz' });
			await reportComment(t.ctx(me), { commentId: theirs, reason: 'off topic' });

			const data = (await exportMyData(t.ctx(me))) as Record<string, any>;
			expect(data.account).toMatchObject({ id: me.id, email: me.email, name: 'Ewa Eksport', role: 'resident' });
			expect(data.comments.comments).toEqual([expect.objectContaining({ body: 'Więcej drzew na Kazimierzu!', ...target })]);
			expect(data.comments.reports).toEqual([expect.objectContaining({ commentId: theirs, reason: 'off topic' })]);
			expect(JSON.stringify(data)).not.toContain('Cudzy komentarz');
			await expect(exportMyData(anonymous())).rejects.toMatchObject({ status: 401 });
		});

		it('deleting the account removes the person and keeps their comments anonymised', async () => {
			const person = await signUpVerified('Konto Do Usunięcia');
			await signIn(anonymous(), t.auth, { email: person.email, password: person.password }, newClient(), new Headers());
			const me = { id: person.id, role: 'resident' as const, emailVerified: true };
			const other = await t.user('resident');
			const moderator = await t.user('moderator');
			const target = await t.discussion();
			const mine = await addComment(t.ctx(me), { ...target, body: 'Mój komentarz zostaje' });
			const theirs = await addComment(t.ctx(other), { ...target, body: 'Komentarz innej osoby' });
			await reportComment(t.ctx(me), { commentId: theirs, reason: 'spam spam' });
			await hideComment(t.ctx(moderator), { commentId: mine, reason: 'Naruszenie regulaminu' }); // leaves a notification

			await deleteMyAccount(t.ctx(me));

			expect(await t.db.select().from(user).where(eq(user.id, me.id))).toHaveLength(0);
			expect(await t.db.select().from(account).where(eq(account.userId, me.id))).toHaveLength(0);
			expect(await t.db.select().from(session).where(eq(session.userId, me.id))).toHaveLength(0);
			expect(await t.db.select().from(notification).where(eq(notification.userId, me.id))).toHaveLength(0);
			const [kept] = await t.db.select().from(comment).where(eq(comment.id, mine));
			expect(kept).toMatchObject({ authorId: null, body: 'Mój komentarz zostaje' });
			const [report] = await t.db.select().from(commentReport).where(eq(commentReport.commentId, theirs));
			expect(report).toMatchObject({ reporterId: null, reason: 'spam spam' });
			const thread = await listComments(anonymous(), target.targetType, target.targetId);
			expect(thread.find((c) => c.id === mine)).toMatchObject({ authorId: null, authorName: null });
			// The address is free again and the old password no longer opens anything.
			await expect(signIn(anonymous(), t.auth, { email: person.email, password: person.password }, newClient(), new Headers())).rejects.toMatchObject({ status: 401 });
		});

		it('anonymous visitors cannot delete anything', async () => {
			await expect(deleteMyAccount(anonymous())).rejects.toMatchObject({ status: 401 });
		});
	});

	describe('roles', () => {
		it('only an admin changes a role, and the change is audited with before and after', async () => {
			const admin = await t.user('admin');
			const target = await t.user('resident');
			for (const role of ['resident', 'moderator', 'official'] as const) {
				const actor = await t.user(role);
				await expect(setRole(t.ctx(actor), target.id, 'admin')).rejects.toMatchObject({ status: 403, code: 'forbidden' });
			}
			await expect(setRole(anonymous(), target.id, 'admin')).rejects.toMatchObject({ status: 403 });
			let [row] = await t.db.select().from(user).where(eq(user.id, target.id));
			expect(row.role).toBe('resident');

			await setRole(t.ctx(admin), target.id, 'official');
			[row] = await t.db.select().from(user).where(eq(user.id, target.id));
			expect(row.role).toBe('official');
			const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, target.id)));
			expect(entries).toEqual([
				expect.objectContaining({ actorId: admin.id, actorRole: 'admin', action: 'account.set_role', before: { role: 'resident' }, after: { role: 'official' } })
			]);
		});

		it('keeps at least one admin: the last one can neither step down nor delete their account (409)', async () => {
			const db = await openTestDatabase(kind);
			try {
				const only = await db.user('admin');
				await expect(setRole(db.ctx(only), only.id, 'resident')).rejects.toMatchObject({ status: 409 });
				await expect(deleteMyAccount(db.ctx(only))).rejects.toMatchObject({ status: 409 });
				let [row] = await db.db.select().from(user).where(eq(user.id, only.id));
				expect(row.role).toBe('admin');
				const second = await db.user('admin');
				await setRole(db.ctx(second), only.id, 'resident');
				[row] = await db.db.select().from(user).where(eq(user.id, only.id));
				expect(row.role).toBe('resident');
				await expect(setRole(db.ctx(second), second.id, 'official')).rejects.toMatchObject({ status: 409 });
			} finally {
				await db.drop();
			}
		});

		it('refuses an unknown role and an unknown account', async () => {
			const admin = await t.user('admin');
			const target = await t.user('resident');
			await expect(setRole(t.ctx(admin), target.id, 'king')).rejects.toMatchObject({ status: 400 });
			await expect(setRole(t.ctx(admin), 'no-such-user', 'official')).rejects.toMatchObject({ status: 404 });
			const [row] = await t.db.select().from(user).where(eq(user.id, target.id));
			expect(row.role).toBe('resident');
		});
	});

	describe('accounts made by the CLI and the demo seed', () => {
		it('createAccount makes a verified account with its role, and on a second call only sets the role', async () => {
			const email = newEmail();
			const id = await createAccount(t.db, t.auth, { name: 'Urzędniczka Miejska', email, password: 'correct-horse-battery', role: 'official' });
			const [row] = await t.db.select().from(user).where(eq(user.id, id));
			expect(row).toMatchObject({ email, role: 'official', emailVerified: true });
			const again = await createAccount(t.db, t.auth, { name: 'Inna Nazwa', email, password: 'another-password-1', role: 'admin' });
			expect(again).toBe(id);
			const [after] = await t.db.select().from(user).where(eq(user.id, id));
			expect(after).toMatchObject({ name: 'Urzędniczka Miejska', role: 'admin' });
			const ok = await signIn(anonymous(), t.auth, { email, password: 'correct-horse-battery' }, newClient(), new Headers());
			expect(ok?.user.id).toBe(id);
		});
	});

	describe('admin user search', () => {
		it('is for admins only', async () => {
			for (const role of ['resident', 'moderator', 'official'] as const) {
				await expect(listUsers(t.ctx(await t.user(role)))).rejects.toMatchObject({ status: 403 });
			}
			await expect(listUsers(anonymous())).rejects.toMatchObject({ status: 403 });
		});

		it('finds people by name or e-mail', async () => {
			const admin = await t.user('admin');
			const tag = uniq();
			const found = await t.user('resident', `Szukana ${tag}`);
			const result = await listUsers(t.ctx(admin), tag.toUpperCase());
			expect(result.map((u) => u.id)).toEqual([found.id]);
			expect((await listUsers(t.ctx(admin), found.email)).map((u) => u.id)).toEqual([found.id]);
		});

		it('treats SQL and LIKE wildcards in the search as plain text', async () => {
			const admin = await t.user('admin');
			const percent = await t.user('resident', 'Sto 100% Procent');
			const all = await listUsers(t.ctx(admin));
			expect(all.length).toBeGreaterThan(3);
			for (const attack of [`%' OR 1=1 --`, `' OR '1'='1`, `x'; DROP TABLE "user"; --`, `_`, `\\`]) {
				expect(await listUsers(t.ctx(admin), attack)).toEqual([]);
			}
			expect((await listUsers(t.ctx(admin), '%')).map((u) => u.id)).toEqual([percent.id]);
			const slash = await t.user('resident', 'Ukośnik \\ w nazwie');
			expect((await listUsers(t.ctx(admin), '\\')).map((u) => u.id)).toEqual([slash.id]);
			expect(await t.db.select().from(user)).toHaveLength(all.length + 1); // the table is still there
		});
	});

	describe('outbox', () => {
		it('only admins read the outbox', async () => {
			const admin = await t.user('admin');
			const email = newEmail();
			await signUp(anonymous(), t.auth, { name: 'Ktoś Nowy', email, password: 'correct-horse-battery' }, newClient());
			expect((await readOutbox(t.ctx(admin))).some((m) => m.to === email)).toBe(true);
			for (const role of ['resident', 'moderator', 'official'] as const) {
				await expect(readOutbox(t.ctx(await t.user(role)))).rejects.toMatchObject({ status: 403 });
			}
			await expect(readOutbox(anonymous())).rejects.toMatchObject({ status: 403 });
		});
	});
});
