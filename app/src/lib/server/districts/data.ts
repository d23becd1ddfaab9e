import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { MultiPolygon } from './geometry';

export interface DistrictRecord {
	id: number;
	roman: string;
	name: string;
	population: number;
	populationFemale: number;
	populationMale: number;
	geometry: MultiPolygon;
}

function dataDir(): string {
	const candidates = [
		process.env.DISTRICTS_DATA_DIR,
		join(dirname(fileURLToPath(import.meta.url)), 'data'),
		join(process.cwd(), 'src/lib/server/districts/data'),
		join(process.cwd(), 'app/src/lib/server/districts/data')
	].filter((p): p is string => !!p);
	for (const c of candidates) {
		try {
			readFileSync(join(c, 'SOURCES.md'));
			return c;
		} catch {
			/* next */
		}
	}
	throw new Error('District data files not found');
}

/** Reads the shipped boundaries and the 2025-12-31 population by sex (K = women, M = men). */
export function loadKrakowDistricts(): DistrictRecord[] {
	const dir = dataDir();
	const geo = JSON.parse(readFileSync(join(dir, 'districts.geojson'), 'utf8')) as {
		features: { properties: { id: number; number_roman: string; name: string }; geometry: MultiPolygon }[];
	};
	const csv = readFileSync(join(dir, 'population_by_district_sex_2025-12-31.csv'), 'utf8').trim().split(/\r?\n/);
	const pop = new Map<number, { K: number; M: number }>();
	for (const line of csv.slice(1)) {
		const [id, , , sex, persons] = line.split(',');
		const entry = pop.get(Number(id)) ?? { K: 0, M: 0 };
		entry[sex as 'K' | 'M'] = Number(persons);
		pop.set(Number(id), entry);
	}
	return geo.features
		.map((f) => {
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
		})
		.sort((a, b) => a.id - b.id);
}
