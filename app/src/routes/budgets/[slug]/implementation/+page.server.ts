import type { PageServerLoad } from './$types';
import { getEdition, implementationList } from '$lib/server/budgets/service';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	return { ed, list: await implementationList(locals.ctx, ed.process.id) };
};
