import type { PageServerLoad } from './$types';
import { listPanels } from '$lib/server/panels/service';
import { ensurePanelJobs } from '$lib/server/panels/jobs';

export const load: PageServerLoad = async ({ locals }) => {
	ensurePanelJobs(locals.ctx.db);
	return { panels: await listPanels(locals.ctx.db) };
};
