import type { LayoutServerLoad } from './$types';
import { panelView } from '$lib/server/panels/service';
import { loadOr404 } from '$lib/server/http';

export const load: LayoutServerLoad = async ({ locals, params }) => {
	return { panel: await loadOr404(() => panelView(locals.ctx, params.slug)) };
};
