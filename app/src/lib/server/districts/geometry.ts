/** Point-in-polygon for GeoJSON MultiPolygons (even–odd rule, holes respected). Pure, no deps. */
export type Position = [number, number] | number[];
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: number[][][][] };

function inRing(lon: number, lat: number, ring: number[][]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

export function pointInMultiPolygon(lon: number, lat: number, geometry: MultiPolygon): boolean {
	for (const polygon of geometry.coordinates) {
		const [outer, ...holes] = polygon;
		if (outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h))) return true;
	}
	return false;
}

/** Bounding box [minLon, minLat, maxLon, maxLat] of several geometries. */
export function bbox(geometries: MultiPolygon[]): [number, number, number, number] {
	let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
	for (const g of geometries)
		for (const poly of g.coordinates)
			for (const ring of poly)
				for (const [x, y] of ring) {
					if (x < minX) minX = x;
					if (y < minY) minY = y;
					if (x > maxX) maxX = x;
					if (y > maxY) maxY = y;
				}
	return [minX, minY, maxX, maxY];
}
