import type { RequestHandler } from './$types';
import { mapFrame, mapSvg } from '$lib/server/budgets/map';

/** Kraków's districts as an image, with an optional pin (used by the no-JavaScript pin picker). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const f = await mapFrame(locals.ctx.db);
	const lat = Number(url.searchParams.get('lat'));
	const lng = Number(url.searchParams.get('lng'));
	const pin = Number.isFinite(lat) && Number.isFinite(lng) && lat > 49 && lat < 51 && lng > 19 && lng < 21 ? { lat, lng } : null;
	const d = Number(url.searchParams.get('district'));
	// area=lng,lat;lng,lat;… (the points typed or clicked so far), drawn as a polygon.
	const area = (url.searchParams.get('area') ?? '')
		.split(';')
		.slice(0, 50)
		.map((p) => p.split(',').map(Number))
		.filter((p): p is [number, number] => p.length === 2 && p[0] > 19 && p[0] < 21 && p[1] > 49 && p[1] < 51);
	return new Response(mapSvg(f, pin, Number.isInteger(d) && d >= 1 && d <= 18 ? d : null, area.length ? area : null), { headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=300' } });
};
