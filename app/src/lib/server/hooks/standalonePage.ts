// The answer the server gives when the site's layout cannot be rendered: the request could not
// be read (NUL bytes, invalid UTF-8) or the database is unavailable. Same content as the error
// page inside the layout (lib/errorPage.ts), for browsers, the API, SvelteKit's data requests and
// JavaScript-enhanced form actions.
import { json, type RequestEvent } from '@sveltejs/kit';
import { errorPageContent } from '$lib/errorPage';
import { deLocalizeHref, getLocale, localizeHref } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function wantsJson(event: RequestEvent): boolean {
	if (event.isDataRequest || event.url.pathname.startsWith('/api/')) return true;
	const accept = event.request.headers.get('accept') ?? '';
	return /application\/json/.test(accept) && !/text\/html/.test(accept);
}

/** A 4xx/5xx answer without the layout. `error.message` is already in the reader's language. */
export function standaloneErrorResponse(event: RequestEvent, status: number, error: App.Error, headers: Record<string, string> = {}): Response {
	const locale = getLocale();
	let here = '/';
	try {
		here = deLocalizeHref(event.url.pathname + event.url.search);
	} catch {
		/* an unreadable address: no way back to it */
	}
	const content = errorPageContent(status, error, status === 400 ? '/' : here, locale);
	const common = { 'cache-control': 'no-store', ...headers };
	if (event.request.headers.get('x-sveltekit-action') === 'true') {
		return json({ type: 'error', status, error }, { status, headers: common });
	}
	if (wantsJson(event)) {
		if (event.isDataRequest) return json(error, { status, headers: common });
		// The shape of the API's other errors (apiCall): keys for programs, texts for people.
		const message = content.detail ?? error.message;
		const key = error.badInput ? `bad_input_${error.badInput.kind}` : (error.key ?? error.code ?? 'error');
		const field = error.badInput ? (error.badInput.name ?? error.badInput.where) : null;
		return json({ error: error.code ?? 'error', key, message, fields: field ? { [field]: key } : {}, fieldMessages: field ? { [field]: message } : {} }, { status, headers: common });
	}
	const steps = content.steps.map((s) => `<li>${s.href ? `<a href="${escapeHtml(s.href)}">${escapeHtml(s.text)}</a>` : escapeHtml(s.text)}</li>`).join('');
	const html = `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)} — Decydujemy</title>
<style>body{font:1.0625rem/1.5 system-ui,sans-serif;color:#1b1b1b;margin:0}header{background:#0b6e4f;color:#fff;padding:.75rem 1rem}header a{color:#fff;font-weight:700}main{max-width:44rem;margin:0 auto;padding:1rem}.detail{border-left:6px solid #0b6e4f;background:#f3f6f4;padding:.75rem 1rem}a{color:#0b5394}a:focus{outline:3px solid #fd0;outline-offset:0}</style>
</head>
<body>
<header><a href="${escapeHtml(localizeHref('/'))}">Decydujemy</a></header>
<main>
<p>${escapeHtml(m.error_page_status({ status: content.status }))}</p>
<h1>${escapeHtml(content.title)}</h1>
<p>${escapeHtml(content.text)}</p>
${content.detail ? `<p class="detail">${escapeHtml(content.detail)}</p>` : ''}
<h2>${escapeHtml(m.error_page_next())}</h2>
<ul>${steps}</ul>
</main>
</body>
</html>
`;
	return new Response(html, {
		status,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
			...common
		}
	});
}
