import type { PageServerLoad } from './$types';
import { getEdition, listAppeals } from '$lib/server/budgets/service';
import { loadOr404, requireSignedIn } from '$lib/server/http';

/** The edition's appeals, for its officials and (when it says so) its civic budget council. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	return { ed: { slug: ed.process.slug, title: ed.process.title, canManage: ed.canManage }, ...(await loadOr404(() => listAppeals(locals.ctx, ed.process.id))) };
};
