import type { PageServerLoad } from './$types';
import { getReport, evaluationStatus } from '$lib/server/consultations';
import { districtGeometries } from '$lib/server/districts/service';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	return {
		report: await loadOr404(() => getReport(locals.ctx, c.process.id)),
		evaluation: await evaluationStatus(locals.ctx, c.process.id),
		districts: await districtGeometries(locals.ctx.db)
	};
};
