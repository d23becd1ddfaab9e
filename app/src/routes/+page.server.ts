import type { PageServerLoad } from './$types';
import { listPublicProcesses } from '$lib/server/processes/service';
import { listDistricts } from '$lib/server/districts/service';

export const load: PageServerLoad = async ({ locals }) => {
	const [processes, districts] = await Promise.all([listPublicProcesses(locals.ctx), listDistricts(locals.ctx.db)]);
	return {
		open: processes.filter((p) => p.open),
		upcoming: processes.filter((p) => p.status === 'published' && !p.open),
		closed: processes.filter((p) => p.status === 'closed'),
		districts
	};
};
