import type { PageServerLoad } from './$types';
import { listManagedProgrammes } from '$lib/server/initiatives';
import { httpError, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireSignedIn(locals, url);
	if (actor.role !== 'official' && actor.role !== 'admin') httpError(403, 'forbidden');
	return { programmes: await loadOr404(() => listManagedProgrammes(locals.ctx)) };
};
