import type { PageServerLoad } from './$types';
import { getEdition } from '$lib/server/budgets/service';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const r = (url.searchParams.get('r') ?? '').toUpperCase();
	return { ed, receipt: /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(r) ? r : null };
};
