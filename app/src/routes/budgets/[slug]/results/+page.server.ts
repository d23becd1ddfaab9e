import type { PageServerLoad } from './$types';
import { getEdition, resultsSummary } from '$lib/server/budgets/service';
import { loadOr404 } from '$lib/server/http';

/** The light results page: pools with winners and totals; each pool's full explanations are on
 * its own page (results/[poolId]). The JSON API (/api/v1/budgets/{id}/results) is unchanged. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	return { title: ed.process.title, slug: ed.process.slug, id: ed.process.id, results: await resultsSummary(locals.ctx, ed.process.id) };
};
