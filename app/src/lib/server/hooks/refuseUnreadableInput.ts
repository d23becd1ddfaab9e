import type { Handle, RequestEvent } from '@sveltejs/kit';
import { findInBody, findInUrl, type Unreadable } from '../input/unreadable';
import { standaloneErrorResponse } from './standalonePage';
import { errorPageContent } from '$lib/errorPage';
import { getLocale } from '$lib/paraglide/runtime';

const TEXT_BODIES = /^(application\/x-www-form-urlencoded|multipart\/form-data|application\/json|application\/[\w.+-]+\+json)\s*(;|$)/i;

async function findInRequestBody(event: RequestEvent): Promise<Unreadable | null> {
	const { request } = event;
	if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return null;
	const type = request.headers.get('content-type') ?? '';
	if (!TEXT_BODIES.test(type)) return null;
	let bytes: Uint8Array;
	try {
		// A copy of the body: the route reads the original.
		bytes = new Uint8Array(await request.clone().arrayBuffer());
	} catch {
		// Too large or cut off: the route's own read fails the same way and answers it (413, 400).
		return null;
	}
	return findInBody(type, bytes);
}

/** Text nobody can have typed and PostgreSQL cannot store (a NUL, bytes that are not UTF-8) in
 * the path, the query or a form is refused here with a 400 that says what and where, before any
 * route or service sees it. */
export const refuseUnreadableInput: Handle = async ({ event, resolve }) => {
	const found = findInUrl(event.url) ?? (await findInRequestBody(event));
	if (!found) return resolve(event);
	const badInput = { where: found.where, kind: found.kind, ...(found.name !== undefined && { name: found.name }) };
	const content = errorPageContent(400, { message: '', badInput }, '/', getLocale());
	return standaloneErrorResponse(event, 400, { message: content.detail ?? content.title, code: 'bad_input', badInput });
};
