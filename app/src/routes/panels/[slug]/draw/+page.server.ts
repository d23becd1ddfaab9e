import type { PageServerLoad } from './$types';
import { publicDraw } from '$lib/server/panels/service';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { panel } = await parent();
	return { draw: await publicDraw(locals.ctx, panel.id) };
};
