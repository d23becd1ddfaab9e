import type { PageServerLoad } from './$types';
import { workspaceFor } from '$lib/server/workspace';
import { httpError, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireSignedIn(locals, url);
	const ws = await loadOr404(() => workspaceFor(locals.ctx));
	const staff = actor.role === 'official' || actor.role === 'admin';
	// Residents have a workspace only through a module (a budget council member, a partner).
	if (!staff && !ws.processes.length) httpError(403, 'forbidden');
	return { ws, staff, admin: actor.role === 'admin', onlyWaiting: url.searchParams.get('waiting') === '1', now: locals.ctx.now() };
};
