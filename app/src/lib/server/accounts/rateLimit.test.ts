import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { eq, like } from 'drizzle-orm';
import { backends, mailsTo, openTestDatabase, TEST_PASSWORD, type TestDatabase } from '../testing/db';
import { RateLimitedError } from '../core/errors';
import { hitRateLimit, LIMITS, pruneRateLimits } from './rateLimit';
import { requestPasswordReset, signIn, signUp } from './service';
import { rateLimit } from './schema';

const uniq = () => randomBytes(4).toString('hex');
const newClient = () => `198.51.100.${uniq()}`;
/** 10:02:30 — two and a half minutes into a five-minute sign-in window. */
const NOW = new Date('2026-05-04T10:02:30Z');
const fixed = (d: Date) => () => d;

describe.each(backends)('rate limits on %s', (kind) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t.drop());

	describe('the counter', () => {
		it('allows `max` attempts per window, refuses the next with the seconds left, and opens again in the next window', async () => {
			const key = `test:${uniq()}`;
			const limit = { max: 3, windowSeconds: 300 };
			for (let i = 0; i < 3; i++) await hitRateLimit(t.db, key, limit, NOW);
			const err = await hitRateLimit(t.db, key, limit, NOW).catch((e) => e);
			expect(err).toBeInstanceOf(RateLimitedError);
			expect(err).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 150 });
			// Still refused a second before the window ends ...
			await expect(hitRateLimit(t.db, key, limit, new Date('2026-05-04T10:04:59Z'))).rejects.toMatchObject({ retryAfterSeconds: 1 });
			// ... and allowed again when it ends.
			await expect(hitRateLimit(t.db, key, limit, new Date('2026-05-04T10:05:00Z'))).resolves.toBeTypeOf('function');
		});

		it('counts each key separately', async () => {
			const limit = { max: 1, windowSeconds: 60 };
			const a = `test:${uniq()}`;
			await hitRateLimit(t.db, a, limit, NOW);
			await expect(hitRateLimit(t.db, a, limit, NOW)).rejects.toBeInstanceOf(RateLimitedError);
			await expect(hitRateLimit(t.db, `test:${uniq()}`, limit, NOW)).resolves.toBeTypeOf('function');
		});

		it('keeps one count in the database for every caller, even concurrent ones', async () => {
			const key = `test:${uniq()}`;
			const limit = { max: 10, windowSeconds: 300 };
			const results = await Promise.allSettled(Array.from({ length: 25 }, () => hitRateLimit(t.db, key, limit, NOW)));
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
			expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual(
				Array(15).fill(expect.any(RateLimitedError))
			);
			const [row] = await t.db.select().from(rateLimit).where(eq(rateLimit.key, key));
			expect(row.count).toBe(25);
		});

		it('prunes windows older than a day', async () => {
			const key = `test:${uniq()}`;
			const limit = { max: 5, windowSeconds: 60 };
			await hitRateLimit(t.db, key, limit, new Date('2026-05-01T08:00:00Z'));
			await hitRateLimit(t.db, key, limit, new Date('2026-05-04T09:00:00Z'));
			await pruneRateLimits(t.db, NOW);
			const rows = await t.db.select().from(rateLimit).where(eq(rateLimit.key, key));
			expect(rows.map((r) => r.windowStart)).toEqual([new Date('2026-05-04T09:00:00Z')]);
		});
	});

	describe('sign-in', () => {
		it(`refuses the ${LIMITS.signIn.max + 1}th attempt from one client address with 429, even with the right password`, async () => {
			const person = await t.user('resident');
			const client = newClient();
			const ctx = t.ctx(null, fixed(NOW));
			for (let i = 0; i < LIMITS.signIn.max; i++) {
				await expect(signIn(ctx, t.auth, { email: person.email, password: 'wrong-password-1' }, client, new Headers())).rejects.toMatchObject({ status: 401 });
			}
			await expect(signIn(ctx, t.auth, { email: person.email, password: TEST_PASSWORD }, client, new Headers())).rejects.toMatchObject({
				status: 429,
				code: 'rate_limited'
			});
		});

		it(`checks at most ${LIMITS.signIn.max} passwords when ${LIMITS.signIn.max * 10} attempts at one e-mail arrive at once (the right password last)`, async () => {
			// Finding 1 of the first attack: the limit was read before the password check and
			// counted after it, so parallel attempts all passed the check.
			const person = await t.user('resident');
			const client = newClient();
			const attempts = LIMITS.signIn.max * 10;
			// Count the passwords better-auth actually verifies.
			const passwords = (await t.auth.$context).password;
			const verify = passwords.verify;
			let verified = 0;
			passwords.verify = (args) => (verified++, verify(args));
			const results = await Promise.allSettled(
				Array.from({ length: attempts }, (_, i) =>
					signIn(t.ctx(null, fixed(NOW)), t.auth, { email: person.email, password: i === attempts - 1 ? TEST_PASSWORD : `wrong-password-${i}` }, client, new Headers())
				)
			);
			passwords.verify = verify;
			const status = (r: PromiseSettledResult<unknown>) => (r.status === 'fulfilled' ? 200 : (r.reason as { status?: number }).status);
			expect(results.filter((r) => ![200, 401, 429].includes(status(r) ?? 0))).toEqual([]);
			expect(verified).toBeLessThanOrEqual(LIMITS.signIn.max);
			// Every attempt whose password was not checked was told so (429), none was signed in
			// or told that the password was wrong.
			expect(results.filter((r) => status(r) === 401 || status(r) === 200).length).toBe(verified);
			expect(results.filter((r) => status(r) === 429).length).toBe(attempts - verified);
		});

		it('does not count successful sign-ins: a person who signs in often is never locked out', async () => {
			const person = await t.user('resident');
			const client = newClient();
			for (let i = 0; i < LIMITS.signIn.max + 2; i++) {
				const ok = await signIn(t.ctx(null, fixed(NOW)), t.auth, { email: person.email, password: TEST_PASSWORD }, client, new Headers());
				expect(ok?.user.id).toBe(person.id);
			}
			// The window is still open for a mistyped password (401, not 429).
			await expect(signIn(t.ctx(null, fixed(NOW)), t.auth, { email: person.email, password: 'wrong-password-1' }, client, new Headers())).rejects.toMatchObject({ status: 401 });
			const rows = await t.db.select().from(rateLimit).where(eq(rateLimit.key, `signin:${client}`));
			expect(rows.map((r) => r.count)).toEqual([1]);
		});

		it('also limits attempts at one e-mail address from many client addresses', async () => {
			const person = await t.user('resident');
			// Separate contexts, as separate app instances behind a load balancer would have.
			for (let i = 0; i < LIMITS.signIn.max; i++) {
				await expect(signIn(t.ctx(null, fixed(NOW)), t.auth, { email: person.email, password: 'wrong-password-1' }, newClient(), new Headers())).rejects.toMatchObject({ status: 401 });
			}
			await expect(signIn(t.ctx(null, fixed(NOW)), t.auth, { email: person.email.toUpperCase(), password: TEST_PASSWORD }, newClient(), new Headers())).rejects.toMatchObject({
				status: 429
			});
			// Five minutes later the person signs in.
			const later = new Date(NOW.getTime() + LIMITS.signIn.windowSeconds * 1000);
			const ok = await signIn(t.ctx(null, fixed(later)), t.auth, { email: person.email, password: TEST_PASSWORD }, newClient(), new Headers());
			expect(ok?.user.id).toBe(person.id);
		});
	});

	describe('sign-up', () => {
		it(`refuses the ${LIMITS.signUp.max + 1}th sign-up from one client address within the hour`, async () => {
			const client = newClient();
			const ctx = t.ctx(null, fixed(NOW));
			const tag = uniq();
			for (let i = 0; i < LIMITS.signUp.max; i++) {
				await signUp(ctx, t.auth, { name: 'Nowa Osoba', email: `signup-${tag}-${i}@example.pl`, password: 'correct-horse-battery' }, client);
			}
			await expect(signUp(ctx, t.auth, { name: 'Nowa Osoba', email: `signup-${tag}-x@example.pl`, password: 'correct-horse-battery' }, client)).rejects.toMatchObject({
				status: 429
			});
			expect(await mailsTo(t.db, `signup-${tag}-x@example.pl`)).toHaveLength(0);
			// Another address is not affected.
			await expect(signUp(ctx, t.auth, { name: 'Nowa Osoba', email: `signup-${tag}-y@example.pl`, password: 'correct-horse-battery' }, newClient())).resolves.toBeUndefined();
		});
	});

	describe('password reset', () => {
		it(`refuses the ${LIMITS.reset.max + 1}th reset request from one client address`, async () => {
			const client = newClient();
			const ctx = t.ctx(null, fixed(NOW));
			const person = await t.user('resident');
			for (let i = 0; i < LIMITS.reset.max; i++) await requestPasswordReset(ctx, t.auth, { email: `nobody-${uniq()}@example.pl` }, client);
			await expect(requestPasswordReset(ctx, t.auth, { email: person.email }, client)).rejects.toMatchObject({ status: 429 });
			expect(await mailsTo(t.db, person.email)).toHaveLength(0);
		});

		it('does not let many client addresses flood one mailbox with reset links', async () => {
			const person = await t.user('resident');
			for (let i = 0; i < LIMITS.reset.max; i++) await requestPasswordReset(t.ctx(null, fixed(NOW)), t.auth, { email: person.email }, newClient());
			await expect(requestPasswordReset(t.ctx(null, fixed(NOW)), t.auth, { email: person.email }, newClient())).rejects.toMatchObject({ status: 429 });
			expect(await mailsTo(t.db, person.email)).toHaveLength(LIMITS.reset.max);
		});

		it('stores counters under the client address and the e-mail address only', async () => {
			const client = newClient();
			const email = `limit-${uniq()}@example.pl`;
			await requestPasswordReset(t.ctx(null, fixed(NOW)), t.auth, { email }, client);
			const rows = await t.db.select().from(rateLimit).where(like(rateLimit.key, 'reset:%'));
			expect(rows.filter((r) => r.key === `reset:${client}` || r.key === `reset:${email}`).map((r) => r.count)).toEqual([1, 1]);
		});
	});
});
