import type { LayoutServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { getConsultation } from '$lib/server/consultations';
import { loadOr404, requireSignedIn } from '$lib/server/http';

export const load: LayoutServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	if (!c.canManage) error(403, 'Forbidden');
	return { c };
};
