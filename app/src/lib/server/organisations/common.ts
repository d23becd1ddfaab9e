import { z } from 'zod';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, UnauthenticatedError } from '../core/errors';
import { amountInput } from '../core/validate';

/** Runs `fn` in a transaction, typed as a Db like the other modules do. */
export function inTx<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
	return db.transaction(async (txx) => fn(txx as unknown as Db));
}

/** Throws 401 for anonymous visitors and 403 for everyone else a rule refuses. */
export function allow(ctx: ServiceContext, ok: boolean): void {
	if (ok) return;
	if (!ctx.actor) throw new UnauthenticatedError();
	throw new ForbiddenError();
}

/** True when a database error (or one it wraps) is the violation of this unique constraint. */
export function violates(e: unknown, constraint: string): boolean {
	for (let err = e as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
		if (err.code === '23505' && (err.constraint === constraint || err.message?.includes(constraint))) return true;
	}
	return false;
}

/** Form values: '' is "not given". */
export const blank = (v: unknown) => (v === '' || v === undefined || v === null ? undefined : v);
/** A form field that may come once (a string) or several times (an array). */
export const many = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);

export const optionalUrl = z
	.string()
	.trim()
	.max(500)
	.refine((s) => s === '' || /^https?:\/\/[^\s<>"]+$/i.test(s), 'organisations_invalid_url')
	.default('');

/** Amounts are kept in grosze (integers); people type złoty as they write them ("12 500,50",
 * "12500", "12 500 zł"), read by the shared rules (core/validate amountInput). */
export const zloty = () =>
	amountInput(z.number({ error: 'required' }).min(0).max(1_000_000_000)).transform((v) => Math.round(v * 100));

const warsawParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Warsaw', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
function warsawOffsetMs(t: number): number {
	const p = Object.fromEntries(warsawParts.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
	return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - t;
}

/** "2026-06-10T18:00" typed in a datetime-local field means 18:00 in Kraków, whatever the
 * server's time zone; a full ISO time with a zone (the API, tests) is taken as it is. */
export function fromWarsawLocal(s: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
	if (!m) {
		const d = /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(s.trim()) ? new Date(s) : null;
		return d && !Number.isNaN(d.getTime()) ? d : null;
	}
	const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
	let t = wall - warsawOffsetMs(wall);
	t = wall - warsawOffsetMs(t); // once more around the change to and from summer time
	return new Date(t);
}

/** A zod field for a datetime-local input in Kraków's time (or a Date / ISO time). */
export const warsawDateTime = (message = 'invalid_date') =>
	z.preprocess((v) => (v instanceof Date ? v : typeof v === 'string' ? (fromWarsawLocal(v) ?? Number.NaN) : v), z.date({ error: message }));

/** A calendar date "YYYY-MM-DD" (schedules): kept as text, compared as text. */
export const calendarDate = (message = 'invalid_date') =>
	z
		.string({ error: message })
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, message)
		.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), message);
