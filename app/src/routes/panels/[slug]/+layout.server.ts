import type { LayoutServerLoad } from './$types';
import { panelView } from '$lib/server/panels/service';
import { ensurePanelJobs } from '$lib/server/panels/jobs';
import { loadOr404 } from '$lib/server/http';

export const load: LayoutServerLoad = async ({ locals, params }) => {
	ensurePanelJobs(locals.ctx.db);
	return { panel: await loadOr404(() => panelView(locals.ctx, params.slug)) };
};
