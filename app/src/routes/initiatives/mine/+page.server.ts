import type { PageServerLoad } from './$types';
import { myApplications } from '$lib/server/initiatives';
import { loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { rows: await loadOr404(() => myApplications(locals.ctx)), deleted: url.searchParams.has('deleted') };
};
