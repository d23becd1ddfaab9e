import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getRequestEvent } from '$app/server';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { startRuntime, runtime, stopRuntime } from '$lib/server/runtime';
import { systemClock } from '$lib/server/core/context';
import type { Role } from '$lib/server/accounts/schema';
import { refuseUnreadableInput } from '$lib/server/hooks/refuseUnreadableInput';
import { databaseOutage } from '$lib/server/hooks/databaseOutage';
import { errorPages } from '$lib/server/hooks/errorPages';
import { isDatabaseUnavailable } from '$lib/server/hooks/databaseUnavailable';
import { prefixErrorTitle } from '$lib/server/hooks/errorTitle';
export { handleError } from '$lib/server/hooks/handleError';

export const init: ServerInit = async () => {
	const port = process.env.PORT ?? '3000';
	await startRuntime({
		baseURL: process.env.ORIGIN ?? `http://localhost:${port}`,
		plugins: [sveltekitCookies(getRequestEvent)]
	});
	// PGlite ignores SIGTERM until it is closed: close on adapter-node's shutdown event.
	process.once('sveltekit:shutdown' as never, () => {
		void stopRuntime();
	});
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, { transformPageChunk: ({ html }) => prefixErrorTitle(html.replace('%lang%', locale), locale) });
	});

/** Only the e-mail links of better-auth are reachable over HTTP; every other auth step goes
 * through our form actions, which apply our rate limits and validation. */
const authLinks: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	if (!path.startsWith('/api/auth/')) return resolve(event);
	const allowed = event.request.method === 'GET' && (path === '/api/auth/verify-email' || path.startsWith('/api/auth/reset-password/'));
	if (!allowed) return new Response('Not found', { status: 404 });
	return runtime().auth.handler(event.request);
};

const session: Handle = async ({ event, resolve }) => {
	const { auth, database } = runtime();
	// A malformed or expired cookie is an anonymous visitor; an unreachable database is a 503
	// (databaseOutage), not a signed-out page.
	const s = await auth.api.getSession({ headers: event.request.headers }).catch((e) => {
		if (isDatabaseUnavailable(e)) throw e;
		return null;
	});
	const u = s?.user as ({ id: string; name: string; email: string; role?: string; emailVerified: boolean } | undefined);
	event.locals.user = u ? { id: u.id, name: u.name, email: u.email, role: u.role ?? 'resident', emailVerified: u.emailVerified } : null;
	event.locals.actor = u ? { id: u.id, role: (u.role ?? 'resident') as Role, emailVerified: u.emailVerified } : null;
	event.locals.ctx = { db: database.db, actor: event.locals.actor, now: systemClock };
	event.locals.clientKey = event.getClientAddress();
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'geolocation=(self), camera=(), microphone=()');
	return response;
};

// Each concern is its own handle (lib/server/hooks/ holds the longer ones): the language first,
// security headers on every answer, then unreadable input is refused before anything reads it,
// database outages become 503s and SvelteKit's static error pages become localized ones.
export const handle = sequence(i18n, securityHeaders, refuseUnreadableInput, databaseOutage, errorPages, authLinks, session);
