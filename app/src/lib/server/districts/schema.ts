import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** One of Kraków's 18 districts (dzielnice); `id` is the district number I–XVIII as 1–18. */
export const district = pgTable('district', {
	id: integer('id').primaryKey(),
	roman: text('roman').notNull(),
	name: text('name').notNull(),
	population: integer('population').notNull(),
	populationFemale: integer('population_female').notNull(),
	populationMale: integer('population_male').notNull(),
	/** GeoJSON MultiPolygon geometry (WGS84). */
	geometry: jsonb('geometry').$type<{ type: 'MultiPolygon'; coordinates: number[][][][] }>().notNull()
});
