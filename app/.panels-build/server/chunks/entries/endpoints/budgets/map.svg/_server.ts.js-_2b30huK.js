import { m as mapFrame, a as mapSvg } from '../../../../chunks/map.js-BzLAcXDU.js';
import '../../../../chunks/service6.js-3cKmcDH6.js';
import '../../../../chunks/schema2.js-Sj7x0PO2.js';
import 'drizzle-orm/pg-core';
import 'drizzle-orm';
import 'node:fs';
import 'node:url';
import 'node:path';

// src/routes/budgets/map.svg/+server.ts
/** Kraków's districts as an image, with an optional pin (used by the no-JavaScript pin picker). */
var GET = async ({ locals, url }) => {
	const f = await mapFrame(locals.ctx.db);
	const lat = Number(url.searchParams.get("lat"));
	const lng = Number(url.searchParams.get("lng"));
	const pin = Number.isFinite(lat) && Number.isFinite(lng) && lat > 49 && lat < 51 && lng > 19 && lng < 21 ? {
		lat,
		lng
	} : null;
	const d = Number(url.searchParams.get("district"));
	return new Response(mapSvg(f, pin, Number.isInteger(d) && d >= 1 && d <= 18 ? d : null), { headers: {
		"content-type": "image/svg+xml",
		"cache-control": "public, max-age=300"
	} });
};

export { GET };
//# sourceMappingURL=_server.ts.js-_2b30huK.js.map
