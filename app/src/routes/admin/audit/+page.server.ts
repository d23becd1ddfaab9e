import type { PageServerLoad } from './$types';
import { listAudit } from '$lib/server/audit/service';
import { loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { entries: await loadOr404(() => listAudit(locals.ctx, { limit: 300 })) };
};
