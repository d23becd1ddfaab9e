import type { PageServerLoad } from './$types';
import { getDistrict } from '$lib/server/districts/service';
import { listPublicProcesses } from '$lib/server/processes/service';
import { httpError } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id) || id < 1 || id > 18) httpError(404, 'not_found');
	const district = await getDistrict(locals.ctx.db, id);
	if (!district) httpError(404, 'not_found');
	const processes = await listPublicProcesses(locals.ctx, { districtId: id });
	return {
		district: { id: district.id, roman: district.roman, name: district.name, population: district.population, female: district.populationFemale, male: district.populationMale },
		local: processes.filter((p) => p.districtId === id),
		citywideOpen: processes.filter((p) => p.districtId === null && p.open)
	};
};
