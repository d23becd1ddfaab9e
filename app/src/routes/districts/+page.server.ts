import type { PageServerLoad } from './$types';
import { districtGeometries, listDistricts } from '$lib/server/districts/service';

export const load: PageServerLoad = async ({ locals }) => ({
	districts: await listDistricts(locals.ctx.db),
	geometries: await districtGeometries(locals.ctx.db)
});
