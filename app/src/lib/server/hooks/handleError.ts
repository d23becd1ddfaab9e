import type { HandleServerError } from '@sveltejs/kit';
import { errorPageContent } from '$lib/errorPage';
import { getLocale } from '$lib/paraglide/runtime';
import { isDatabaseUnavailable } from './databaseUnavailable';
import { bodySizeLimitMb } from './bodySizeLimit';

const CODES: Record<number, string> = { 400: 'bad_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'too_large', 429: 'rate_limited', 500: 'internal', 503: 'unavailable' };

/** An error for the server's log without personal data: a failed query's SQL text (parameterised,
 * so never user input) but not its parameters, plus the database's own message. */
export function describeForLog(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const e = error as Error & { query?: string; params?: unknown[] };
	const cause = e.cause instanceof Error ? `\n  caused by: ${e.cause.message}` : '';
	if (typeof e.query === 'string') return `${e.name}: failed query (${e.params?.length ?? 0} parameters withheld): ${e.query}${cause}\n${e.stack?.split('\n').slice(1).join('\n') ?? ''}`;
	return `${e.stack ?? `${e.name}: ${e.message}`}${cause}`;
}

/** Unexpected errors (and SvelteKit's own: 404, 405, 413...) become a localized message with a
 * code; the status decides the error page's title and next steps (lib/errorPage.ts). */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const locale = getLocale();
	if (isDatabaseUnavailable(error)) {
		event.locals.databaseUnavailable = true;
		console.error(`Database unavailable (${event.request.method} ${event.url.pathname}): ${error instanceof Error ? error.message : String(error)}`);
		return { message: errorPageContent(503, null, '/', locale).title, code: 'unavailable' };
	}
	if (status >= 500) console.error(describeForLog(error));
	const limitMb = status === 413 ? bodySizeLimitMb() : undefined;
	const content = errorPageContent(status, { message: '', ...(limitMb && { limitMb }) }, '/', locale);
	return { message: status === 413 ? content.text : content.title, code: CODES[content.status], ...(limitMb && { limitMb }) };
};
