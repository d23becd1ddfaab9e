import type { RequestHandler } from './$types';
import { apiCall } from '$lib/server/http';
import { buildCatalog, catalogQuads, toTurtle } from '$lib/server/opendata';

/** The same DCAT-AP catalogue as Turtle. */
export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const body = await toTurtle(catalogQuads(await buildCatalog(locals.ctx, url.origin)));
		return new Response(body, { headers: { 'content-type': 'text/turtle; charset=utf-8', 'access-control-allow-origin': '*' } });
	});
