import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../db/client';
import * as schema from '../db/schema';
import { sendEmail } from '../notifications/mailer';
import { recipientLocale } from '../notifications/email';
import { getOrCreateSetting, randomSecret } from '../core/settings';

export interface AuthOptions {
	baseURL: string;
	plugins?: BetterAuthPlugin[];
}

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes).
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export async function createAuth(db: Db, opts: AuthOptions) {
	const secret = process.env.BETTER_AUTH_SECRET || (await getOrCreateSetting(db, 'auth_secret', randomSecret));
	return betterAuth({
		baseURL: opts.baseURL,
		secret,
		basePath: '/api/auth',
		database: drizzleAdapter(db, {
			provider: 'pg',
			schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification }
		}),
		user: {
			additionalFields: {
				role: { type: 'string', required: false, defaultValue: 'resident', input: false },
				// The language of the interface at sign-up: e-mails are written in it (changeable on
				// the account page). Only our sign-up action reaches better-auth, with a checked value.
				locale: { type: 'string', required: false, input: true }
			}
		},
		emailAndPassword: {
			enabled: true,
			requireEmailVerification: true,
			minPasswordLength: 10,
			autoSignIn: false,
			revokeSessionsOnPasswordReset: true,
			password: {
				hash: (password) => hash(password, ARGON2),
				verify: ({ hash: h, password }) => verify(h, password)
			},
			sendResetPassword: async ({ user, url }) => {
				await sendEmail(db, user.email, recipientLocale((user as { locale?: string | null }).locale), { key: 'reset_password', link: url });
			}
		},
		emailVerification: {
			sendOnSignUp: true,
			autoSignInAfterVerification: false,
			sendVerificationEmail: async ({ user, url }) => {
				await sendEmail(db, user.email, recipientLocale((user as { locale?: string | null }).locale), { key: 'verify_email', params: { name: user.name }, link: url });
			}
		},
		session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
		// Our own database-backed limiter guards the forms (accounts/rateLimit.ts); the HTTP
		// routes of better-auth other than the e-mail links are not exposed (hooks.server.ts).
		rateLimit: { enabled: false },
		advanced: {
			cookiePrefix: 'decydujemy',
			useSecureCookies: opts.baseURL.startsWith('https:'),
			database: { generateId: () => crypto.randomUUID() }
		},
		plugins: opts.plugins ?? []
	});
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;
