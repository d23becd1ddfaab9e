import type { Handle } from '@sveltejs/kit';
import { standaloneErrorResponse } from './standalonePage';
import { errorPageContent } from '$lib/errorPage';
import { getLocale } from '$lib/paraglide/runtime';
import { bodySizeLimitMb } from './bodySizeLimit';

const MARKER = '<meta name="decydujemy-static-error"';

/** Errors that SvelteKit answers with its static page (src/error.html) — thrown by an endpoint
 * (`/account/export.json`, a PDF, an iCal feed), by a handle, or by the root layout — get the same
 * localized page as every other error: a title, what happened and what to do next. */
export const errorPages: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (response.status < 400 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
	const html = await response.text();
	if (!html.includes(MARKER)) return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
	const limitMb = response.status === 413 ? bodySizeLimitMb() : undefined;
	const error: App.Error = { message: '', ...(limitMb && { limitMb }) };
	error.message = errorPageContent(response.status, error, '/', getLocale()).title;
	const retryAfter = response.headers.get('retry-after');
	const page = standaloneErrorResponse(event, response.status, error, retryAfter ? { 'retry-after': retryAfter } : {});
	for (const cookie of response.headers.getSetCookie()) page.headers.append('set-cookie', cookie);
	return page;
};
