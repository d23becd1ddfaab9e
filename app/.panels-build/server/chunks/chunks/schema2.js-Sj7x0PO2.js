import { pgTable, jsonb, integer, text } from 'drizzle-orm/pg-core';

// src/lib/server/districts/schema.ts
/** One of Kraków's 18 districts (dzielnice); `id` is the district number I–XVIII as 1–18. */
var district = pgTable("district", {
	id: integer("id").primaryKey(),
	roman: text("roman").notNull(),
	name: text("name").notNull(),
	population: integer("population").notNull(),
	populationFemale: integer("population_female").notNull(),
	populationMale: integer("population_male").notNull(),
	/** GeoJSON MultiPolygon geometry (WGS84). */
	geometry: jsonb("geometry").$type().notNull()
});

export { district as d };
//# sourceMappingURL=schema2.js-Sj7x0PO2.js.map
