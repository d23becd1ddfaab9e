import { u as user } from './schema.js-Do_En6u5.js';
import { p as process, C as CLIMATE_TOPICS } from './schema4.js-DVO4fwmJ.js';
import { a as addComment } from './service7.js-DStGSMM8.js';
import { U as UnauthenticatedError, N as NotFoundError, F as ForbiddenError, V as ValidationError } from './errors2.js-qlgBpaJE.js';
import { p as parseInput } from './validate.js-BbCXC-0d.js';
import { n as newId } from './ids.js-DjVSHxXU.js';
import { r as recordAudit } from './service2.js-qqQkOHfI.js';
import { n as notify } from './service3.js-BzPHPzf0.js';
import { a as comment } from './schema5.js-CNQvs3tC.js';
import { c as createProcess } from './service4.js-B9dMCCsC.js';
import { f as findDistrictAt } from './service6.js-3cKmcDH6.js';
import { z } from 'zod';
import { sql, eq, and, desc } from 'drizzle-orm';
import { pgTable, timestamp, text, doublePrecision, integer, index, primaryKey } from 'drizzle-orm/pg-core';

// src/lib/server/ideas/schema.ts
var IDEA_STATUSES = [
	"open",
	"answered",
	"to_consultation",
	"to_budget",
	"not_taken"
];
/** A resident's idea for the city's climate action (always open). */
var idea = pgTable("idea", {
	id: text("id").primaryKey(),
	/** null once the author deleted their account: the idea stays, anonymised. */
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	title: text("title").notNull(),
	topic: text("topic").notNull(),
	districtId: integer("district_id"),
	lon: doublePrecision("lon"),
	lat: doublePrecision("lat"),
	location: text("location").notNull().default(""),
	description: text("description").notNull(),
	status: text("status").$type().notNull().default("open"),
	response: text("response"),
	respondedBy: text("responded_by").references(() => user.id, { onDelete: "set null" }),
	respondedAt: timestamp("responded_at", { withTimezone: true }),
	/** The consultation or budget process the idea was turned into. */
	linkedProcessId: text("linked_process_id").references(() => process.id, { onDelete: "set null" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("idea_status_idx").on(t.status), index("idea_created_idx").on(t.createdAt)]);
/** One support per person and idea (database constraint). */
var ideaSupport = pgTable("idea_support", {
	ideaId: text("idea_id").notNull().references(() => idea.id, { onDelete: "cascade" }),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.ideaId, t.userId] })]);
// src/lib/server/ideas/permissions.ts
/** Idea rules: residents with a confirmed e-mail propose, support (not their own) and comment;
* officials and admins respond and turn ideas into consultations or budget projects. */
var ideaRules = {
	create: (actor) => actor !== null && actor.emailVerified,
	support: (actor, idea) => actor !== null && actor.emailVerified && actor.id !== idea.authorId,
	respond: (actor) => actor?.role === "official" || actor?.role === "admin"
};
// src/lib/server/ideas/service.ts
var inTx = (db, fn) => db.transaction((txx) => fn(txx));
var optNum = (min, max) => z.preprocess((v) => v === "" || v === void 0 || v === null ? null : v, z.coerce.number({ error: "invalid_coordinate" }).min(min, "invalid_coordinate").max(max, "invalid_coordinate").nullable());
var ideaInput = z.object({
	title: z.string().trim().min(5, "title_too_short").max(200, "title_too_long"),
	topic: z.enum(CLIMATE_TOPICS, { error: "required" }),
	location: z.string().trim().max(300).default(""),
	districtId: z.preprocess((v) => v === "" || v === void 0 ? null : v, z.coerce.number().int().min(1).max(18).nullable()).default(null),
	lat: optNum(-90, 90).default(null),
	lon: optNum(-180, 180).default(null),
	description: z.string().trim().min(10, "description_too_short").max(5e3)
}).refine((d) => d.lat === null === (d.lon === null), {
	message: "invalid_coordinate",
	path: ["lat"]
});
/** Checks an idea without saving it (the check-your-answers page); returns the district found. */
async function checkIdea(ctx, input) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!ideaRules.create(ctx.actor)) throw new ForbiddenError("Confirm your e-mail address first");
	const data = parseInput(ideaInput, input);
	let districtId = data.districtId;
	if (data.lat !== null && data.lon !== null) {
		const found = await findDistrictAt(ctx.db, data.lon, data.lat);
		if (!found) throw new ValidationError({ lat: "outside_krakow" });
		districtId = found;
	}
	return {
		...data,
		districtId
	};
}
async function createIdea(ctx, input) {
	const data = await checkIdea(ctx, input);
	const id = newId();
	await ctx.db.insert(idea).values({
		id,
		authorId: ctx.actor.id,
		...data,
		createdAt: ctx.now()
	});
	return id;
}
/** Supports an idea once (database constraint); supporting again changes nothing. */
async function supportIdea(ctx, ideaId, on = true) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const [row] = await ctx.db.select({ authorId: idea.authorId }).from(idea).where(eq(idea.id, ideaId));
	if (!row) throw new NotFoundError("Idea");
	if (!ideaRules.support(ctx.actor, row)) throw new ForbiddenError();
	if (on) await ctx.db.insert(ideaSupport).values({
		ideaId,
		userId: ctx.actor.id,
		createdAt: ctx.now()
	}).onConflictDoNothing();
	else await ctx.db.delete(ideaSupport).where(and(eq(ideaSupport.ideaId, ideaId), eq(ideaSupport.userId, ctx.actor.id)));
}
var responseInput = z.object({
	status: z.enum(IDEA_STATUSES.filter((s) => s !== "open"), { error: "required" }),
	response: z.string().trim().min(10, "response_too_short").max(5e3)
});
/** An official's answer; 'to_consultation' / 'to_budget' also create a draft process from the
* idea (mechanism consultation or budget) that the official then completes. The author is told. */
async function respondToIdea(ctx, ideaId, input) {
	if (!ideaRules.respond(ctx.actor)) throw new ForbiddenError();
	const data = parseInput(responseInput, input);
	const [before] = await ctx.db.select().from(idea).where(eq(idea.id, ideaId));
	if (!before) throw new NotFoundError("Idea");
	let linked = null;
	if ((data.status === "to_consultation" || data.status === "to_budget") && !before.linkedProcessId) linked = await createProcess(ctx, {
		mechanism: data.status === "to_consultation" ? "consultation" : "budget",
		title: before.title.length >= 5 ? before.title : `${before.title} (idea)`,
		description: before.description,
		districtId: before.districtId,
		topics: [before.topic]
	});
	await inTx(ctx.db, async (tx) => {
		await tx.update(idea).set({
			status: data.status,
			response: data.response,
			respondedBy: ctx.actor.id,
			respondedAt: ctx.now(),
			linkedProcessId: linked?.id ?? before.linkedProcessId
		}).where(eq(idea.id, ideaId));
		await recordAudit(tx, ctx, {
			action: "idea.respond",
			targetType: "idea",
			targetId: ideaId,
			before: {
				status: before.status,
				response: before.response
			},
			after: {
				...data,
				linkedProcessId: linked?.id
			}
		});
		if (before.authorId) await notify(tx, before.authorId, "idea_answered", {
			ideaId,
			title: before.title,
			status: data.status
		}, {
			subject: `Decydujemy: odpowiedź na Twój pomysł / an answer to your idea`,
			text: `„${before.title}”\n\n${data.response}\n`
		}, ctx.now());
	});
	return { processSlug: linked?.slug ?? null };
}
var supports = sql`(select count(*)::int from ${ideaSupport} where ${ideaSupport.ideaId} = ${idea.id})`;
var comments = sql`(select count(*)::int from ${comment} where ${comment.targetType} = 'idea' and ${comment.targetId} = ${idea.id} and ${comment.status} = 'visible')`;
var ideaFilter = z.object({
	topic: z.enum(CLIMATE_TOPICS).optional().catch(void 0),
	status: z.enum(IDEA_STATUSES).optional().catch(void 0),
	sort: z.enum(["new", "support"]).default("new").catch("new")
});
async function listIdeas(ctx, filter = {}) {
	const f = ideaFilter.parse(filter);
	const conds = [];
	if (f.topic) conds.push(eq(idea.topic, f.topic));
	if (f.status) conds.push(eq(idea.status, f.status));
	return ctx.db.select({
		id: idea.id,
		title: idea.title,
		topic: idea.topic,
		districtId: idea.districtId,
		location: idea.location,
		description: idea.description,
		status: idea.status,
		response: idea.response,
		createdAt: idea.createdAt,
		supports,
		comments
	}).from(idea).where(conds.length ? and(...conds) : void 0).orderBy(f.sort === "support" ? desc(supports) : desc(idea.createdAt), desc(idea.createdAt)).limit(500);
}
async function getIdea(ctx, ideaId) {
	const [row] = await ctx.db.select({
		i: idea,
		authorName: user.name,
		supports
	}).from(idea).leftJoin(user, eq(user.id, idea.authorId)).where(eq(idea.id, ideaId));
	if (!row) throw new NotFoundError("Idea");
	let supported = false;
	if (ctx.actor) {
		const [s] = await ctx.db.select().from(ideaSupport).where(and(eq(ideaSupport.ideaId, ideaId), eq(ideaSupport.userId, ctx.actor.id)));
		supported = !!s;
	}
	let linkedSlug = null;
	if (row.i.linkedProcessId) {
		const { process } = await import('./schema3.js-CxbEH2NN.js');
		const [p] = await ctx.db.select({
			slug: process.slug,
			status: process.status
		}).from(process).where(eq(process.id, row.i.linkedProcessId));
		linkedSlug = p && (p.status !== "draft" || ideaRules.respond(ctx.actor)) ? p.slug : null;
	}
	const { authorId, respondedBy, ...pub } = row.i;
	return {
		...pub,
		authorName: row.authorName,
		supports: row.supports,
		supported,
		isAuthor: !!ctx.actor && ctx.actor.id === authorId,
		canSupport: ideaRules.support(ctx.actor, { authorId }),
		canRespond: ideaRules.respond(ctx.actor),
		linkedSlug,
		hasResponder: !!respondedBy
	};
}
// src/lib/server/ideas/seed.ts
/** Demo ideas: a few residents' proposals, supports, a comment and an official's answer. */
async function seedIdeas(env) {
	const [anna, piotr, olena] = env.as.residents;
	if (!anna || !piotr || !olena) return;
	const a = await createIdea(anna, {
		title: "Kurtyny wodne na Rynku Podgórskim",
		topic: "heat",
		location: "Rynek Podgórski",
		lat: "50.0441",
		lon: "19.9487",
		description: "W upalne dni na Rynku Podgórskim nie ma gdzie się schłodzić. Proponuję kurtyny wodne i poidełka od czerwca do września."
	});
	const b = await createIdea(piotr, {
		title: "Ogrody deszczowe przy szkołach w Nowej Hucie",
		topic: "greenery_water",
		districtId: "18",
		location: "os. Centrum",
		description: "Szkoły mają duże dachy i place. Woda z dachów mogłaby zasilać ogrody deszczowe, a uczniowie by się nimi opiekowali."
	});
	await createIdea(olena, {
		title: "Fotowoltaika na dachach bloków komunalnych",
		topic: "energy",
		description: "Miasto mogłoby wspólnie ze spółdzielniami montować panele słoneczne na dachach bloków i obniżać rachunki mieszkańców."
	});
	await supportIdea(piotr, a);
	await supportIdea(olena, a);
	await supportIdea(anna, b);
	await addComment(olena, {
		targetType: "idea",
		targetId: a,
		body: "Popieram, szczególnie dla seniorów i dzieci."
	});
	await respondToIdea(env.as.official, b, {
		status: "to_consultation",
		response: "Dziękujemy! Ogrody deszczowe przy szkołach włączamy do konsultacji Planu adaptacji do zmian klimatu."
	});
	env.log("Seeded ideas.");
}
var ideasModule = {
	name: "ideas",
	tables: ["idea", "idea_support"],
	permissions: ideaRules,
	personalData: {
		module: "ideas",
		async export(db, userId) {
			return {
				ideas: await db.select({
					id: idea.id,
					title: idea.title,
					topic: idea.topic,
					location: idea.location,
					description: idea.description,
					createdAt: idea.createdAt
				}).from(idea).where(eq(idea.authorId, userId)),
				supports: await db.select({
					ideaId: ideaSupport.ideaId,
					createdAt: ideaSupport.createdAt
				}).from(ideaSupport).where(eq(ideaSupport.userId, userId))
			};
		},
		async erase(db, userId) {
			await db.update(idea).set({ authorId: null }).where(eq(idea.authorId, userId));
			await db.delete(ideaSupport).where(eq(ideaSupport.userId, userId));
		}
	},
	api: {
		paths: {
			"/api/v1/ideas": { get: {
				operationId: "listIdeas",
				summary: "Residents' climate ideas with their support and the city's response",
				tags: ["ideas"],
				parameters: [
					{
						name: "topic",
						in: "query",
						required: false,
						schema: {
							type: "string",
							enum: [
								"energy",
								"transport",
								"greenery_water",
								"heat",
								"air",
								"waste",
								"education"
							]
						}
					},
					{
						name: "status",
						in: "query",
						required: false,
						schema: {
							type: "string",
							enum: [
								"open",
								"answered",
								"to_consultation",
								"to_budget",
								"not_taken"
							]
						}
					},
					{
						name: "sort",
						in: "query",
						required: false,
						schema: {
							type: "string",
							enum: ["new", "support"]
						}
					}
				],
				responses: { "200": {
					description: "The ideas",
					content: { "application/json": { schema: {
						type: "array",
						items: { $ref: "#/components/schemas/Idea" }
					} } }
				} }
			} },
			"/api/v1/ideas.csv": { get: {
				operationId: "listIdeasCsv",
				summary: "The ideas as CSV",
				tags: ["ideas"],
				responses: { "200": {
					description: "CSV of ideas",
					content: { "text/csv": { schema: { type: "string" } } }
				} }
			} }
		},
		schemas: { Idea: {
			type: "object",
			required: [
				"id",
				"title",
				"topic",
				"description",
				"status",
				"supports",
				"comments",
				"createdAt"
			],
			properties: {
				id: { type: "string" },
				title: { type: "string" },
				topic: { type: "string" },
				districtId: { type: ["integer", "null"] },
				location: { type: "string" },
				description: { type: "string" },
				status: {
					type: "string",
					enum: [
						"open",
						"answered",
						"to_consultation",
						"to_budget",
						"not_taken"
					]
				},
				response: { type: ["string", "null"] },
				supports: { type: "integer" },
				comments: { type: "integer" },
				createdAt: {
					type: "string",
					format: "date-time"
				}
			}
		} }
	},
	statistics: async (db) => {
		const [i] = await db.select({ n: sql`count(*)::int` }).from(idea);
		const [s] = await db.select({ n: sql`count(*)::int` }).from(ideaSupport);
		return {
			ideas: i?.n ?? 0,
			idea_supports: s?.n ?? 0
		};
	},
	seed: seedIdeas
};

export { IDEA_STATUSES as I, ideaSupport as a, idea as b, createIdea as c, checkIdea as d, getIdea as g, ideasModule as i, listIdeas as l, respondToIdea as r, supportIdea as s };
//# sourceMappingURL=ideas.js-CAhG4kXJ.js.map
