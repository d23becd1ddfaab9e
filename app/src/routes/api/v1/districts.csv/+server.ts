import type { RequestHandler } from './$types';
import { listDistricts } from '$lib/server/districts/service';
import { csvResponse } from '$lib/server/http';

export const GET: RequestHandler = async ({ locals }) => {
	const rows = await listDistricts(locals.ctx.db);
	return csvResponse('districts.csv', ['id', 'number', 'name', 'population'], rows.map((d) => [d.id, d.number, d.name, d.population]));
};
