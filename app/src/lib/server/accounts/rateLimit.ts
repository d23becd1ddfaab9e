import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { RateLimitedError } from '../core/errors';
import { rateLimit } from './schema';

export interface Limit {
	max: number;
	windowSeconds: number;
}

/** Sign-in, sign-up and password-reset limits, per client address and per e-mail. */
export const LIMITS = {
	signIn: { max: 10, windowSeconds: 300 },
	signUp: { max: 5, windowSeconds: 3600 },
	reset: { max: 5, windowSeconds: 3600 }
} satisfies Record<string, Limit>;

/** Counts one attempt against `key`; throws RateLimitedError past the limit. Atomic upsert, so
 * concurrent instances share the count. */
export async function hitRateLimit(db: Db, key: string, limit: Limit, now: Date): Promise<void> {
	const windowMs = limit.windowSeconds * 1000;
	const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
	const [row] = await db
		.insert(rateLimit)
		.values({ key, windowStart, count: 1 })
		.onConflictDoUpdate({ target: [rateLimit.key, rateLimit.windowStart], set: { count: sql`${rateLimit.count} + 1` } })
		.returning({ count: rateLimit.count });
	if (row.count > limit.max) {
		throw new RateLimitedError(Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
	}
}

/** Refuses (429) when `key` has already used up its window, without counting this attempt:
 * sign-in counts only failed attempts, so people who sign in often are never locked out. */
export async function assertUnderRateLimit(db: Db, key: string, limit: Limit, now: Date): Promise<void> {
	const windowMs = limit.windowSeconds * 1000;
	const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
	const [row] = await db
		.select({ count: rateLimit.count })
		.from(rateLimit)
		.where(sql`${rateLimit.key} = ${key} and ${rateLimit.windowStart} = ${windowStart}`);
	if (row && row.count >= limit.max) {
		throw new RateLimitedError(Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
	}
}

/** Old windows are useless; cleaned opportunistically. */
export async function pruneRateLimits(db: Db, now: Date): Promise<void> {
	await db.delete(rateLimit).where(sql`${rateLimit.windowStart} < ${new Date(now.getTime() - 86_400_000)}`);
}
