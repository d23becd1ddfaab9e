import type { PageServerLoad } from './$types';
import { getApplication } from '$lib/server/initiatives';
import { httpError, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const v = await loadOr404(() => getApplication(locals.ctx, params.id));
	if (!v.canAct || v.process.slug !== params.slug || v.application.status === 'draft') httpError(404, 'initiatives_application_not_found');
	return { v };
};
