import type { PageServerLoad } from './$types';
import { listManagedProcesses } from '$lib/server/processes/service';
import { loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const all = await loadOr404(() => listManagedProcesses(locals.ctx));
	return { consultations: all.filter((p) => p.mechanism === 'consultation') };
};
