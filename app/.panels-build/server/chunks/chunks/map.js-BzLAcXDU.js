import { d as districtGeometries } from './service6.js-3cKmcDH6.js';

var kx = Math.cos(50.06 * Math.PI / 180);
var cached = null;
async function mapFrame(db) {
	if (cached) return cached;
	const geos = await districtGeometries(db);
	let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
	for (const g of geos) for (const poly of g.geometry.coordinates) for (const ring of poly) for (const [x, y] of ring) {
		x0 = Math.min(x0, x);
		x1 = Math.max(x1, x);
		y0 = Math.min(y0, y);
		y1 = Math.max(y1, y);
	}
	const box = {
		x0,
		y0,
		x1,
		y1
	};
	const scale = 640 / ((x1 - x0) * kx);
	cached = {
		w: 640,
		h: Math.round((y1 - y0) * scale),
		districts: geos.map((g) => ({
			id: g.id,
			label: `${g.roman} ${g.name}`,
			d: g.geometry.coordinates.map((poly) => poly.map((ring) => "M" + ring.map(([x, y]) => `${((x - x0) * kx * scale).toFixed(1)},${((y1 - y) * scale).toFixed(1)}`).join("L") + "Z").join("")).join("")
		})),
		box
	};
	return cached;
}
function toXY(f, lng, lat) {
	const scale = f.w / ((f.box.x1 - f.box.x0) * kx);
	return {
		x: Math.round((lng - f.box.x0) * kx * scale * 10) / 10,
		y: Math.round((f.box.y1 - lat) * scale * 10) / 10
	};
}
/** Click position on the rendered image (its displayed width) back to coordinates. */
function fromXY(f, x, y, displayedWidth = f.w) {
	const s = f.w / displayedWidth;
	const scale = f.w / ((f.box.x1 - f.box.x0) * kx);
	const lng = f.box.x0 + x * s / (kx * scale);
	const lat = f.box.y1 - y * s / scale;
	return {
		lat: Math.round(lat * 1e6) / 1e6,
		lng: Math.round(lng * 1e6) / 1e6
	};
}
function mapSvg(f, pin, highlight) {
	const paths = f.districts.map((d) => `<path d="${d.d}" fill="${d.id === highlight ? "#8cc7a8" : "#cfe6da"}" stroke="#0b6e4f" stroke-width="1"/>`).join("");
	let marker = "";
	if (pin) {
		const { x, y } = toXY(f, pin.lng, pin.lat);
		marker = `<g transform="translate(${x},${y})"><path d="M0,0 C-4,-10 -12,-14 -12,-22 A12,12 0 1 1 12,-22 C12,-14 4,-10 0,0Z" fill="#b3261e" stroke="#fff" stroke-width="2"/><circle cx="0" cy="-22" r="4.5" fill="#fff"/></g>`;
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f.w} ${f.h}" width="${f.w}" height="${f.h}"><rect width="100%" height="100%" fill="#f7faf8"/>${paths}${marker}</svg>`;
}

export { mapSvg as a, fromXY as f, mapFrame as m, toXY as t };
//# sourceMappingURL=map.js-BzLAcXDU.js.map
