import { pgTable, timestamp, text, index, jsonb, integer, boolean, primaryKey } from 'drizzle-orm/pg-core';

// src/lib/server/accounts/schema.ts
/** Roles of the city's regulations: a resident takes part, a moderator keeps discussion civil,
* an official runs the processes assigned to them, an admin runs the platform. */
var ROLES = [
	"resident",
	"moderator",
	"official",
	"admin"
];
var user = pgTable("user", {
	id: text("id").primaryKey(),
	name: text("name").notNull(),
	email: text("email").notNull().unique(),
	emailVerified: boolean("email_verified").notNull().default(false),
	image: text("image"),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
	role: text("role").$type().notNull().default("resident"),
	districtId: integer("district_id"),
	birthYear: integer("birth_year"),
	/** Optional answers for representativeness statistics only; null without consent. */
	demographics: jsonb("demographics").$type(),
	demographicsConsentAt: timestamp("demographics_consent_at", { withTimezone: true }),
	locale: text("locale"),
	deletedAt: timestamp("deleted_at", { withTimezone: true })
});
var session = pgTable("session", {
	id: text("id").primaryKey(),
	expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
	token: text("token").notNull().unique(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
	ipAddress: text("ip_address"),
	userAgent: text("user_agent"),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" })
}, (t) => [index("session_user_idx").on(t.userId)]);
var account = pgTable("account", {
	id: text("id").primaryKey(),
	accountId: text("account_id").notNull(),
	providerId: text("provider_id").notNull(),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
	accessToken: text("access_token"),
	refreshToken: text("refresh_token"),
	idToken: text("id_token"),
	accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
	refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
	scope: text("scope"),
	password: text("password"),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("account_user_idx").on(t.userId)]);
var verification = pgTable("verification", {
	id: text("id").primaryKey(),
	identifier: text("identifier").notNull(),
	value: text("value").notNull(),
	expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("verification_identifier_idx").on(t.identifier)]);
/** Fixed-window counters for sign-in, sign-up and reset; in the database so that every app
* instance behind the load balancer sees the same counts. */
var rateLimit = pgTable("rate_limit", {
	key: text("key").notNull(),
	windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
	count: integer("count").notNull().default(0)
}, (t) => [primaryKey({ columns: [t.key, t.windowStart] })]);

export { ROLES as R, account as a, rateLimit as r, session as s, user as u, verification as v };
//# sourceMappingURL=schema.js-Do_En6u5.js.map
