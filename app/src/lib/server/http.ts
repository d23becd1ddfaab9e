import { error, fail, json, redirect } from '@sveltejs/kit';
import { ServiceError } from './core/errors';

export interface FormFailure {
	message: string;
	code: string;
	fields: Record<string, string>;
	values?: Record<string, string>;
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
			return fail(e.status, { message: e.message, code: e.code, fields: e.fields, values } satisfies FormFailure);
		}
		throw e;
	}
}

/** API handler wrapper: ServiceError → JSON 4xx with the field errors. */
export async function apiCall(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) return json({ error: e.code, message: e.message, fields: e.fields }, { status: e.status });
		throw e;
	}
}

/** Page loads: ServiceError → SvelteKit error page with the right status. */
export async function loadOr404<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) error(e.status, e.message);
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

export function csvResponse(filename: string, header: string[], rows: (string | number | null | undefined)[][]): Response {
	const cell = (v: string | number | null | undefined) => {
		const s = v === null || v === undefined ? '' : String(v);
		// Quote always; neutralise spreadsheet formulas.
		const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
		return `"${safe.replace(/"/g, '""')}"`;
	};
	const body = [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `inline; filename="${filename}"` } });
}
