/** Kraków as SVG paths (no tile server): the shipped district boundaries projected once, used
 * for the project maps and the no-JavaScript pin picker (an `<input type="image">` sends the
 * clicked x/y, which `fromXY` turns back into coordinates). */
import type { Db } from '../db/client';
import { districtGeometries } from '../districts/service';
import { areaPoints, toXY } from '../../budgets/mapMath';

export const MAP_W = 640;
const kx = Math.cos((50.06 * Math.PI) / 180);

export interface MapFrame {
	w: number;
	h: number;
	districts: { id: number; label: string; d: string }[];
	box: { x0: number; y0: number; x1: number; y1: number };
}

let cached: MapFrame | null = null;

export async function mapFrame(db: Db): Promise<MapFrame> {
	if (cached) return cached;
	const geos = await districtGeometries(db);
	let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
	for (const g of geos) for (const poly of g.geometry.coordinates) for (const ring of poly) for (const [x, y] of ring) {
		x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
	}
	const box = { x0, y0, x1, y1 };
	const scale = MAP_W / ((x1 - x0) * kx);
	const h = Math.round((y1 - y0) * scale);
	const districts = geos.map((g) => ({
		id: g.id,
		label: `${g.roman} ${g.name}`,
		d: g.geometry.coordinates.map((poly) => poly.map((ring) => 'M' + ring.map(([x, y]) => `${((x - x0) * kx * scale).toFixed(1)},${((y1 - y) * scale).toFixed(1)}`).join('L') + 'Z').join('')).join('')
	}));
	cached = { w: MAP_W, h, districts, box };
	return cached;
}

export { toXY, fromXY } from '../../budgets/mapMath';

export function mapSvg(f: MapFrame, pin: { lat: number; lng: number } | null, highlight: number | null, area: [number, number][] | null = null): string {
	const paths = f.districts.map((d) => `<path d="${d.d}" fill="${d.id === highlight ? '#8cc7a8' : '#cfe6da'}" stroke="#0b6e4f" stroke-width="1"/>`).join('');
	let marker = '';
	if (pin) {
		const { x, y } = toXY(f, pin.lng, pin.lat);
		marker = `<g transform="translate(${x},${y})"><path d="M0,0 C-4,-10 -12,-14 -12,-22 A12,12 0 1 1 12,-22 C12,-14 4,-10 0,0Z" fill="#b3261e" stroke="#fff" stroke-width="2"/><circle cx="0" cy="-22" r="4.5" fill="#fff"/></g>`;
	}
	const pts = areaPoints(f, area);
	const poly = pts ? `<polygon points="${pts}" fill="#b3261e" fill-opacity="0.25" stroke="#b3261e" stroke-width="2"/>` : area?.length ? area.map(([lng, lat]) => { const p = toXY(f, lng, lat); return `<circle cx="${p.x}" cy="${p.y}" r="3" fill="#b3261e"/>`; }).join('') : '';
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f.w} ${f.h}" width="${f.w}" height="${f.h}"><rect width="100%" height="100%" fill="#f7faf8"/>${paths}${poly}${marker}</svg>`;
}
