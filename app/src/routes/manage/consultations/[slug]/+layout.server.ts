import type { LayoutServerLoad } from './$types';
import { getConsultation } from '$lib/server/consultations';
import { loadOr404, requireSignedIn, httpError } from '$lib/server/http';

export const load: LayoutServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	if (!c.canManage) httpError(403, 'forbidden');
	return { c };
};
