import { and, eq, gt, sql } from 'drizzle-orm';
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

function windowOf(limit: Limit, now: Date): { windowStart: Date; retryAfter: number } {
	const windowMs = limit.windowSeconds * 1000;
	const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
	return { windowStart, retryAfter: Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000) };
}

/** Counts one attempt against `key` and returns how to give it back; throws RateLimitedError
 * past the limit. One atomic upsert (count + 1, read back the new count), so concurrent requests
 * and instances share the count: of N attempts arriving at once, at most `max` get through. */
export async function hitRateLimit(db: Db, key: string, limit: Limit, now: Date): Promise<() => Promise<void>> {
	const { windowStart, retryAfter } = windowOf(limit, now);
	const [row] = await db
		.insert(rateLimit)
		.values({ key, windowStart, count: 1 })
		.onConflictDoUpdate({ target: [rateLimit.key, rateLimit.windowStart], set: { count: sql`${rateLimit.count} + 1` } })
		.returning({ count: rateLimit.count });
	if (row.count > limit.max) throw new RateLimitedError(retryAfter);
	let refunded = false;
	return async () => {
		if (refunded) return;
		refunded = true;
		await db
			.update(rateLimit)
			.set({ count: sql`${rateLimit.count} - 1` })
			.where(and(eq(rateLimit.key, key), eq(rateLimit.windowStart, windowStart), gt(rateLimit.count, 0)));
	};
}

/** Counts one attempt against each key (all or none: a refusal gives back the slots already
 * taken) and returns how to give them all back. */
export async function takeAttempt(db: Db, keys: string[], limit: Limit, now: Date): Promise<() => Promise<void>> {
	const taken: (() => Promise<void>)[] = [];
	const refundAll = async () => {
		for (const refund of taken) await refund();
	};
	try {
		for (const key of keys) taken.push(await hitRateLimit(db, key, limit, now));
	} catch (e) {
		await refundAll();
		throw e;
	}
	return refundAll;
}

/** Old windows are useless; cleaned opportunistically. */
export async function pruneRateLimits(db: Db, now: Date): Promise<void> {
	await db.delete(rateLimit).where(sql`${rateLimit.windowStart} < ${new Date(now.getTime() - 86_400_000)}`);
}
