import { d as district } from './schema2.js-Sj7x0PO2.js';
import { asc, eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

// src/lib/server/districts/geometry.ts
function inRing(lon, lat, ring) {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > lat !== yj > lat && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}
function pointInMultiPolygon(lon, lat, geometry) {
	for (const polygon of geometry.coordinates) {
		const [outer, ...holes] = polygon;
		if (outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h))) return true;
	}
	return false;
}
// src/lib/server/districts/data.ts
function dataDir() {
	const candidates = [
		process.env.DISTRICTS_DATA_DIR,
		join(dirname(fileURLToPath(import.meta.url)), "data"),
		join(process.cwd(), "src/lib/server/districts/data"),
		join(process.cwd(), "app/src/lib/server/districts/data")
	].filter((p) => !!p);
	for (const c of candidates) try {
		readFileSync(join(c, "SOURCES.md"));
		return c;
	} catch {}
	throw new Error("District data files not found");
}
/** Reads the shipped boundaries and the 2025-12-31 population by sex (K = women, M = men). */
function loadKrakowDistricts() {
	const dir = dataDir();
	const geo = JSON.parse(readFileSync(join(dir, "districts.geojson"), "utf8"));
	const csv = readFileSync(join(dir, "population_by_district_sex_2025-12-31.csv"), "utf8").trim().split(/\r?\n/);
	const pop = /* @__PURE__ */ new Map();
	for (const line of csv.slice(1)) {
		const [id, , , sex, persons] = line.split(",");
		const entry = pop.get(Number(id)) ?? {
			K: 0,
			M: 0
		};
		entry[sex] = Number(persons);
		pop.set(Number(id), entry);
	}
	return geo.features.map((f) => {
		const p = pop.get(f.properties.id);
		if (!p) throw new Error(`No population for district ${f.properties.id}`);
		return {
			id: f.properties.id,
			roman: f.properties.number_roman,
			name: f.properties.name,
			population: p.K + p.M,
			populationFemale: p.K,
			populationMale: p.M,
			geometry: f.geometry
		};
	}).sort((a, b) => a.id - b.id);
}
// src/lib/server/districts/service.ts
async function listDistricts(db) {
	return (await db.select({
		id: district.id,
		roman: district.roman,
		name: district.name,
		population: district.population
	}).from(district).orderBy(asc(district.id))).map((r) => ({
		id: r.id,
		number: r.roman,
		name: r.name,
		population: r.population
	}));
}
async function getDistrict(db, id) {
	const [row] = await db.select().from(district).where(eq(district.id, id));
	return row ?? null;
}
async function districtGeometries(db) {
	return db.select({
		id: district.id,
		name: district.name,
		roman: district.roman,
		geometry: district.geometry
	}).from(district).orderBy(asc(district.id));
}
/** The district containing a point (lon, lat), or null outside Kraków. */
async function findDistrictAt(db, lon, lat) {
	for (const d of await districtGeometries(db)) if (pointInMultiPolygon(lon, lat, d.geometry)) return d.id;
	return null;
}
/** Loads (or refreshes) the 18 districts from the shipped data. Idempotent. */
async function seedDistricts(db) {
	const records = loadKrakowDistricts();
	for (const r of records) await db.insert(district).values(r).onConflictDoUpdate({
		target: district.id,
		set: {
			roman: r.roman,
			name: r.name,
			population: r.population,
			populationFemale: r.populationFemale,
			populationMale: r.populationMale,
			geometry: r.geometry
		}
	});
	return records.length;
}

export { districtGeometries as d, findDistrictAt as f, getDistrict as g, listDistricts as l, seedDistricts as s };
//# sourceMappingURL=service6.js-3cKmcDH6.js.map
