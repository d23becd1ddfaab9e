import type { PageServerLoad } from './$types';
import { listManagedProcesses } from '$lib/server/processes/service';
import { loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { processes: await loadOr404(() => listManagedProcesses(locals.ctx)) };
};
