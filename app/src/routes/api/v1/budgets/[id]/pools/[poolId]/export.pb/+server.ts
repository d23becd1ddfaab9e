import type { RequestHandler } from './$types';
import { apiCall } from '$lib/server/http';
import { getEdition, poolPabulib } from '$lib/server/budgets/service';
import { assertPoolOf } from '$lib/server/budgets/public';

/** A pool as a Pabulib file: projects, anonymised ballots and the selected flags. */
export const GET: RequestHandler = ({ locals, params }) =>
	apiCall(async () => {
		const ed = await getEdition(locals.ctx, params.id);
		assertPoolOf(ed, params.poolId);
		const f = await poolPabulib(locals.ctx, params.poolId);
		return new Response(f.text, { headers: { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': `attachment; filename="${f.filename}"`, 'access-control-allow-origin': '*' } });
	});
