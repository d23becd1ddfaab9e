import type { LayoutServerLoad } from './$types';
import { panelView } from '$lib/server/panels/service';
import { loadOr404, requireSignedIn, httpError } from '$lib/server/http';

export const load: LayoutServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const panel = await loadOr404(() => panelView(locals.ctx, params.slug));
	if (!panel.canManage) httpError(403, 'forbidden');
	return { panel };
};
