import type { PageServerLoad } from './$types';
import { auditTrail } from '$lib/server/audit/trail';
import { loadOr404, requireSignedIn } from '$lib/server/http';

/** The audit trail with its filters (a GET form: the filtered view has its own address). */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const q = Object.fromEntries(['process', 'person', 'action', 'from', 'to'].map((k) => [k, url.searchParams.get(k) ?? '']));
	return { trail: await loadOr404(() => auditTrail(locals.ctx, q)), query: url.searchParams.toString() };
};
