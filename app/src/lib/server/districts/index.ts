import { sql } from 'drizzle-orm';
import type { ModuleManifest } from '../modules';
import { district } from './schema';

/** Districts: Kraków's 18 dzielnice with boundaries (GeoJSON) and population by sex
 * (2025-12-31). Public; no personal data. */
export const districtsModule: ModuleManifest = {
	name: 'districts',
	tables: ['district'],
	statistics: async (db) => {
		const [row] = await db.select({ n: sql<number>`count(*)::int`, people: sql<number>`coalesce(sum(${district.population}),0)::int` }).from(district);
		return { districts: row.n, population: row.people };
	}
};
