import { u as user } from './schema.js-Do_En6u5.js';
import { pgTable, timestamp, text, integer, index, primaryKey } from 'drizzle-orm/pg-core';

// src/lib/server/processes/schema.ts
var MECHANISMS = [
	"budget",
	"initiative",
	"consultation",
	"ngo",
	"panel",
	"event",
	"ideas"
];
var CLIMATE_TOPICS = [
	"energy",
	"transport",
	"greenery_water",
	"heat",
	"air",
	"waste",
	"education"
];
var PROCESS_STATUSES = [
	"draft",
	"published",
	"closed"
];
/** The container every participation mechanism lives in. */
var process = pgTable("process", {
	id: text("id").primaryKey(),
	slug: text("slug").notNull().unique(),
	mechanism: text("mechanism").$type().notNull(),
	title: text("title").notNull(),
	description: text("description").notNull(),
	scopeDecided: text("scope_decided").notNull().default(""),
	scopeOpen: text("scope_open").notNull().default(""),
	scopeWhoDecides: text("scope_who_decides").notNull().default(""),
	scopeWhen: text("scope_when").notNull().default(""),
	/** null = citywide */
	districtId: integer("district_id"),
	topics: text("topics").array().$type().notNull().default([]),
	status: text("status").$type().notNull().default("draft"),
	outcome: text("outcome"),
	createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("process_district_idx").on(t.districtId), index("process_status_idx").on(t.status)]);
var phase = pgTable("phase", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	position: integer("position").notNull(),
	name: text("name").notNull(),
	startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
	endsAt: timestamp("ends_at", { withTimezone: true }).notNull()
}, (t) => [index("phase_process_idx").on(t.processId)]);
/** Officials are scoped to the processes they run. */
var processOfficial = pgTable("process_official", {
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" })
}, (t) => [primaryKey({ columns: [t.processId, t.userId] })]);

export { CLIMATE_TOPICS as C, MECHANISMS as M, PROCESS_STATUSES as P, phase as a, processOfficial as b, process as p };
//# sourceMappingURL=schema4.js-DVO4fwmJ.js.map
