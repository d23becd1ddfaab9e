import type { LayoutServerLoad } from './$types';
import { getConsultation } from '$lib/server/consultations';
import { loadOr404 } from '$lib/server/http';

export const load: LayoutServerLoad = async ({ locals, params }) => {
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	return { c };
};
