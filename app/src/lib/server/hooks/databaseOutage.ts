import type { Handle } from '@sveltejs/kit';
import { isDatabaseUnavailable } from './databaseUnavailable';
import { standaloneErrorResponse } from './standalonePage';
import { m } from '$lib/paraglide/messages';

/** Seconds a client should wait before retrying while the database is unavailable. */
const RETRY_AFTER_SECONDS = '5';

/** While the database is unreachable (restart, failover) every request answers 503 with
 * Retry-After, never a 500: the error was raised in a handle (the session lookup) or reported by
 * handleError (a load, an action, an endpoint), which marks `locals.databaseUnavailable`. Nothing
 * was written, so resending is safe (a ballot's receipt makes a resent ballot count once). */
export const databaseOutage: Handle = async ({ event, resolve }) => {
	const unavailable = () => standaloneErrorResponse(event, 503, { message: m.error_page_503_title(), code: 'unavailable' }, { 'retry-after': RETRY_AFTER_SECONDS });
	let response: Response;
	try {
		response = await resolve(event);
	} catch (e) {
		if (isDatabaseUnavailable(e)) {
			console.error(`Database unavailable (${event.request.method} ${event.url.pathname}): ${(e as Error).message}`);
			return unavailable();
		}
		throw e;
	}
	if (response.status >= 500 && event.locals.databaseUnavailable) {
		// API and data requests keep SvelteKit's JSON body ({ message, code: 'unavailable' }); pages
		// get the standalone page (the layout itself needs the database).
		if ((response.headers.get('content-type') ?? '').includes('application/json')) {
			const headers = new Headers(response.headers);
			headers.set('retry-after', RETRY_AFTER_SECONDS);
			return new Response(response.body, { status: 503, headers });
		}
		await response.body?.cancel();
		return unavailable();
	}
	return response;
};
