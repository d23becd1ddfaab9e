import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { listManagedProgrammes } from '$lib/server/initiatives';
import { loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireSignedIn(locals, url);
	if (actor.role !== 'official' && actor.role !== 'admin') error(403, 'Forbidden');
	return { programmes: await loadOr404(() => listManagedProgrammes(locals.ctx)) };
};
