import type { ZodError } from 'zod';

/** Values a message fills in: "Tytuł może mieć najwyżej {max} znaków (masz {got})". */
export type MessageParams = Record<string, string | number>;

/** A message key: lower-case words joined by "_", rendered as the message `err_<key>` in the
 * reader's language (`errorText` in `$lib/i18n`). Never a sentence. */
export const MESSAGE_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * Errors a service may throw; routes turn them into 4xx answers, never 5xx. Every text is a
 * message KEY (`message` is the key of the whole error, `fields` maps a field to the key of its
 * inline error), with the values the text names in `params` and `fieldParams`. Routes render
 * them in the page's language (`formAction`, `apiCall`, `loadOr404` in `$lib/server/http`).
 * A test scans the sources and checks every thrown key has pl/en/uk text (i18n.test.ts).
 */
export class ServiceError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429,
		/** Machine-readable kind for the API (`invalid`, `forbidden`, …). */
		readonly code: string,
		/** The message key of the error as a whole. */
		key: string,
		/** Field name → message key, for inline form errors. */
		readonly fields: Record<string, string> = {},
		/** Values for the whole error's message. */
		readonly params: MessageParams = {},
		/** Field name → values for that field's message (limits: `{ max: 120, got: 134 }`). */
		readonly fieldParams: Record<string, MessageParams> = {}
	) {
		super(key);
		this.name = 'ServiceError';
		ServiceError.onCreate?.(this);
	}
	/** The message key (same as `message`). */
	get key(): string {
		return this.message;
	}
	/** Set by the unit tests' setup to check that every key created has a translation. */
	static onCreate: ((e: ServiceError) => void) | undefined;
}

export class ValidationError extends ServiceError {
	constructor(fields: Record<string, string>, key = 'invalid', fieldParams: Record<string, MessageParams> = {}, params: MessageParams = {}) {
		super(400, 'invalid', key, fields, params, fieldParams);
	}

	/** Each zod issue becomes a field key with the limits it names. A schema's own message (a key
	 * such as `title_too_long`) is kept; zod's English defaults ("Too big: expected string to have
	 * <=5000 characters") are replaced by generic keys (`text_too_long`). `input` is what was parsed,
	 * to say how long the typed text was ("masz 134"). */
	static fromZod(err: ZodError, input?: unknown): ValidationError {
		const fields: Record<string, string> = {};
		const fieldParams: Record<string, MessageParams> = {};
		for (const issue of err.issues) {
			const path = issue.path.map(String).join('.') || '_';
			if (path in fields) continue;
			const value = valueAt(input, issue.path as PropertyKey[]);
			const { key, params } = issueKey(issue as ZodIssueLike, value);
			fields[path] = key;
			if (Object.keys(params).length) fieldParams[path] = params;
		}
		return new ValidationError(fields, 'invalid', fieldParams);
	}
}

export class ForbiddenError extends ServiceError {
	constructor(key = 'forbidden', params: MessageParams = {}) {
		super(403, 'forbidden', key, {}, params);
	}
}

export class UnauthenticatedError extends ServiceError {
	constructor(key = 'unauthenticated') {
		super(401, 'unauthenticated', key);
	}
}

/** `key` names what was not found: `project_not_found` ("Nie ma takiego projektu."). */
export class NotFoundError extends ServiceError {
	constructor(key = 'not_found') {
		super(404, 'not_found', key);
	}
}

export class ConflictError extends ServiceError {
	constructor(key = 'conflict', fields: Record<string, string> = {}, params: MessageParams = {}) {
		super(409, 'conflict', key, fields, params);
	}
}

export class RateLimitedError extends ServiceError {
	constructor(readonly retryAfterSeconds: number) {
		super(429, 'rate_limited', 'rate_limited', {}, { seconds: retryAfterSeconds, minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
	}
}

// ---------------------------------------------------------------- zod issues → keys with limits

interface ZodIssueLike {
	code: string;
	message: string;
	origin?: string;
	minimum?: number | bigint;
	maximum?: number | bigint;
	format?: string;
	expected?: string;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
	let v = input;
	for (const p of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<PropertyKey, unknown>)[p];
	}
	return v;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function issueKey(issue: ZodIssueLike, value: unknown): { key: string; params: MessageParams } {
	const params: MessageParams = {};
	if (issue.minimum !== undefined) params.min = Number(issue.minimum);
	if (issue.maximum !== undefined) params.max = Number(issue.maximum);
	if (typeof value === 'string') params.got = value.trim().length;
	else if (Array.isArray(value)) params.got = value.length;
	const own = MESSAGE_KEY.test(issue.message) ? issue.message : null;
	// Nothing typed where a minimum length applies: "required" says it better than "at least 5
	// characters (you have 0)", unless the schema's own key already asks for the text.
	if (own && issue.code === 'too_small' && issue.origin === 'string' && blank(value) && !own.endsWith('_required')) return { key: 'required', params };
	if (own) return { key: own, params };
	switch (issue.code) {
		case 'too_small':
			if (issue.origin === 'string') return { key: blank(value) ? 'required' : 'text_too_short', params };
			if (issue.origin === 'array' || issue.origin === 'set') return { key: 'too_few_items', params };
			return { key: 'number_too_small', params };
		case 'too_big':
			if (issue.origin === 'string') return { key: 'text_too_long', params };
			if (issue.origin === 'array' || issue.origin === 'set') return { key: 'too_many_items', params };
			return { key: 'number_too_big', params };
		case 'invalid_type':
			if (blank(value)) return { key: 'required', params };
			return { key: issue.expected === 'number' || issue.expected === 'int' ? 'invalid_number' : 'invalid_value', params };
		case 'invalid_format':
			return { key: issue.format === 'email' ? 'invalid_email' : issue.format === 'url' ? 'invalid_url' : 'invalid_value', params };
		case 'invalid_value':
			return { key: blank(value) ? 'required' : 'invalid_choice', params };
		default:
			return { key: blank(value) ? 'required' : 'invalid_value', params };
	}
}
