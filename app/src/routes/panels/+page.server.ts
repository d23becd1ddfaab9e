import type { PageServerLoad } from './$types';
import { listPanels } from '$lib/server/panels/service';

export const load: PageServerLoad = async ({ locals }) => {
	return { panels: await listPanels(locals.ctx.db) };
};
