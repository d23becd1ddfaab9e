import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { district } from './schema';
import { pointInMultiPolygon } from './geometry';
import { loadKrakowDistricts } from './data';

export interface DistrictSummary {
	id: number;
	number: string;
	name: string;
	population: number;
}

export async function listDistricts(db: Db): Promise<DistrictSummary[]> {
	const rows = await db
		.select({ id: district.id, roman: district.roman, name: district.name, population: district.population })
		.from(district)
		.orderBy(asc(district.id));
	return rows.map((r) => ({ id: r.id, number: r.roman, name: r.name, population: r.population }));
}

export async function getDistrict(db: Db, id: number) {
	const [row] = await db.select().from(district).where(eq(district.id, id));
	return row ?? null;
}

export async function districtGeometries(db: Db) {
	return db.select({ id: district.id, name: district.name, roman: district.roman, geometry: district.geometry }).from(district).orderBy(asc(district.id));
}

/** The district containing a point (lon, lat), or null outside Kraków. */
export async function findDistrictAt(db: Db, lon: number, lat: number): Promise<number | null> {
	for (const d of await districtGeometries(db)) if (pointInMultiPolygon(lon, lat, d.geometry)) return d.id;
	return null;
}

/** Loads (or refreshes) the 18 districts from the shipped data. Idempotent. */
export async function seedDistricts(db: Db): Promise<number> {
	const records = loadKrakowDistricts();
	for (const r of records) {
		await db
			.insert(district)
			.values(r)
			.onConflictDoUpdate({
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
	}
	return records.length;
}
