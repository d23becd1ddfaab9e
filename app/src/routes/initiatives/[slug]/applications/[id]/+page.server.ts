import type { PageServerLoad } from './$types';
import { getApplication } from '$lib/server/initiatives';
import { getDistrict } from '$lib/server/districts/service';
import { httpError, loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const v = await loadOr404(() => getApplication(locals.ctx, params.id));
	if (v.process.slug !== params.slug) httpError(404, 'initiatives_application_not_found');
	const d = v.application.districtId ? await getDistrict(locals.ctx.db, v.application.districtId) : null;
	return { v, district: d ? `${d.roman}. ${d.name}` : null, notice: url.searchParams.get('done') };
};
