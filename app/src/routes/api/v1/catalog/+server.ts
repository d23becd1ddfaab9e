import type { RequestHandler } from './$types';
import { apiCall } from '$lib/server/http';
import { buildCatalog, catalogQuads, toJsonLd } from '$lib/server/opendata';

/** The DCAT-AP catalogue as JSON-LD (what dane.gov.pl and data.europa.eu harvest). */
export const GET: RequestHandler = ({ locals, url }) =>
	apiCall(async () => {
		const body = JSON.stringify(toJsonLd(catalogQuads(await buildCatalog(locals.ctx, url.origin))), null, 1);
		return new Response(body, { headers: { 'content-type': 'application/ld+json; charset=utf-8', 'access-control-allow-origin': '*' } });
	});
