import { z } from 'zod';
import { and, asc, eq, ilike, ne, or, desc, sql } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, NotFoundError, ServiceError, UnauthenticatedError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { outboxEmail } from '../notifications/schema';
import { ROLES, user, type Role } from './schema';
import type { Auth } from './auth';
import { hitRateLimit, LIMITS, takeAttempt } from './rateLimit';
import { accountRules } from './permissions';
import { personalDataHooks } from '../personalData';

const email = z.string().trim().toLowerCase().email('invalid_email').max(254);
const password = z.string().min(10, 'password_too_short').max(128, 'password_too_long');

export const signUpInput = z.object({
	name: z.string().trim().min(2, 'name_too_short').max(80, 'name_too_long'),
	email,
	password,
	/** The interface's language at sign-up: the account's language for e-mails. */
	locale: z.enum(['pl', 'en', 'uk']).default('pl')
});

/** Turns better-auth's errors into our 4xx service errors. */
function fromAuthError(e: unknown): never {
	if (e instanceof APIError) {
		const code = (e.body as { code?: string } | undefined)?.code ?? '';
		if (code === 'USER_ALREADY_EXISTS' || code.includes('ALREADY_EXISTS'))
			throw new ConflictError('email_taken', { email: 'email_taken' });
		if (code === 'EMAIL_NOT_VERIFIED') throw new ServiceError(403, 'email_not_verified', 'email_not_verified', { email: 'email_not_verified' });
		if (code === 'INVALID_EMAIL_OR_PASSWORD' || e.status === 'UNAUTHORIZED')
			throw new ServiceError(401, 'invalid_credentials', 'invalid_credentials', { password: 'invalid_credentials' });
		if (code === 'INVALID_TOKEN' || code.includes('TOKEN'))
			throw new ValidationError({ token: 'invalid_token' }, 'invalid_token');
		if (code.includes('PASSWORD')) throw new ValidationError({ password: 'password_rejected' });
		// better-auth's own text is English: never shown; the code goes to the server log.
		console.warn(`[accounts] better-auth refused: ${code || e.message}`);
		throw new ServiceError(400, 'auth_error', 'auth_error');
	}
	throw e;
}

export async function signUp(ctx: ServiceContext, auth: Auth, input: unknown, clientKey: string) {
	const data = parseInput(signUpInput, input);
	await hitRateLimit(ctx.db, `signup:${clientKey}`, LIMITS.signUp, ctx.now());
	// better-auth answers a duplicate sign-up with a made-up user (autoSignIn is off, against
	// account enumeration); our form must say that the address is taken.
	const taken = () => new ConflictError('email_taken', { email: 'email_taken' });
	const [existing] = await ctx.db.select({ id: user.id }).from(user).where(eq(user.email, data.email));
	if (existing) throw taken();
	let createdId: string;
	try {
		createdId = (await auth.api.signUpEmail({ body: { ...data, callbackURL: '/signin?verified=1' } })).user.id;
	} catch (e) {
		// A simultaneous sign-up with the same address won the race (unique e-mail).
		if (e instanceof APIError && (await ctx.db.select({ id: user.id }).from(user).where(eq(user.email, data.email))).length) throw taken();
		fromAuthError(e);
	}
	// The same race, answered with a made-up user: no such account exists.
	const [created] = await ctx.db.select({ id: user.id }).from(user).where(eq(user.id, createdId));
	if (!created) throw taken();
}

export const signInInput = z.object({ email, password: z.string().min(1, 'required').max(128) });

export async function signIn(ctx: ServiceContext, auth: Auth, input: unknown, clientKey: string, headers: Headers) {
	const data = parseInput(signInInput, input);
	// Every attempt takes a slot (per client address and per e-mail) BEFORE the password is
	// checked, atomically, so that attempts sent in parallel cannot all pass a check made before
	// any of them was counted. A successful sign-in gives its slots back: only failures use up
	// the window, and a used-up window refuses every attempt, even with the right password.
	const refund = await takeAttempt(ctx.db, [`signin:${clientKey}`, `signin:${data.email}`], LIMITS.signIn, ctx.now());
	let signedIn;
	try {
		signedIn = await auth.api.signInEmail({ body: { ...data, callbackURL: '/' }, headers });
	} catch (e) {
		// A wrong password keeps its slots; anything that is not an answer about the credentials
		// (the database unavailable...) gives them back.
		if (!(e instanceof APIError)) await refund().catch(() => undefined);
		fromAuthError(e);
	}
	await refund();
	return signedIn;
}

export async function requestPasswordReset(ctx: ServiceContext, auth: Auth, input: unknown, clientKey: string) {
	const data = parseInput(z.object({ email }), input);
	await hitRateLimit(ctx.db, `reset:${clientKey}`, LIMITS.reset, ctx.now());
	// Per address too, so that nobody floods a mailbox from many client addresses.
	await hitRateLimit(ctx.db, `reset:${data.email}`, LIMITS.reset, ctx.now());
	try {
		// Answers the same whether or not the account exists (no account enumeration).
		await auth.api.requestPasswordReset({ body: { email: data.email, redirectTo: '/reset-password' } });
	} catch (e) {
		if (!(e instanceof APIError)) throw e;
	}
}

export async function resetPassword(ctx: ServiceContext, auth: Auth, input: unknown, clientKey: string) {
	const data = parseInput(z.object({ token: z.string().min(1, 'invalid_token'), password }), input);
	await hitRateLimit(ctx.db, `reset:${clientKey}`, LIMITS.reset, ctx.now());
	try {
		await auth.api.resetPassword({ body: { newPassword: data.password, token: data.token } });
	} catch (e) {
		fromAuthError(e);
	}
}

export const profileInput = z.object({
	name: z.string().trim().min(2, 'name_too_short').max(80, 'name_too_long'),
	districtId: z.coerce.number().int().min(1).max(18).nullable(),
	birthYear: z.coerce.number().int().min(1900, 'invalid_year').max(new Date().getFullYear(), 'invalid_year').nullable(),
	locale: z.enum(['pl', 'en', 'uk']).nullable().optional(),
	demographicsConsent: z.boolean(),
	demographics: z
		.object({
			gender: z.enum(['female', 'male', 'other', '']).optional(),
			education: z.enum(['primary', 'vocational', 'secondary', 'higher', '']).optional()
		})
		.optional()
});

export async function getProfile(ctx: ServiceContext) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const [row] = await ctx.db.select().from(user).where(eq(user.id, ctx.actor.id));
	if (!row) throw new NotFoundError('account_not_found');
	return row;
}

export async function updateProfile(ctx: ServiceContext, input: unknown) {
	if (!accountRules.editOwnProfile(ctx.actor)) throw new UnauthenticatedError();
	const data = parseInput(profileInput, input);
	// Demographic answers are kept only with explicit consent; withdrawing consent erases them.
	const demographics = data.demographicsConsent
		? Object.fromEntries(Object.entries(data.demographics ?? {}).filter(([, v]) => v))
		: null;
	await ctx.db
		.update(user)
		.set({
			name: data.name,
			districtId: data.districtId,
			birthYear: data.birthYear,
			// The profile form has no language field: without one, the stored language stays.
			...(data.locale !== undefined && { locale: data.locale }),
			demographics,
			demographicsConsentAt: data.demographicsConsent ? ctx.now() : null,
			updatedAt: ctx.now()
		})
		.where(eq(user.id, ctx.actor!.id));
}

/** Everything the platform keeps about the signed-in person, as one JSON document. */
export async function exportMyData(ctx: ServiceContext) {
	const profile = await getProfile(ctx);
	const modules: Record<string, unknown> = {};
	for (const hook of personalDataHooks()) modules[hook.module] = await hook.export(ctx.db, profile.id);
	return {
		exportedAt: ctx.now().toISOString(),
		account: {
			id: profile.id,
			name: profile.name,
			email: profile.email,
			emailVerified: profile.emailVerified,
			role: profile.role,
			districtId: profile.districtId,
			birthYear: profile.birthYear,
			demographics: profile.demographics,
			demographicsConsentAt: profile.demographicsConsentAt,
			createdAt: profile.createdAt
		},
		...modules
	};
}

/** Deletes the account. Contributions stay, anonymised (each module's erase hook decides how). */
export async function deleteMyAccount(ctx: ServiceContext) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const id = ctx.actor.id;
	await ctx.db.transaction(async (tx) => {
		if (ctx.actor?.role === 'admin') await assertAnotherAdmin(tx as unknown as Db, id);
		for (const hook of personalDataHooks()) await hook.erase(tx as unknown as Db, id);
		await tx.delete(user).where(eq(user.id, id));
	});
}

/** The platform must keep an admin: the last one can neither step down nor delete their account. */
async function assertAnotherAdmin(db: Db, leavingId: string): Promise<void> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(user).where(and(eq(user.role, 'admin'), ne(user.id, leavingId)));
	if ((row?.n ?? 0) === 0) throw new ConflictError('last_admin');
}

export async function setRole(ctx: ServiceContext, userId: string, role: unknown) {
	if (!accountRules.changeRoles(ctx.actor)) throw new ForbiddenError();
	const newRole = parseInput(z.enum(ROLES), role) as Role;
	await ctx.db.transaction(async (tx) => {
		const [before] = await tx.select({ role: user.role }).from(user).where(eq(user.id, userId));
		if (!before) throw new NotFoundError('account_not_found');
		if (before.role === 'admin' && newRole !== 'admin') await assertAnotherAdmin(tx as unknown as Db, userId);
		await tx.update(user).set({ role: newRole, updatedAt: ctx.now() }).where(eq(user.id, userId));
		await recordAudit(tx as unknown as Db, ctx, {
			action: 'account.set_role',
			targetType: 'user',
			targetId: userId,
			before,
			after: { role: newRole }
		});
	});
}

export async function listUsers(ctx: ServiceContext, q = '') {
	if (!accountRules.listUsers(ctx.actor)) throw new ForbiddenError();
	const term = `%${q.replace(/[%_\\]/g, (c) => '\\' + c)}%`;
	return ctx.db
		.select({ id: user.id, name: user.name, email: user.email, role: user.role, emailVerified: user.emailVerified, createdAt: user.createdAt })
		.from(user)
		.where(q ? or(ilike(user.email, term), ilike(user.name, term)) : undefined)
		.orderBy(asc(user.createdAt))
		.limit(500);
}

export async function readOutbox(ctx: ServiceContext, limit = 100) {
	if (!accountRules.readOutbox(ctx.actor)) throw new ForbiddenError();
	return ctx.db.select().from(outboxEmail).orderBy(desc(outboxEmail.createdAt)).limit(limit);
}

/** CLI and seed: an account with a given role, e-mail already verified. */
export async function createAccount(
	db: Db,
	auth: Auth,
	input: { name: string; email: string; password: string; role: Role }
): Promise<string> {
	const data = parseInput(signUpInput, input);
	const existing = await db.select({ id: user.id }).from(user).where(eq(user.email, data.email));
	let id = existing[0]?.id;
	if (!id) {
		const ctx = await auth.$context;
		const hashed = await ctx.password.hash(data.password);
		const created = await ctx.internalAdapter.createUser({ name: data.name, email: data.email, emailVerified: true }, { method: 'admin' });
		await ctx.internalAdapter.createAccount({ userId: created.id, providerId: 'credential', accountId: created.id, password: hashed });
		id = created.id;
	}
	await db.update(user).set({ role: input.role, emailVerified: true }).where(eq(user.id, id));
	return id;
}
