/** Map projection shared by the server (SVG maps, the no-JavaScript pin picker) and the browser
 * (clicking the map adds area points): longitude scaled by cos(50.06°), north up. */
export type MapBox = { x0: number; y0: number; x1: number; y1: number };
export type MapGeometry = { w: number; box: MapBox };

const kx = Math.cos((50.06 * Math.PI) / 180);

export function toXY(f: MapGeometry, lng: number, lat: number): { x: number; y: number } {
	const scale = f.w / ((f.box.x1 - f.box.x0) * kx);
	return { x: Math.round((lng - f.box.x0) * kx * scale * 10) / 10, y: Math.round((f.box.y1 - lat) * scale * 10) / 10 };
}

/** Click position on the rendered image (its displayed width) back to coordinates. */
export function fromXY(f: MapGeometry, x: number, y: number, displayedWidth = f.w): { lat: number; lng: number } {
	const s = f.w / displayedWidth;
	const scale = f.w / ((f.box.x1 - f.box.x0) * kx);
	const lng = f.box.x0 + (x * s) / (kx * scale);
	const lat = f.box.y1 - (y * s) / scale;
	return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

/** An area ([lng, lat] points) as an SVG `points` attribute in map coordinates. */
export function areaPoints(f: MapGeometry, area: readonly (readonly [number, number])[] | null | undefined): string {
	if (!area || area.length < 3) return '';
	return area.map(([lng, lat]) => {
		const p = toXY(f, lng, lat);
		return `${p.x},${p.y}`;
	}).join(' ');
}

/** The area as the textarea shows it: one "lat, lng" per line. */
export function areaText(area: readonly (readonly [number, number])[] | null | undefined): string {
	return (area ?? []).map(([lng, lat]) => `${lat}, ${lng}`).join('\n');
}
