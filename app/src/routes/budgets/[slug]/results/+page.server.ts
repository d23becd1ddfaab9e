import type { PageServerLoad } from './$types';
import { editionResults, getEdition } from '$lib/server/budgets/service';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	return { ed, results: await editionResults(locals.ctx, ed.process.id) };
};
