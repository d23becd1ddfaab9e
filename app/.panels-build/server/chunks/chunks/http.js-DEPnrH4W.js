import { S as ServiceError } from './errors2.js-qlgBpaJE.js';
import { j as json, v as error, A as redirect, B as fail } from './utils.js-CxipxXTP.js';

// src/lib/server/http.ts
/** Runs a form action's service call; a ServiceError becomes a 4xx with field errors for the
* error summary, and the submitted values come back so nothing typed is lost. */
async function formAction(form, fn) {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) {
			const values = {};
			if (form) {
				for (const [k, v] of form) if (typeof v === "string" && !/password/i.test(k)) values[k] = v;
			}
			return fail(e.status, {
				message: e.message,
				code: e.code,
				fields: e.fields,
				values
			});
		}
		throw e;
	}
}
/** API handler wrapper: ServiceError → JSON 4xx with the field errors. */
async function apiCall(fn) {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) return json({
			error: e.code,
			message: e.message,
			fields: e.fields
		}, { status: e.status });
		throw e;
	}
}
/** Page loads: ServiceError → SvelteKit error page with the right status. */
async function loadOr404(fn) {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) error(e.status, e.message);
		throw e;
	}
}
function requireSignedIn(locals, url) {
	if (!locals.actor) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	return locals.actor;
}
/** Only same-site relative paths are allowed as redirect targets. */
function safeNext(next, fallback = "/") {
	return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : fallback;
}
function csvResponse(filename, header, rows) {
	const cell = (v) => {
		const s = v === null || v === void 0 ? "" : String(v);
		return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, "\"\"")}"`;
	};
	const body = [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
	return new Response(body, { headers: {
		"content-type": "text/csv; charset=utf-8",
		"content-disposition": `inline; filename="${filename}"`
	} });
}

export { apiCall as a, csvResponse as c, formAction as f, loadOr404 as l, requireSignedIn as r, safeNext as s };
//# sourceMappingURL=http.js-DEPnrH4W.js.map
