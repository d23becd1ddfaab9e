import type { PageServerLoad } from './$types';
import { ballotSheet, getEdition, hasVoted } from '$lib/server/budgets/service';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const sheet = await ballotSheet(locals.ctx, ed.process.id);
	return { ed, districtPools: sheet.pools.filter((p) => p.kind === 'district').map((p) => ({ id: p.id, name: p.name, n: p.projects.length })), voted: await hasVoted(locals.ctx, ed.process.id), signedIn: !!locals.actor };
};
