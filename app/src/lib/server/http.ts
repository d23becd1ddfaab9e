import { error, fail, json, redirect } from '@sveltejs/kit';
import { ServiceError, type MessageParams } from './core/errors';
import { errorText } from '$lib/i18n';

/** What a failed form action returns: the texts already in the page's language (the error as a
 * whole and each field's inline error, with their limits filled in), the keys beside them, and
 * what was typed. */
export interface FormFailure {
	message: string;
	code: string;
	key: string;
	fields: Record<string, string>;
	fieldKeys: Record<string, string>;
	values?: Record<string, string>;
}

/** A service error in the request's language: the whole message and each field's. */
export function renderServiceError(e: ServiceError): { message: string; fields: Record<string, string> } {
	const fields: Record<string, string> = {};
	for (const [name, key] of Object.entries(e.fields)) fields[name] = errorText(key, e.fieldParams[name]);
	return { message: errorText(e.key, e.params), fields };
}

/** Ends a request with an error page whose message is a key rendered in the page's language:
 * `httpError(403, 'forbidden')`. Routes never pass a sentence to SvelteKit's `error()`. */
export function httpError(status: number, key: string, params?: MessageParams): never {
	error(status, { message: errorText(key, params), key });
}

/** The form failure of a ServiceError (texts in the page's language, keys beside them); `rename`
 * moves a field's error to the input that was actually used, `extra` adds data for the page. */
export function failWith(e: ServiceError, opts: { values?: Record<string, string>; rename?: (field: string) => string; extra?: Record<string, unknown> } = {}) {
	const text = renderServiceError(e);
	const rename = opts.rename ?? ((f: string) => f);
	const remap = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [rename(k), v]));
	return fail(e.status, { message: text.message, code: e.code, key: e.key, fields: remap(text.fields), fieldKeys: remap(e.fields), values: opts.values, ...opts.extra });
}

/** Runs a form action's service call; a ServiceError becomes a 4xx with field errors for the
 * error summary, and the submitted values come back so nothing typed is lost. */
export async function formAction<T>(form: FormData | null, fn: () => Promise<T>) {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) {
			const values: Record<string, string> = {};
			if (form) for (const [k, v] of form) if (typeof v === 'string' && !/password/i.test(k)) values[k] = v;
			return failWith(e, { values });
		}
		throw e;
	}
}

/** API handler wrapper: ServiceError → JSON 4xx: `error` (the kind), `key` and `fields` (message
 * keys, stable for programs), `message` and `fieldMessages` (the texts in the request's language). */
export async function apiCall(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) return serviceErrorJson(e);
		throw e;
	}
}

export function serviceErrorJson(e: ServiceError): Response {
	const text = renderServiceError(e);
	return json({ error: e.code, key: e.key, message: text.message, fields: e.fields, fieldMessages: text.fields }, { status: e.status });
}

/** Page loads: ServiceError → SvelteKit error page with the right status. */
export async function loadOr404<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) error(e.status, { message: errorText(e.key, e.params), key: e.key });
		throw e;
	}
}

export function requireSignedIn(locals: App.Locals, url: URL) {
	if (!locals.actor) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.actor;
}

/** Where to go after signing in (`?next=` or the form's `next`): a path of this site only.
 * `next` is resolved against the site's origin exactly as a browser would resolve it in a
 * Location header (which drops tabs and newlines and reads a backslash as a slash, so
 * `/\t/evil.example` is `//evil.example`), and kept only when it stays on that origin. Control
 * characters are refused outright: in a Location header they are a 500. Returns the path,
 * query and fragment, never an absolute URL. */
export function safeNext(next: string | null | undefined, origin: string, fallback = '/'): string {
	if (!next || /\p{Cc}/u.test(next)) return fallback;
	let target: URL;
	try {
		target = new URL(next, origin);
	} catch {
		return fallback;
	}
	if (target.origin !== new URL(origin).origin) return fallback;
	return target.pathname + target.search + target.hash;
}

/** A CSV download: every cell quoted, formulas neutralised, CRLF lines, one UTF-8 byte-order mark. */
export function csvResponse(filename: string, header: string[], rows: (string | number | null | undefined)[][]): Response {
	const cell = (v: string | number | null | undefined) => {
		const s = v === null || v === undefined ? '' : String(v);
		// Quote always; neutralise spreadsheet formulas.
		const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
		return `"${safe.replace(/"/g, '""')}"`;
	};
	// A UTF-8 byte-order mark first: without it Polish Excel reads the file as Windows-1250 and
	// garbles every ą, ę, ł. Every /api/v1/….csv answers through here (http.test.ts checks both).
	const body = '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `inline; filename="${filename}"` } });
}
