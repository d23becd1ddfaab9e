import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { getApplication } from '$lib/server/initiatives';
import { getDistrict } from '$lib/server/districts/service';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const v = await loadOr404(() => getApplication(locals.ctx, params.id));
	if (v.process.slug !== params.slug) error(404, 'Not found');
	const d = v.application.districtId ? await getDistrict(locals.ctx.db, v.application.districtId) : null;
	return { v, district: d ? `${d.roman}. ${d.name}` : null, notice: url.searchParams.get('done') };
};
