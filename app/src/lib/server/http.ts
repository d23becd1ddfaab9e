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

/** Only same-site relative paths are allowed as redirect targets. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
	return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
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
