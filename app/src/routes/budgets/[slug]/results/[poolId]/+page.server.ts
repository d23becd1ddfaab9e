import type { PageServerLoad } from './$types';
import { getEdition, poolResults } from '$lib/server/budgets/service';
import { loadOr404 } from '$lib/server/http';
import { getLocale } from '$lib/paraglide/runtime';

/** One pool's full result: each project's score, decision and explanation, and the comparison
 * of the rules (only the reader's language of the explanations is sent). */
export const load: PageServerLoad = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const res = await loadOr404(() => poolResults(locals.ctx, ed.process.id, params.poolId, getLocale()));
	return { title: ed.process.title, slug: ed.process.slug, id: ed.process.id, res };
};
