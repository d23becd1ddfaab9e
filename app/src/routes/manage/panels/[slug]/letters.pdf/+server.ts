import type { RequestHandler } from './$types';
import { invitedAddresses, panelIdBySlug, panelView } from '$lib/server/panels/service';
import { invitationLetters } from '$lib/server/panels/pdf';
import { loadOr404, httpError } from '$lib/server/http';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.actor) httpError(401, 'unauthenticated');
	const id = await loadOr404(() => panelIdBySlug(locals.ctx.db, params.slug));
	const view = await loadOr404(() => panelView(locals.ctx, params.slug));
	// ?wave=N: the letters of one wave (each wave has its own codes and PDF); without it, all.
	const w = Number(url.searchParams.get('wave'));
	const wave = url.searchParams.has('wave') && Number.isInteger(w) && w >= 1 ? w : undefined;
	const rows = await loadOr404(() => invitedAddresses(locals.ctx, id, wave));
	const pdf = invitationLetters({ title: view.title, question: view.question, size: view.size, url: `${url.origin}/panels/${view.slug}` }, rows);
	return new Response(pdf as unknown as BodyInit, { headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="zaproszenia-${view.slug}${wave ? `-fala-${wave}` : ''}.pdf"`, 'cache-control': 'no-store' } });
};
