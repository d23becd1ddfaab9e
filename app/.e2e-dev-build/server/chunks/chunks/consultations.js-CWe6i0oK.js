import { u as user } from './schema.js-Do_En6u5.js';
import { p as process, C as CLIMATE_TOPICS, b as processOfficial } from './schema4.js-DVO4fwmJ.js';
import { a as comment } from './schema5.js-CNQvs3tC.js';
import { n as newId } from './ids.js-DjVSHxXU.js';
import { c as createMeeting, r as registerForMeeting, b as meetingRegistration, a as meeting } from './service5.js-o-XsimG-.js';
import { N as NotFoundError, F as ForbiddenError, V as ValidationError, U as UnauthenticatedError, C as ConflictError } from './errors2.js-qlgBpaJE.js';
import { p as parseInput } from './validate.js-BbCXC-0d.js';
import { r as recordAudit } from './service2.js-qqQkOHfI.js';
import { g as getProcess } from './service4.js-B9dMCCsC.js';
import { n as notify } from './service3.js-BzPHPzf0.js';
import { f as findDistrictAt } from './service6.js-3cKmcDH6.js';
import { a as addComment, l as listComments } from './service7.js-DStGSMM8.js';
import { d as district } from './schema2.js-Sj7x0PO2.js';
import { z } from 'zod';
import { sql, eq, and, like, asc, inArray, isNotNull, or, desc, lt, gt } from 'drizzle-orm';
import { pgTable, timestamp, text, boolean, integer, unique, doublePrecision, index, primaryKey, jsonb } from 'drizzle-orm/pg-core';
import { randomBytes, createHash } from 'node:crypto';

// src/lib/server/consultations/schema.ts
var AGE_BANDS = [
	"under_18",
	"18_29",
	"30_44",
	"45_59",
	"60_74",
	"75_plus"
];
var STAKEHOLDERS = [
	"residents",
	"youth",
	"seniors",
	"ngos",
	"businesses",
	"housing",
	"schools",
	"experts"
];
var FORMS = [
	"survey",
	"document",
	"map",
	"meetings",
	"partners"
];
var QUESTION_KINDS = [
	"single",
	"multiple",
	"scale",
	"short_text",
	"long_text",
	"ranking",
	"matrix",
	"map_point"
];
var PARTNER_KINDS = [
	"school",
	"ngo",
	"housing",
	"senior_centre",
	"civic_centre",
	"other"
];
var ANSWER_STATUSES = [
	"accepted",
	"partly",
	"not_accepted"
];
var SUBMISSION_KINDS = [
	"comment",
	"pin",
	"session"
];
/** A consultation's own settings, keyed by its process (mechanism 'consultation'). */
var consultation = pgTable("consultation", {
	processId: text("process_id").primaryKey().references(() => process.id, { onDelete: "cascade" }),
	/** Target groups: used to invite and to measure reach. */
	targetDistricts: integer("target_districts").array().notNull().default([]),
	targetAgeBands: text("target_age_bands").array().notNull().default([]),
	targetStakeholders: text("target_stakeholders").array().notNull().default([]),
	forms: text("forms").array().$type().notNull().default([]),
	infoStartsAt: timestamp("info_starts_at", { withTimezone: true }),
	startsAt: timestamp("starts_at", { withTimezone: true }),
	endsAt: timestamp("ends_at", { withTimezone: true }),
	reportDueAt: timestamp("report_due_at", { withTimezone: true }),
	/** An admin may accept dates shorter than the city's minimums, with a reason. */
	durationOverrideReason: text("duration_override_reason"),
	surveyAnonymous: boolean("survey_anonymous").notNull().default(false),
	surveyIntro: text("survey_intro").notNull().default(""),
	/** What the city decided and why (shown in the report). */
	decision: text("decision"),
	reportPublishedAt: timestamp("report_published_at", { withTimezone: true }),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
});
/** A paragraph of the consulted document; residents comment on it (comment target 'paragraph'). */
var paragraph = pgTable("consultation_paragraph", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	position: integer("position").notNull(),
	heading: text("heading").notNull().default(""),
	body: text("body").notNull()
}, (t) => [index("consultation_paragraph_process_idx").on(t.processId)]);
/** "I support this comment": one per person and comment. */
var commentSupport = pgTable("consultation_comment_support", {
	commentId: text("comment_id").notNull().references(() => comment.id, { onDelete: "cascade" }),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.commentId, t.userId] })]);
var surveyQuestion = pgTable("survey_question", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	position: integer("position").notNull(),
	kind: text("kind").$type().notNull(),
	prompt: text("prompt").notNull(),
	hint: text("hint").notNull().default(""),
	/** Choices (single, multiple, ranking) or matrix columns. */
	options: jsonb("options").$type().notNull().default([]),
	/** Matrix rows. */
	rows: jsonb("rows").$type().notNull().default([]),
	scaleMin: integer("scale_min").notNull().default(1),
	scaleMax: integer("scale_max").notNull().default(5),
	required: boolean("required").notNull().default(false),
	/** Shown only when the answer to that question includes conditionValue. */
	conditionQuestionId: text("condition_question_id"),
	conditionValue: text("condition_value")
}, (t) => [index("survey_question_process_idx").on(t.processId)]);
/** One response per person (signed surveys) or per device (anonymous surveys): unique keys. */
var surveyResponse = pgTable("survey_response", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
	/** SHA-256 of the device cookie, for anonymous surveys. */
	deviceKey: text("device_key"),
	/** Kept for the report's reach figures only (from the profile when answered). */
	districtId: integer("district_id"),
	ageBand: text("age_band"),
	receipt: text("receipt").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [unique("survey_response_one_per_person").on(t.processId, t.userId), unique("survey_response_one_per_device").on(t.processId, t.deviceKey)]);
var surveyAnswer = pgTable("survey_answer", {
	responseId: text("response_id").notNull().references(() => surveyResponse.id, { onDelete: "cascade" }),
	questionId: text("question_id").notNull().references(() => surveyQuestion.id, { onDelete: "cascade" }),
	/** string (single/text), string[] (multiple/ranking), number (scale),
	* Record<row, column> (matrix), {lon, lat} (map point). */
	value: jsonb("value").notNull()
}, (t) => [primaryKey({ columns: [t.responseId, t.questionId] })]);
/** A pin on the districts' map with a comment, filtered by topic. */
var mapPin = pgTable("consultation_map_pin", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	topic: text("topic").notNull(),
	lon: doublePrecision("lon").notNull(),
	lat: doublePrecision("lat").notNull(),
	districtId: integer("district_id"),
	body: text("body").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("consultation_map_pin_process_idx").on(t.processId)]);
/** A partner organisation authorised by the official for one consultation; its representative
* (a signed-in person) records the sessions it ran. */
var partner = pgTable("consultation_partner", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	name: text("name").notNull(),
	kind: text("kind").notNull(),
	representativeId: text("representative_id").references(() => user.id, { onDelete: "set null" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [unique("consultation_partner_rep_once").on(t.processId, t.representativeId)]);
var partnerSession = pgTable("consultation_partner_session", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	partnerId: text("partner_id").notNull().references(() => partner.id, { onDelete: "cascade" }),
	title: text("title").notNull(),
	heldAt: timestamp("held_at", { withTimezone: true }).notNull(),
	districtId: integer("district_id"),
	ageBand: text("age_band"),
	participants: integer("participants").notNull(),
	notes: text("notes").notNull(),
	recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("consultation_partner_session_process_idx").on(t.processId)]);
/** A theme groups submissions; the city answers the theme (and may answer single submissions). */
var theme = pgTable("consultation_theme", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	title: text("title").notNull(),
	status: text("status").$type(),
	reason: text("reason"),
	answeredBy: text("answered_by").references(() => user.id, { onDelete: "set null" }),
	answeredAt: timestamp("answered_at", { withTimezone: true }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("consultation_theme_process_idx").on(t.processId)]);
/** A submission's place in a theme and/or its own answer. One row per submission. */
var submissionAnswer = pgTable("consultation_submission", {
	kind: text("kind").$type().notNull(),
	submissionId: text("submission_id").notNull(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	themeId: text("theme_id").references(() => theme.id, { onDelete: "set null" }),
	status: text("status").$type(),
	reason: text("reason"),
	answeredBy: text("answered_by").references(() => user.id, { onDelete: "set null" }),
	answeredAt: timestamp("answered_at", { withTimezone: true })
}, (t) => [primaryKey({ columns: [t.kind, t.submissionId] }), index("consultation_submission_process_idx").on(t.processId)]);
/** After the report: was the scope clear, was I heard, will I take part again. One per person. */
var evaluation = pgTable("consultation_evaluation", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
	scopeClear: integer("scope_clear").notNull(),
	heard: integer("heard").notNull(),
	again: text("again").notNull(),
	comment: text("comment").notNull().default(""),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [unique("consultation_evaluation_once").on(t.processId, t.userId)]);
// src/lib/server/consultations/permissions.ts
/** Consultation rules, as the city's regulations put them:
* - the officials responsible for the consultation (and admins) set it up, build the survey,
*   publish the document, authorise partners, group submissions into themes and answer them;
* - only an admin may accept dates shorter than the minimums (7 days of information, 21 of
*   consultation), and must give a reason;
* - residents with a confirmed e-mail comment, support comments and drop pins while it is open;
* - signed surveys: one answer per person; anonymous surveys: anyone, one per device;
* - a partner's representative records the partner's sessions;
* - people who took part evaluate the consultation once the report is out. */
var consultationRules = {
	manage: (actor, officialIds) => actor?.role === "admin" || actor?.role === "official" && officialIds.includes(actor.id),
	overrideDurations: (actor) => actor?.role === "admin",
	participate: (actor) => actor !== null && actor.emailVerified,
	answerSurvey: (actor, anonymous) => anonymous || actor !== null && actor.emailVerified,
	supportComment: (actor, c) => actor !== null && actor.emailVerified && actor.id !== c.authorId,
	recordSession: (actor, p) => actor !== null && p.representativeId === actor.id,
	evaluate: (actor, tookPart) => actor !== null && tookPart
};
// src/lib/server/consultations/api.ts
var json = (description, schema) => ({
	description,
	content: { "application/json": { schema } }
});
var csv = (description) => ({
	description,
	content: { "text/csv": { schema: { type: "string" } } }
});
var notFound = json("Not found", { $ref: "#/components/schemas/Error" });
var idParam = {
	name: "id",
	in: "path",
	required: true,
	schema: { type: "string" },
	description: "The consultation's slug or id"
};
var consultationsApi = {
	paths: {
		"/api/v1/consultations": { get: {
			operationId: "listConsultations",
			summary: "Public consultations with their scope, dates, forms, target groups and stage",
			tags: ["consultations"],
			responses: { "200": json("The consultations", {
				type: "array",
				items: { $ref: "#/components/schemas/Consultation" }
			}) }
		} },
		"/api/v1/consultations.csv": { get: {
			operationId: "listConsultationsCsv",
			summary: "The consultations as CSV",
			tags: ["consultations"],
			responses: { "200": csv("CSV of consultations") }
		} },
		"/api/v1/consultations/{id}": { get: {
			operationId: "getConsultation",
			summary: "One consultation: scope, dates, forms, target groups, stage, answered submissions",
			tags: ["consultations"],
			parameters: [idParam],
			responses: {
				"200": json("The consultation", { $ref: "#/components/schemas/Consultation" }),
				"404": notFound
			}
		} },
		"/api/v1/consultations/{id}/report": { get: {
			operationId: "getConsultationReport",
			summary: "The published report: participation figures, themes with answers, survey aggregates, evaluation",
			tags: ["consultations"],
			parameters: [idParam],
			responses: {
				"200": json("The report", { $ref: "#/components/schemas/ConsultationReport" }),
				"404": notFound
			}
		} },
		"/api/v1/consultations/{id}/report.csv": { get: {
			operationId: "getConsultationReportCsv",
			summary: "Participation by district as CSV",
			tags: ["consultations"],
			parameters: [idParam],
			responses: {
				"200": csv("CSV: district, forms, total, population share"),
				"404": notFound
			}
		} },
		"/api/v1/consultations/{id}/submissions": { get: {
			operationId: "getConsultationSubmissions",
			summary: "Every submission, anonymised (no names), with its theme and answer",
			tags: ["consultations"],
			parameters: [idParam],
			responses: {
				"200": json("The submissions", {
					type: "array",
					items: { $ref: "#/components/schemas/ConsultationSubmission" }
				}),
				"404": notFound
			}
		} },
		"/api/v1/consultations/{id}/submissions.csv": { get: {
			operationId: "getConsultationSubmissionsCsv",
			summary: "The anonymised submissions as CSV",
			tags: ["consultations"],
			parameters: [idParam],
			responses: {
				"200": csv("CSV of anonymised submissions"),
				"404": notFound
			}
		} }
	},
	schemas: {
		Consultation: {
			type: "object",
			required: [
				"id",
				"slug",
				"title",
				"status",
				"stage",
				"scope",
				"dates",
				"forms",
				"targetGroups"
			],
			properties: {
				id: { type: "string" },
				slug: { type: "string" },
				title: { type: "string" },
				description: { type: "string" },
				status: {
					type: "string",
					enum: ["published", "closed"]
				},
				stage: {
					type: "string",
					enum: [
						"upcoming",
						"information",
						"open",
						"closed",
						"reported"
					]
				},
				scope: {
					type: "object",
					properties: {
						decided: { type: "string" },
						open: { type: "string" },
						whoDecides: { type: "string" },
						when: { type: "string" }
					}
				},
				dates: {
					type: "object",
					properties: {
						informationStartsAt: {
							type: ["string", "null"],
							format: "date-time"
						},
						startsAt: {
							type: ["string", "null"],
							format: "date-time"
						},
						endsAt: {
							type: ["string", "null"],
							format: "date-time"
						},
						reportDueAt: {
							type: ["string", "null"],
							format: "date-time"
						},
						durationOverrideReason: { type: ["string", "null"] }
					}
				},
				forms: {
					type: "array",
					items: {
						type: "string",
						enum: [
							"survey",
							"document",
							"map",
							"meetings",
							"partners"
						]
					}
				},
				targetGroups: {
					type: "object",
					properties: {
						districts: {
							type: "array",
							items: { type: "integer" }
						},
						ageBands: {
							type: "array",
							items: { type: "string" }
						},
						stakeholders: {
							type: "array",
							items: { type: "string" }
						}
					}
				},
				submissions: {
					type: "object",
					properties: {
						total: { type: "integer" },
						answered: { type: "integer" }
					}
				},
				reportPublishedAt: {
					type: ["string", "null"],
					format: "date-time"
				}
			}
		},
		ConsultationReport: {
			type: "object",
			description: "participation (total, byForm, byDistrict with population shares, byAgeBand), submissions, themes with answers, survey aggregates per question, pins, decision, evaluation",
			additionalProperties: true
		},
		ConsultationSubmission: {
			type: "object",
			properties: {
				kind: {
					type: "string",
					enum: [
						"comment",
						"pin",
						"session",
						"survey"
					]
				},
				id: { type: "string" },
				date: {
					type: "string",
					format: "date"
				},
				districtId: { type: ["integer", "null"] },
				context: { type: "string" },
				topic: { type: "string" },
				text: { type: "string" },
				theme: { type: "string" },
				answer: { type: "string" },
				reason: { type: "string" }
			}
		}
	}
};
// src/lib/server/consultations/common.ts
var inTx = (db, fn) => db.transaction((txx) => fn(txx));
async function officialIds(db, processId) {
	return (await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId))).map((r) => r.userId);
}
var defaultSettings = (processId) => ({
	processId,
	targetDistricts: [],
	targetAgeBands: [],
	targetStakeholders: [],
	forms: [],
	infoStartsAt: null,
	startsAt: null,
	endsAt: null,
	reportDueAt: null,
	durationOverrideReason: null,
	surveyAnonymous: false,
	surveyIntro: "",
	decision: null,
	reportPublishedAt: null,
	updatedAt: /* @__PURE__ */ new Date(0)
});
/** The consultation's process and settings; drafts only for their officials. */
async function loadConsultation(ctx, db, processId) {
	const [p] = await db.select().from(process).where(eq(process.id, processId));
	if (!p || p.mechanism !== "consultation") throw new NotFoundError("Consultation");
	const officials = await officialIds(db, processId);
	const canManage = consultationRules.manage(ctx.actor, officials);
	if (p.status === "draft" && !canManage) throw new NotFoundError("Consultation");
	const [s] = await db.select().from(consultation).where(eq(consultation.processId, processId));
	return {
		process: p,
		settings: s ?? defaultSettings(processId),
		officials,
		canManage
	};
}
async function requireManager(ctx, db, processId) {
	const c = await loadConsultation(ctx, db, processId);
	if (!c.canManage) throw new ForbiddenError();
	return c;
}
/** Residents take part while the process is published and (if dates are set) the consultation
* runs: from its start to its end. */
function isOpen(p, s, now) {
	if (p.status !== "published") return false;
	if (s.startsAt && now < s.startsAt) return false;
	if (s.endsAt && now >= s.endsAt) return false;
	return true;
}
function ageBandOf(birthYear, now) {
	if (!birthYear) return null;
	const age = now.getUTCFullYear() - birthYear;
	if (age < 18) return "under_18";
	if (age < 30) return "18_29";
	if (age < 45) return "30_44";
	if (age < 60) return "45_59";
	if (age < 75) return "60_74";
	return "75_plus";
}
/** Where a consultation stands: information campaign, open, closed (report due), reported. */
function stageOf(p, s, now) {
	if (p.status === "draft") return "draft";
	if (s.reportPublishedAt) return "reported";
	if (p.status === "closed") return "closed";
	if (s.startsAt && now < s.startsAt) return s.infoStartsAt && now >= s.infoStartsAt ? "information" : "upcoming";
	if (s.endsAt && now >= s.endsAt) return "closed";
	return "open";
}
// src/lib/server/consultations/answers.service.ts
/** Every submission that needs an answer: paragraph comments (visible), map pins and partner
* sessions, with their theme and answer. */
async function allSubmissions(db, processId) {
	const paras = await db.select({
		id: paragraph.id,
		heading: paragraph.heading,
		position: paragraph.position
	}).from(paragraph).where(eq(paragraph.processId, processId));
	const comments = paras.length ? await db.select({
		id: comment.id,
		body: comment.body,
		targetId: comment.targetId,
		authorId: comment.authorId,
		authorName: user.name,
		districtId: user.districtId,
		createdAt: comment.createdAt
	}).from(comment).leftJoin(user, eq(user.id, comment.authorId)).where(and(eq(comment.targetType, "paragraph"), inArray(comment.targetId, paras.map((p) => p.id)), eq(comment.status, "visible"))) : [];
	const pins = await db.select({
		p: mapPin,
		authorName: user.name
	}).from(mapPin).leftJoin(user, eq(user.id, mapPin.authorId)).where(eq(mapPin.processId, processId));
	const sessions = await db.select({
		s: partnerSession,
		partnerName: partner.name,
		recorderName: user.name
	}).from(partnerSession).innerJoin(partner, eq(partner.id, partnerSession.partnerId)).leftJoin(user, eq(user.id, partnerSession.recordedBy)).where(eq(partnerSession.processId, processId));
	const answers = await db.select().from(submissionAnswer).where(eq(submissionAnswer.processId, processId));
	const a = (kind, id) => answers.find((x) => x.kind === kind && x.submissionId === id);
	const out = [];
	for (const c of comments) {
		const p = paras.find((x) => x.id === c.targetId);
		const ans = a("comment", c.id);
		out.push({
			kind: "comment",
			id: c.id,
			text: c.body,
			context: `§${p.position + 1}${p.heading ? " " + p.heading : ""}`,
			authorId: c.authorId,
			authorName: c.authorName,
			districtId: c.districtId,
			topic: null,
			createdAt: c.createdAt,
			themeId: ans?.themeId ?? null,
			status: ans?.status ?? null,
			reason: ans?.reason ?? null
		});
	}
	for (const { p, authorName } of pins) {
		const ans = a("pin", p.id);
		out.push({
			kind: "pin",
			id: p.id,
			text: p.body,
			context: `${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}`,
			authorId: p.authorId,
			authorName,
			districtId: p.districtId,
			topic: p.topic,
			createdAt: p.createdAt,
			themeId: ans?.themeId ?? null,
			status: ans?.status ?? null,
			reason: ans?.reason ?? null
		});
	}
	for (const { s, partnerName } of sessions) {
		const ans = a("session", s.id);
		out.push({
			kind: "session",
			id: s.id,
			text: `${s.title}: ${s.notes}`,
			context: `${partnerName} (${s.participants})`,
			authorId: s.recordedBy,
			authorName: partnerName,
			districtId: s.districtId,
			topic: null,
			createdAt: s.createdAt,
			themeId: ans?.themeId ?? null,
			status: ans?.status ?? null,
			reason: ans?.reason ?? null
		});
	}
	return out.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
}
/** How many submissions have an answer (their own or their theme's). */
async function answeredCounts(db, processId) {
	const subs = await allSubmissions(db, processId);
	const themes = await db.select({
		id: theme.id,
		status: theme.status
	}).from(theme).where(eq(theme.processId, processId));
	const answeredThemes = new Set(themes.filter((t) => t.status).map((t) => t.id));
	return {
		total: subs.length,
		answered: subs.filter((s) => s.status || s.themeId && answeredThemes.has(s.themeId)).length
	};
}
async function listThemes(db, processId) {
	return db.select({
		id: theme.id,
		title: theme.title,
		status: theme.status,
		reason: theme.reason,
		answeredAt: theme.answeredAt,
		count: sql`(select count(*)::int from ${submissionAnswer} where ${submissionAnswer.themeId} = ${theme.id})`
	}).from(theme).where(eq(theme.processId, processId)).orderBy(asc(theme.createdAt), asc(theme.title));
}
/** Themes and answers everyone can read, and each answered submission's own answer. */
async function publicAnswers(ctx, processId) {
	await loadConsultation(ctx, ctx.db, processId);
	return {
		themes: await listThemes(ctx.db, processId),
		submissions: (await allSubmissions(ctx.db, processId)).map(({ authorId, authorName, ...s }) => ({
			...s,
			authorName: s.kind === "session" ? authorName : authorName ? authorName : null,
			mine: !!ctx.actor && authorId === ctx.actor.id
		}))
	};
}
/** For the officials: every submission with author names, and the themes. */
async function submissionsForManager(ctx, processId) {
	await requireManager(ctx, ctx.db, processId);
	return {
		submissions: await allSubmissions(ctx.db, processId),
		themes: await listThemes(ctx.db, processId)
	};
}
var themeInput = z.object({ title: z.string().trim().min(3, "title_too_short").max(200, "title_too_long") });
async function createTheme(ctx, processId, input) {
	const data = parseInput(themeInput, input);
	return inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const id = newId();
		await tx.insert(theme).values({
			id,
			processId,
			title: data.title,
			createdAt: ctx.now()
		});
		await recordAudit(tx, ctx, {
			action: "consultation.theme_create",
			targetType: "process",
			targetId: processId,
			after: {
				id,
				...data
			}
		});
		return id;
	});
}
var ref = z.object({
	kind: z.enum(SUBMISSION_KINDS),
	submissionId: z.string().min(1).max(100)
});
async function requireSubmission(tx, processId, kind, id) {
	const found = (await allSubmissions(tx, processId)).find((s) => s.kind === kind && s.id === id);
	if (!found) throw new NotFoundError("Submission");
	return found;
}
/** Puts a submission into a theme (or takes it out: themeId empty). */
async function assignTheme(ctx, processId, input) {
	const data = parseInput(ref.extend({ themeId: z.preprocess((v) => v === "" ? null : v, z.string().max(100).nullable()) }), input);
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		await requireSubmission(tx, processId, data.kind, data.submissionId);
		if (data.themeId) {
			const [t] = await tx.select().from(theme).where(and(eq(theme.id, data.themeId), eq(theme.processId, processId)));
			if (!t) throw new NotFoundError("Theme");
		}
		await tx.insert(submissionAnswer).values({
			kind: data.kind,
			submissionId: data.submissionId,
			processId,
			themeId: data.themeId
		}).onConflictDoUpdate({
			target: [submissionAnswer.kind, submissionAnswer.submissionId],
			set: { themeId: data.themeId }
		});
		await recordAudit(tx, ctx, {
			action: "consultation.theme_assign",
			targetType: data.kind,
			targetId: data.submissionId,
			after: { themeId: data.themeId }
		});
	});
}
var answerInput = z.object({
	status: z.enum(ANSWER_STATUSES, { error: "answer_status_required" }),
	reason: z.string().trim().min(10, "reason_too_short").max(5e3, "reason_too_long")
});
var statusWords = {
	accepted: "uwzględniono / accepted",
	partly: "uwzględniono częściowo / partly accepted",
	not_accepted: "nie uwzględniono / not accepted"
};
async function tellAuthor(tx, ctx, processId, s, status, reason) {
	if (!s.authorId) return;
	const [p] = await tx.select({
		slug: process.slug,
		title: process.title
	}).from(process).where(eq(process.id, processId));
	await notify(tx, s.authorId, "consultation_answer", {
		processSlug: p?.slug ?? "",
		title: p?.title ?? "",
		status,
		kind: s.kind
	}, {
		subject: `Decydujemy: odpowiedź na Twoją uwagę / an answer to your submission`,
		text: `${p?.title ?? ""}\n\n„${s.text.slice(0, 300)}”\n\n${statusWords[status]}: ${reason}\n`
	}, ctx.now());
}
/** Answers a theme; everyone whose submission is in it is notified. */
async function answerTheme(ctx, processId, themeId, input) {
	const data = parseInput(answerInput, input);
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [before] = await tx.select().from(theme).where(and(eq(theme.id, themeId), eq(theme.processId, processId)));
		if (!before) throw new NotFoundError("Theme");
		await tx.update(theme).set({
			status: data.status,
			reason: data.reason,
			answeredBy: ctx.actor.id,
			answeredAt: ctx.now()
		}).where(eq(theme.id, themeId));
		await recordAudit(tx, ctx, {
			action: "consultation.theme_answer",
			targetType: "consultation_theme",
			targetId: themeId,
			before: {
				status: before.status,
				reason: before.reason
			},
			after: data
		});
		const subs = (await allSubmissions(tx, processId)).filter((s) => s.themeId === themeId && !s.status);
		const told = /* @__PURE__ */ new Set();
		for (const s of subs) {
			if (!s.authorId || told.has(s.authorId)) continue;
			told.add(s.authorId);
			await tellAuthor(tx, ctx, processId, s, data.status, data.reason);
		}
	});
}
/** Answers one submission directly; its author is notified. */
async function answerSubmission(ctx, processId, input) {
	const data = parseInput(ref.merge(answerInput), input);
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const s = await requireSubmission(tx, processId, data.kind, data.submissionId);
		const set = {
			status: data.status,
			reason: data.reason,
			answeredBy: ctx.actor.id,
			answeredAt: ctx.now()
		};
		await tx.insert(submissionAnswer).values({
			kind: data.kind,
			submissionId: data.submissionId,
			processId,
			...set
		}).onConflictDoUpdate({
			target: [submissionAnswer.kind, submissionAnswer.submissionId],
			set
		});
		await recordAudit(tx, ctx, {
			action: "consultation.submission_answer",
			targetType: data.kind,
			targetId: data.submissionId,
			before: {
				status: s.status,
				reason: s.reason
			},
			after: {
				status: data.status,
				reason: data.reason
			}
		});
		await tellAuthor(tx, ctx, processId, s, data.status, data.reason);
	});
}
// src/lib/server/consultations/consultation.service.ts
/** Kraków's rules for public consultations. */
var MINIMUMS = {
	informationDays: 7,
	consultationDays: 21,
	forms: 3
};
var DAY$1 = 864e5;
/** Checks the dates and forms against the minimums. Duration warnings block saving unless an
* admin overrides them with a reason; the forms warnings are advice. */
function checkMinimums(s) {
	const w = [];
	if (!s.infoStartsAt || !s.startsAt || !s.endsAt || !s.reportDueAt) w.push("dates_missing");
	if (s.infoStartsAt && s.startsAt && (s.startsAt.getTime() - s.infoStartsAt.getTime()) / DAY$1 < MINIMUMS.informationDays) w.push("information_too_short");
	if (s.startsAt && s.endsAt && (s.endsAt.getTime() - s.startsAt.getTime()) / DAY$1 < MINIMUMS.consultationDays) w.push("consultation_too_short");
	if (s.endsAt && s.reportDueAt && s.reportDueAt < s.endsAt) w.push("report_before_end");
	if (s.forms.length < MINIMUMS.forms) w.push("too_few_forms");
	if (!s.forms.includes("meetings")) w.push("no_open_meeting");
	return w;
}
var BLOCKING = [
	"information_too_short",
	"consultation_too_short",
	"report_before_end"
];
var date = z.preprocess((v) => v === "" || v === void 0 || v === null ? null : v, z.coerce.date({ error: "invalid_date" }).nullable());
var list = (values) => z.preprocess((v) => v === void 0 ? [] : Array.isArray(v) ? v : [v], z.array(z.enum(values)).max(values.length));
var settingsInput = z.object({
	targetDistricts: z.preprocess((v) => v === void 0 ? [] : Array.isArray(v) ? v : [v], z.array(z.coerce.number().int().min(1).max(18)).max(18)),
	targetAgeBands: list(AGE_BANDS),
	targetStakeholders: list(STAKEHOLDERS),
	forms: list(FORMS),
	infoStartsAt: date,
	startsAt: date,
	endsAt: date,
	reportDueAt: date,
	surveyAnonymous: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
	surveyIntro: z.string().trim().max(4e3).default(""),
	overrideReason: z.string().trim().max(1e3).default("")
}).refine((d) => !d.infoStartsAt || !d.startsAt || d.infoStartsAt <= d.startsAt, {
	message: "end_before_start",
	path: ["startsAt"]
}).refine((d) => !d.startsAt || !d.endsAt || d.startsAt < d.endsAt, {
	message: "end_before_start",
	path: ["endsAt"]
});
/** Saves target groups, forms and dates. Durations below the minimums are refused, except by an
* admin giving a reason (audited). */
async function saveConsultationSettings(ctx, processId, input) {
	const data = parseInput(settingsInput, input);
	return inTx(ctx.db, async (tx) => {
		const c = await requireManager(ctx, tx, processId);
		const { overrideReason, ...fields } = data;
		const targetDistricts = [...new Set(fields.targetDistricts)].sort((a, b) => a - b);
		const warnings = checkMinimums(fields);
		const blocking = warnings.filter((w) => BLOCKING.includes(w));
		let durationOverrideReason = null;
		if (blocking.length) {
			if (!consultationRules.overrideDurations(ctx.actor)) {
				const f = {};
				if (blocking.includes("information_too_short")) f.infoStartsAt = "information_too_short";
				if (blocking.includes("consultation_too_short")) f.endsAt = "consultation_too_short";
				if (blocking.includes("report_before_end")) f.reportDueAt = "report_before_end";
				throw new ValidationError(f, "Dates below the minimum durations");
			}
			if (overrideReason.length < 10) throw new ValidationError({ overrideReason: "override_reason_required" }, "An override needs a reason");
			durationOverrideReason = overrideReason;
		}
		const values = {
			...fields,
			targetDistricts,
			durationOverrideReason,
			updatedAt: ctx.now()
		};
		await tx.insert(consultation).values({
			processId,
			...values
		}).onConflictDoUpdate({
			target: consultation.processId,
			set: values
		});
		await recordAudit(tx, ctx, {
			action: durationOverrideReason ? "consultation.settings_override" : "consultation.settings",
			targetType: "process",
			targetId: processId,
			before: c.settings,
			after: values
		});
		return { warnings };
	});
}
/** Records what the city decided and why, and publishes the report (audited). */
async function publishReport(ctx, processId, input) {
	const data = parseInput(z.object({ decision: z.string().trim().min(10, "decision_required").max(2e4) }), input);
	await inTx(ctx.db, async (tx) => {
		const c = await requireManager(ctx, tx, processId);
		const values = {
			decision: data.decision,
			reportPublishedAt: c.settings.reportPublishedAt ?? ctx.now(),
			updatedAt: ctx.now()
		};
		await tx.insert(consultation).values({
			processId,
			...values
		}).onConflictDoUpdate({
			target: consultation.processId,
			set: values
		});
		await recordAudit(tx, ctx, {
			action: "consultation.report_publish",
			targetType: "process",
			targetId: processId,
			before: { decision: c.settings.decision },
			after: values
		});
	});
}
async function getConsultation(ctx, slug) {
	const p = await getProcess(ctx, slug);
	if (p.mechanism !== "consultation") throw new (await (import('./errors.js-BSJVDWzU.js'))).NotFoundError("Consultation");
	const c = await loadConsultation(ctx, ctx.db, p.id);
	const officials = c.officials.length ? await ctx.db.select({
		id: user.id,
		name: user.name
	}).from(user).where(inArray(user.id, c.officials)).orderBy(asc(user.name)) : [];
	const answered = await answeredCounts(ctx.db, p.id);
	const now = ctx.now();
	return {
		process: p,
		settings: c.settings,
		officials: officials.map((o) => o.name),
		canManage: c.canManage,
		stage: stageOf(p, c.settings, now),
		open: stageOf(p, c.settings, now) === "open",
		warnings: checkMinimums(c.settings),
		answered
	};
}
/** Public consultations with their settings (for the list and the API). */
async function listConsultations(ctx) {
	const rows = await ctx.db.select({
		p: process,
		s: consultation
	}).from(process).leftJoin(consultation, eq(consultation.processId, process.id)).where(and(eq(process.mechanism, "consultation"), or(eq(process.status, "published"), eq(process.status, "closed")))).orderBy(sql`${consultation.startsAt} desc nulls last`, asc(process.title));
	const now = ctx.now();
	return rows.map(({ p, s }) => {
		const settings = s ?? defaultSettings(p.id);
		return {
			id: p.id,
			slug: p.slug,
			title: p.title,
			description: p.description,
			status: p.status,
			districtId: p.districtId,
			topics: p.topics,
			settings,
			stage: stageOf(p, settings, now)
		};
	});
}
// src/lib/server/consultations/survey.service.ts
var lines = z.preprocess((v) => typeof v === "string" ? v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : v, z.array(z.string().trim().min(1).max(300)).max(30));
var questionInput = z.object({
	kind: z.enum(QUESTION_KINDS, { error: "required" }),
	prompt: z.string().trim().min(3, "prompt_too_short").max(500, "prompt_too_long"),
	hint: z.string().trim().max(1e3).default(""),
	options: lines.default([]),
	rows: lines.default([]),
	scaleMin: z.preprocess((v) => v === "" || v == null ? 1 : v, z.coerce.number().int().min(0).max(10)),
	scaleMax: z.preprocess((v) => v === "" || v == null ? 5 : v, z.coerce.number().int().min(1).max(10)),
	required: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
	conditionQuestionId: z.preprocess((v) => v === "" ? null : v, z.string().max(100).nullable()).default(null),
	conditionValue: z.preprocess((v) => v === "" ? null : v, z.string().trim().max(300).nullable()).default(null)
}).refine((q) => ![
	"single",
	"multiple",
	"ranking",
	"matrix"
].includes(q.kind) || q.options.length >= 2, {
	message: "options_required",
	path: ["options"]
}).refine((q) => q.kind !== "matrix" || q.rows.length >= 1, {
	message: "rows_required",
	path: ["rows"]
}).refine((q) => q.kind !== "scale" || q.scaleMax > q.scaleMin, {
	message: "scale_invalid",
	path: ["scaleMax"]
}).refine((q) => !q.conditionQuestionId === !q.conditionValue, {
	message: "condition_incomplete",
	path: ["conditionValue"]
});
async function listQuestions(db, processId) {
	return db.select().from(surveyQuestion).where(eq(surveyQuestion.processId, processId)).orderBy(asc(surveyQuestion.position));
}
/** Adds a question at the end of the survey (builder). A condition may only point to an
* earlier choice question. */
async function addQuestion(ctx, processId, input) {
	const data = parseInput(questionInput, input);
	return inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const existing = await listQuestions(tx, processId);
		if (data.conditionQuestionId) {
			const target = existing.find((q) => q.id === data.conditionQuestionId);
			if (!target || !["single", "multiple"].includes(target.kind)) throw new ValidationError({ conditionQuestionId: "condition_invalid" });
			if (!target.options.includes(data.conditionValue)) throw new ValidationError({ conditionValue: "condition_invalid" });
		}
		const id = newId();
		const keep = [
			"single",
			"multiple",
			"ranking",
			"matrix"
		].includes(data.kind);
		await tx.insert(surveyQuestion).values({
			id,
			processId,
			position: (existing.at(-1)?.position ?? -1) + 1,
			...data,
			options: keep ? data.options : [],
			rows: data.kind === "matrix" ? data.rows : []
		});
		await recordAudit(tx, ctx, {
			action: "survey.question_add",
			targetType: "process",
			targetId: processId,
			after: {
				id,
				...data
			}
		});
		return id;
	});
}
async function responsesCount(db, processId) {
	const [{ n }] = await db.select({ n: sql`count(*)::int` }).from(surveyResponse).where(eq(surveyResponse.processId, processId));
	return n;
}
/** Removes a question; refused once answers exist (they would lose their meaning). */
async function removeQuestion(ctx, processId, questionId) {
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [q] = await tx.select().from(surveyQuestion).where(and(eq(surveyQuestion.id, questionId), eq(surveyQuestion.processId, processId)));
		if (!q) throw new NotFoundError("Question");
		if (await responsesCount(tx, processId) > 0) throw new ConflictError("The survey already has answers", { question: "survey_has_answers" });
		await tx.update(surveyQuestion).set({
			conditionQuestionId: null,
			conditionValue: null
		}).where(eq(surveyQuestion.conditionQuestionId, questionId));
		await tx.delete(surveyQuestion).where(eq(surveyQuestion.id, questionId));
		await recordAudit(tx, ctx, {
			action: "survey.question_remove",
			targetType: "process",
			targetId: processId,
			before: q
		});
	});
}
/** Moves a question one place up or down. */
async function moveQuestion(ctx, processId, questionId, direction) {
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [q] = await tx.select().from(surveyQuestion).where(and(eq(surveyQuestion.id, questionId), eq(surveyQuestion.processId, processId)));
		if (!q) throw new NotFoundError("Question");
		const [other] = await tx.select().from(surveyQuestion).where(and(eq(surveyQuestion.processId, processId), direction === "up" ? lt(surveyQuestion.position, q.position) : gt(surveyQuestion.position, q.position))).orderBy(direction === "up" ? desc(surveyQuestion.position) : asc(surveyQuestion.position)).limit(1);
		if (!other) return;
		if (q.conditionQuestionId === other.id || other.conditionQuestionId === q.id) throw new ConflictError("A condition must follow its question", { question: "condition_order" });
		await tx.update(surveyQuestion).set({ position: other.position }).where(eq(surveyQuestion.id, q.id));
		await tx.update(surveyQuestion).set({ position: q.position }).where(eq(surveyQuestion.id, other.id));
		await recordAudit(tx, ctx, {
			action: "survey.question_move",
			targetType: "process",
			targetId: processId,
			after: {
				questionId,
				direction
			}
		});
	});
}
/** Reads the survey form (plain HTML, no JavaScript): q_<id> for single/text/scale, repeated
* q_<id> for multiple, q_<id>_<i> for ranking positions and matrix rows, q_<id>_lat/_lon. */
function answersFromForm(form, questions) {
	const raw = {};
	for (const q of questions) {
		const k = `q_${q.id}`;
		if (q.kind === "multiple") raw[q.id] = form.getAll(k).map(String);
		else if (q.kind === "ranking") raw[q.id] = q.options.map((_, i) => String(form.get(`${k}_${i}`) ?? ""));
		else if (q.kind === "matrix") raw[q.id] = Object.fromEntries(q.rows.map((r, i) => [r, String(form.get(`${k}_${i}`) ?? "")]));
		else if (q.kind === "map_point") raw[q.id] = {
			lat: String(form.get(`${k}_lat`) ?? ""),
			lon: String(form.get(`${k}_lon`) ?? "")
		};
		else raw[q.id] = String(form.get(k) ?? "");
	}
	return raw;
}
function isVisible(q, answers) {
	if (!q.conditionQuestionId || !q.conditionValue) return true;
	const a = answers[q.conditionQuestionId];
	return Array.isArray(a) ? a.includes(q.conditionValue) : a === q.conditionValue;
}
/** Validates raw answers (from the form, or the JSON carried through the check page) into
* normalised values; hidden conditional questions are dropped. Errors name the fields. */
async function validateAnswers(db, questions, raw) {
	const out = {};
	const errors = {};
	const isBlank = (v) => v === void 0 || v === null || v === "" || Array.isArray(v) && v.every((x) => x === "") || typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => x === "" || x === null || x === void 0);
	for (const q of questions) {
		const field = `q_${q.id}`;
		if (!isVisible(q, out)) continue;
		const v = raw[q.id];
		if (isBlank(v) || q.kind === "multiple" && Array.isArray(v) && v.length === 0) {
			if (q.required) errors[field] = "answer_required";
			continue;
		}
		switch (q.kind) {
			case "single":
				if (typeof v !== "string" || !q.options.includes(v)) errors[field] = "answer_invalid";
				else out[q.id] = v;
				break;
			case "multiple": {
				const arr = Array.isArray(v) ? v.map(String) : [String(v)];
				if (!arr.every((x) => q.options.includes(x)) || new Set(arr).size !== arr.length) errors[field] = "answer_invalid";
				else out[q.id] = q.options.filter((o) => arr.includes(o));
				break;
			}
			case "scale": {
				const n = Number(v);
				if (!Number.isInteger(n) || n < q.scaleMin || n > q.scaleMax) errors[field] = "answer_invalid";
				else out[q.id] = n;
				break;
			}
			case "short_text":
			case "long_text": {
				const s = String(v).trim();
				const max = q.kind === "short_text" ? 300 : 5e3;
				if (s.length > max) errors[field] = "answer_too_long";
				else if (s) out[q.id] = s;
				else if (q.required) errors[field] = "answer_required";
				break;
			}
			case "ranking": {
				let order = null;
				if (Array.isArray(v) && v.length === q.options.length && v.every((x) => q.options.includes(String(x)))) order = v.map(String);
				else if (Array.isArray(v) && v.length === q.options.length) {
					const ranks = v.map((x) => Number(x));
					if (ranks.every((r) => Number.isInteger(r) && r >= 1 && r <= q.options.length) && new Set(ranks).size === ranks.length) order = q.options.map((o, i) => ({
						o,
						r: ranks[i]
					})).sort((a, b) => a.r - b.r).map((x) => x.o);
				}
				if (!order || new Set(order).size !== q.options.length) errors[field] = "ranking_invalid";
				else out[q.id] = order;
				break;
			}
			case "matrix": {
				const obj = typeof v === "object" && v && !Array.isArray(v) ? v : {};
				const res = {};
				let bad = false;
				for (const r of q.rows) {
					const c = obj[r];
					if (c === void 0 || c === "" || c === null) {
						if (q.required) bad = true;
						continue;
					}
					if (typeof c !== "string" || !q.options.includes(c)) bad = true;
					else res[r] = c;
				}
				if (Object.keys(obj).some((k) => !q.rows.includes(k))) bad = true;
				if (bad) errors[field] = q.required ? "matrix_incomplete" : "answer_invalid";
				else out[q.id] = res;
				break;
			}
			case "map_point": {
				const p = typeof v === "object" && v ? v : {};
				const lat = Number(p.lat);
				const lon = Number(p.lon);
				if (p.lat === "" || p.lon === "" || !Number.isFinite(lat) || !Number.isFinite(lon)) errors[field] = "invalid_coordinate";
				else if (!await findDistrictAt(db, lon, lat)) errors[field] = "outside_krakow";
				else out[q.id] = {
					lat: Math.round(lat * 1e5) / 1e5,
					lon: Math.round(lon * 1e5) / 1e5
				};
				break;
			}
		}
	}
	if (Object.keys(errors).length) throw new ValidationError(errors, "Some answers need attention");
	return out;
}
function deviceKeyHash(cookie) {
	return createHash("sha256").update(`decydujemy-device:${cookie}`).digest("hex");
}
async function surveyContext(ctx, processId) {
	const c = await loadConsultation(ctx, ctx.db, processId);
	if (!c.settings.forms.includes("survey")) throw new NotFoundError("Survey");
	const questions = await listQuestions(ctx.db, processId);
	return {
		...c,
		questions
	};
}
/** The check-your-answers step: validates without saving. */
async function checkSurveyAnswers(ctx, processId, raw) {
	const c = await surveyContext(ctx, processId);
	if (!consultationRules.answerSurvey(ctx.actor, c.settings.surveyAnonymous)) throw new ForbiddenError("Sign in to answer");
	if (!isOpen(c.process, c.settings, ctx.now())) throw new ConflictError("The consultation is not open", { survey: "consultation_not_open" });
	return {
		answers: await validateAnswers(ctx.db, c.questions, raw),
		questions: c.questions
	};
}
/** Saves one response: one per person for signed surveys, one per device for anonymous ones —
* both held by unique constraints, so a second answer is a 409 even under a race. */
async function submitSurveyResponse(ctx, processId, raw, opts = {}) {
	const c = await surveyContext(ctx, processId);
	if (!consultationRules.answerSurvey(ctx.actor, c.settings.surveyAnonymous)) throw new ForbiddenError("Sign in to answer");
	if (!isOpen(c.process, c.settings, ctx.now())) throw new ConflictError("The consultation is not open", { survey: "consultation_not_open" });
	const answers = await validateAnswers(ctx.db, c.questions, raw);
	const anonymous = c.settings.surveyAnonymous;
	if (anonymous && !opts.deviceCookie) throw new ValidationError({ survey: "device_cookie_required" });
	let districtId = null;
	let ageBand = null;
	if (ctx.actor) {
		const [u] = await ctx.db.select({
			districtId: user.districtId,
			birthYear: user.birthYear
		}).from(user).where(eq(user.id, ctx.actor.id));
		districtId = u?.districtId ?? null;
		ageBand = ageBandOf(u?.birthYear, ctx.now());
	}
	const receipt = randomBytes(5).toString("hex").toUpperCase();
	const id = newId();
	try {
		await inTx(ctx.db, async (tx) => {
			await tx.insert(surveyResponse).values({
				id,
				processId,
				userId: anonymous ? null : ctx.actor.id,
				deviceKey: anonymous ? deviceKeyHash(opts.deviceCookie) : null,
				districtId,
				ageBand,
				receipt,
				createdAt: ctx.now()
			});
			const rows = Object.entries(answers).map(([questionId, value]) => ({
				responseId: id,
				questionId,
				value
			}));
			if (rows.length) await tx.insert(surveyAnswer).values(rows);
		});
	} catch (e) {
		if ((e.code ?? e.cause?.code) === "23505") throw new ConflictError("You have already answered this survey", { survey: "already_answered" });
		throw e;
	}
	return { receipt };
}
/** Whether this person (or device) has answered already. */
async function hasAnswered(ctx, processId, opts) {
	if (opts.anonymous) {
		if (!opts.deviceCookie) return false;
		const [r] = await ctx.db.select({ id: surveyResponse.id }).from(surveyResponse).where(and(eq(surveyResponse.processId, processId), eq(surveyResponse.deviceKey, deviceKeyHash(opts.deviceCookie))));
		return !!r;
	}
	if (!ctx.actor) return false;
	const [r] = await ctx.db.select({ id: surveyResponse.id }).from(surveyResponse).where(and(eq(surveyResponse.processId, processId), eq(surveyResponse.userId, ctx.actor.id)));
	return !!r;
}
// src/lib/server/consultations/participation.service.ts
async function requireOpen(ctx, processId, form) {
	const c = await loadConsultation(ctx, ctx.db, processId);
	if (!c.settings.forms.includes(form)) throw new NotFoundError(form === "document" ? "Document" : "Map");
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!consultationRules.participate(ctx.actor)) throw new ForbiddenError("Confirm your e-mail address first");
	if (!isOpen(c.process, c.settings, ctx.now())) throw new ConflictError("The consultation is not open", { body: "consultation_not_open" });
	return c;
}
var paragraphInput = z.object({
	heading: z.string().trim().max(200).default(""),
	body: z.string().trim().min(10, "paragraph_too_short").max(1e4)
});
async function addParagraph(ctx, processId, input) {
	const data = parseInput(paragraphInput, input);
	return inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [{ max }] = await tx.select({ max: sql`coalesce(max(${paragraph.position}), -1)::int` }).from(paragraph).where(eq(paragraph.processId, processId));
		const id = newId();
		await tx.insert(paragraph).values({
			id,
			processId,
			position: max + 1,
			...data
		});
		await recordAudit(tx, ctx, {
			action: "document.paragraph_add",
			targetType: "process",
			targetId: processId,
			after: {
				id,
				...data
			}
		});
		return id;
	});
}
async function removeParagraph(ctx, processId, paragraphId) {
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [p] = await tx.select().from(paragraph).where(and(eq(paragraph.id, paragraphId), eq(paragraph.processId, processId)));
		if (!p) throw new NotFoundError("Paragraph");
		const [{ n }] = await tx.select({ n: sql`count(*)::int` }).from(comment).where(and(eq(comment.targetType, "paragraph"), eq(comment.targetId, paragraphId)));
		if (n > 0) throw new ConflictError("The paragraph has comments", { paragraph: "paragraph_has_comments" });
		await tx.delete(paragraph).where(eq(paragraph.id, paragraphId));
		await recordAudit(tx, ctx, {
			action: "document.paragraph_remove",
			targetType: "process",
			targetId: processId,
			before: p
		});
	});
}
async function listParagraphs(db, processId) {
	return db.select().from(paragraph).where(eq(paragraph.processId, processId)).orderBy(asc(paragraph.position));
}
/** The document with each paragraph's comments (threads) and their support counts. */
async function documentWithComments(ctx, processId) {
	await loadConsultation(ctx, ctx.db, processId);
	const paras = await listParagraphs(ctx.db, processId);
	const ids = paras.map((p) => p.id);
	const supportRows = ids.length ? await ctx.db.select({
		commentId: commentSupport.commentId,
		n: sql`count(*)::int`,
		mine: sql`bool_or(${commentSupport.userId} = ${ctx.actor?.id ?? ""})`
	}).from(commentSupport).innerJoin(comment, eq(comment.id, commentSupport.commentId)).where(and(eq(comment.targetType, "paragraph"), inArray(comment.targetId, ids))).groupBy(commentSupport.commentId) : [];
	const support = Object.fromEntries(supportRows.map((r) => [r.commentId, {
		n: r.n,
		mine: !!r.mine
	}]));
	const out = [];
	for (const p of paras) out.push({
		...p,
		comments: await listComments(ctx, "paragraph", p.id)
	});
	return {
		paragraphs: out,
		support
	};
}
async function commentOnParagraph(ctx, paragraphId, input) {
	const [p] = await ctx.db.select().from(paragraph).where(eq(paragraph.id, paragraphId));
	if (!p) throw new NotFoundError("Paragraph");
	await requireOpen(ctx, p.processId, "document");
	return addComment(ctx, {
		targetType: "paragraph",
		targetId: paragraphId,
		parentId: input.parentId || null,
		body: input.body
	});
}
/** "I support this comment" — once per person (primary key), never one's own. */
async function supportComment(ctx, commentId, on = true) {
	const [c] = await ctx.db.select().from(comment).where(eq(comment.id, commentId));
	if (!c || c.targetType !== "paragraph" || c.status !== "visible") throw new NotFoundError("Comment");
	const [p] = await ctx.db.select().from(paragraph).where(eq(paragraph.id, c.targetId));
	if (!p) throw new NotFoundError("Comment");
	await requireOpen(ctx, p.processId, "document");
	if (!consultationRules.supportComment(ctx.actor, c)) throw new ForbiddenError("You cannot support your own comment");
	if (on) await ctx.db.insert(commentSupport).values({
		commentId,
		userId: ctx.actor.id,
		createdAt: ctx.now()
	}).onConflictDoNothing();
	else await ctx.db.delete(commentSupport).where(and(eq(commentSupport.commentId, commentId), eq(commentSupport.userId, ctx.actor.id)));
}
var pinInput = z.object({
	topic: z.enum(CLIMATE_TOPICS, { error: "required" }),
	lat: z.preprocess((v) => v === "" ? void 0 : v, z.coerce.number({ error: "invalid_coordinate" }).min(-90, "invalid_coordinate").max(90, "invalid_coordinate")),
	lon: z.preprocess((v) => v === "" ? void 0 : v, z.coerce.number({ error: "invalid_coordinate" }).min(-180, "invalid_coordinate").max(180, "invalid_coordinate")),
	body: z.string().trim().min(2, "comment_too_short").max(2e3, "comment_too_long")
});
async function addPin(ctx, processId, input) {
	await requireOpen(ctx, processId, "map");
	const data = parseInput(pinInput, input);
	const districtId = await findDistrictAt(ctx.db, data.lon, data.lat);
	if (!districtId) throw new ValidationError({ lat: "outside_krakow" });
	const id = newId();
	await ctx.db.insert(mapPin).values({
		id,
		processId,
		authorId: ctx.actor.id,
		topic: data.topic,
		lat: Math.round(data.lat * 1e5) / 1e5,
		lon: Math.round(data.lon * 1e5) / 1e5,
		districtId,
		body: data.body,
		createdAt: ctx.now()
	});
	return id;
}
async function listPins(ctx, processId, topic) {
	await loadConsultation(ctx, ctx.db, processId);
	const conds = [eq(mapPin.processId, processId)];
	if (topic && CLIMATE_TOPICS.includes(topic)) conds.push(eq(mapPin.topic, topic));
	return ctx.db.select({
		id: mapPin.id,
		topic: mapPin.topic,
		lat: mapPin.lat,
		lon: mapPin.lon,
		districtId: mapPin.districtId,
		body: mapPin.body,
		createdAt: mapPin.createdAt,
		authorName: user.name
	}).from(mapPin).leftJoin(user, eq(user.id, mapPin.authorId)).where(and(...conds)).orderBy(desc(mapPin.createdAt));
}
var partnerInput = z.object({
	name: z.string().trim().min(3, "name_too_short").max(200, "name_too_long"),
	kind: z.enum(PARTNER_KINDS, { error: "required" }),
	email: z.string().trim().toLowerCase().email("invalid_email")
});
/** The official authorises a partner organisation; its representative must have an account. */
async function authorisePartner(ctx, processId, input) {
	const data = parseInput(partnerInput, input);
	return inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [rep] = await tx.select({ id: user.id }).from(user).where(eq(user.email, data.email));
		if (!rep) throw new ValidationError({ email: "no_such_account" });
		const id = newId();
		if (!(await tx.insert(partner).values({
			id,
			processId,
			name: data.name,
			kind: data.kind,
			representativeId: rep.id,
			createdAt: ctx.now()
		}).onConflictDoNothing().returning({ id: partner.id })).length) throw new ConflictError("This person already represents a partner here", { email: "partner_exists" });
		await recordAudit(tx, ctx, {
			action: "consultation.partner_authorise",
			targetType: "process",
			targetId: processId,
			after: {
				id,
				name: data.name,
				kind: data.kind,
				representativeId: rep.id
			}
		});
		return id;
	});
}
async function listPartners(ctx, processId) {
	await loadConsultation(ctx, ctx.db, processId);
	return ctx.db.select({
		id: partner.id,
		name: partner.name,
		kind: partner.kind,
		representativeId: partner.representativeId,
		sessions: sql`(select count(*)::int from ${partnerSession} where ${partnerSession.partnerId} = ${partner.id})`
	}).from(partner).where(eq(partner.processId, processId)).orderBy(asc(partner.name));
}
/** The partners this person represents in a consultation. */
async function myPartners(ctx, processId) {
	if (!ctx.actor) return [];
	return ctx.db.select({
		id: partner.id,
		name: partner.name,
		kind: partner.kind
	}).from(partner).where(and(eq(partner.processId, processId), eq(partner.representativeId, ctx.actor.id)));
}
var sessionInput = z.object({
	partnerId: z.string().min(1, "required").max(100),
	title: z.string().trim().min(5, "title_too_short").max(200, "title_too_long"),
	heldAt: z.coerce.date({ error: "invalid_date" }),
	districtId: z.preprocess((v) => v === "" || v === void 0 ? null : v, z.coerce.number().int().min(1).max(18).nullable()).default(null),
	ageBand: z.preprocess((v) => v === "" || v === void 0 ? null : v, z.enum(AGE_BANDS).nullable()).default(null),
	participants: z.coerce.number({ error: "invalid_number" }).int("invalid_number").min(1, "invalid_number").max(1e4, "invalid_number"),
	notes: z.string().trim().min(10, "notes_too_short").max(2e4)
});
/** A partner's representative records a session it ran, so that voices reached outside the
* platform count in the report too. */
async function recordPartnerSession(ctx, processId, input) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const data = parseInput(sessionInput, input);
	const c = await loadConsultation(ctx, ctx.db, processId);
	const [p] = await ctx.db.select().from(partner).where(and(eq(partner.id, data.partnerId), eq(partner.processId, processId)));
	if (!p) throw new NotFoundError("Partner");
	if (!consultationRules.recordSession(ctx.actor, p)) throw new ForbiddenError();
	if (c.settings.reportPublishedAt) throw new ConflictError("The report is already published", { partnerId: "report_published" });
	if (data.heldAt > ctx.now()) throw new ValidationError({ heldAt: "date_in_future" });
	const id = newId();
	await inTx(ctx.db, async (tx) => {
		await tx.insert(partnerSession).values({
			id,
			processId,
			...data,
			recordedBy: ctx.actor.id,
			createdAt: ctx.now()
		});
		await recordAudit(tx, ctx, {
			action: "consultation.partner_session",
			targetType: "process",
			targetId: processId,
			after: {
				id,
				partnerId: p.id,
				participants: data.participants
			}
		});
	});
	return id;
}
async function listSessions(ctx, processId) {
	await loadConsultation(ctx, ctx.db, processId);
	return ctx.db.select({
		id: partnerSession.id,
		partnerName: partner.name,
		partnerKind: partner.kind,
		title: partnerSession.title,
		heldAt: partnerSession.heldAt,
		districtId: partnerSession.districtId,
		ageBand: partnerSession.ageBand,
		participants: partnerSession.participants,
		notes: partnerSession.notes
	}).from(partnerSession).innerJoin(partner, eq(partner.id, partnerSession.partnerId)).where(eq(partnerSession.processId, processId)).orderBy(asc(partnerSession.heldAt));
}
// src/lib/server/consultations/seed.ts
var DAY = 864e5;
/** Demo: the Climate Adaptation Plan consultation (survey, document, pins, two meetings, a
* partner session at a Senior Activity Centre, themes) and the finished Clean Transport Zone
* consultation with its report. */
async function seedConsultations(env) {
	const { db, now } = env;
	const t = (d) => new Date(now.getTime() + d * DAY);
	const [plan] = await db.select().from(process).where(and(eq(process.mechanism, "consultation"), like(process.title, "Plan adaptacji Krakowa%")));
	if (!plan) return;
	const official = env.as.official;
	const [anna, piotr, olena] = env.as.residents;
	await saveConsultationSettings(official, plan.id, {
		targetDistricts: [
			"1",
			"2",
			"13",
			"18"
		],
		targetAgeBands: [
			"60_74",
			"75_plus",
			"18_29"
		],
		targetStakeholders: [
			"residents",
			"seniors",
			"schools",
			"housing",
			"ngos"
		],
		forms: [
			"survey",
			"document",
			"map",
			"meetings",
			"partners"
		],
		infoStartsAt: t(-14).toISOString(),
		startsAt: t(-3).toISOString(),
		endsAt: t(25).toISOString(),
		reportDueAt: t(55).toISOString(),
		surveyAnonymous: false,
		surveyIntro: "Ankieta zajmie około 5 minut. Odpowiedzi są podpisane (jedna na osobę), ale w raporcie publikujemy je bez nazwisk."
	});
	const q1 = await addQuestion(official, plan.id, {
		kind: "single",
		prompt: "Jak często latem odczuwasz uciążliwy upał w swojej okolicy?",
		options: "Codziennie\nKilka razy w tygodniu\nRzadko\nNigdy",
		required: "on"
	});
	await addQuestion(official, plan.id, {
		kind: "multiple",
		prompt: "Które działania są dla Ciebie najważniejsze?",
		hint: "Zaznacz wszystkie pasujące.",
		options: "Więcej drzew\nOgrody deszczowe\nKurtyny wodne i poidełka\nZielone dachy\nZacienione przystanki",
		required: "on"
	});
	await addQuestion(official, plan.id, {
		kind: "short_text",
		prompt: "Gdzie najbardziej brakuje cienia?",
		conditionQuestionId: q1,
		conditionValue: "Codziennie"
	});
	await addQuestion(official, plan.id, {
		kind: "scale",
		prompt: "Jak oceniasz dostęp do terenów zielonych blisko domu?",
		hint: "1 — bardzo źle, 5 — bardzo dobrze",
		scaleMin: "1",
		scaleMax: "5",
		required: "on"
	});
	await addQuestion(official, plan.id, {
		kind: "ranking",
		prompt: "Uszereguj priorytety od najważniejszego",
		options: "Upał\nUlewy i podtopienia\nSusza"
	});
	await addQuestion(official, plan.id, {
		kind: "matrix",
		prompt: "Jak oceniasz te miejsca latem?",
		options: "Dobrze\nŚrednio\nŹle",
		rows: "Przystanki\nPlace zabaw\nSzkoły"
	});
	await addQuestion(official, plan.id, {
		kind: "map_point",
		prompt: "Wskaż miejsce, które latem najbardziej się nagrzewa"
	});
	await addQuestion(official, plan.id, {
		kind: "long_text",
		prompt: "Co jeszcze chcesz nam powiedzieć?"
	});
	const paras = [
		{
			heading: "1. Cel planu",
			body: "Plan adaptacji ma ograniczyć skutki fal upałów, ulew i susz dla mieszkańców Krakowa, szczególnie dla osób starszych, dzieci i osób z chorobami przewlekłymi."
		},
		{
			heading: "2. Wyspy ciepła",
			body: "Do 2030 roku miasto posadzi co najmniej 20 000 drzew w miejscach, gdzie temperatura powierzchni latem jest najwyższa, w pierwszej kolejności przy szkołach, przychodniach i przystankach."
		},
		{
			heading: "3. Retencja wody opadowej",
			body: "Każda nowa inwestycja miejska zatrzyma wodę opadową na miejscu: ogrody deszczowe, niecki, zbiorniki i przepuszczalne nawierzchnie zamiast betonu."
		},
		{
			heading: "4. Zieleń i błękitna infrastruktura",
			body: "Miasto połączy parki, doliny rzek i skwery w sieć zielonych korytarzy oraz odtworzy małe cieki wodne tam, gdzie to możliwe."
		}
	];
	const paraIds = [];
	for (const p of paras) paraIds.push(await addParagraph(official, plan.id, p));
	const cmt1 = await commentOnParagraph(anna, paraIds[1], { body: "Proszę zacząć od przystanków na Zabłociu — latem nie da się tam stać w słońcu." });
	const cmt2 = await commentOnParagraph(olena, paraIds[2], { body: "Ogrody deszczowe przy blokach na Grzegórzkach byłyby świetne, mieszkańcy chętnie pomogą." });
	await supportComment(piotr, cmt1);
	await supportComment(olena, cmt1);
	const pin1 = await addPin(anna, plan.id, {
		topic: "heat",
		lat: "50.0475",
		lon: "19.9600",
		body: "Rozgrzany plac bez drzew przy ul. Lipowej."
	});
	await addPin(piotr, plan.id, {
		topic: "greenery_water",
		lat: "50.0717",
		lon: "20.0378",
		body: "Po każdej ulewie zalane przejście podziemne."
	});
	await addPin(olena, plan.id, {
		topic: "heat",
		lat: "50.0645",
		lon: "19.9597",
		body: "Brak cienia na przystanku Rondo Grzegórzeckie."
	});
	const mtg1 = await createMeeting(official, {
		processId: plan.id,
		title: "Warsztaty: zielone podwórka i ogrody deszczowe",
		description: "Otwarte warsztaty z projektantami zieleni miejskiej. Przynieś zdjęcia swojego podwórka.",
		format: "in_person",
		place: "Centrum Obywatelskie, ul. Reymonta 20, Kraków",
		districtId: "5",
		startsAt: t(7).toISOString(),
		endsAt: new Date(t(7).getTime() + 72e5).toISOString(),
		capacity: "30"
	});
	await createMeeting(official, {
		processId: plan.id,
		title: "Spotkanie online: upały w mieście — pytania i odpowiedzi",
		description: "Spotkanie z zespołem przygotowującym plan adaptacji. Pytania można zadawać na czacie.",
		format: "online",
		link: "https://meet.jit.si/decydujemy-plan-adaptacji",
		startsAt: t(12).toISOString(),
		endsAt: new Date(t(12).getTime() + 54e5).toISOString(),
		capacity: ""
	});
	await registerForMeeting(anna, mtg1);
	await registerForMeeting(olena, mtg1);
	const [piotrUser] = await db.select({ email: user.email }).from(user).where(eq(user.id, piotr.actor.id));
	const partnerId = await authorisePartner(official, plan.id, {
		name: "Centrum Aktywności Seniorów — Podgórze",
		kind: "senior_centre",
		email: piotrUser.email
	});
	const sessionId = await recordPartnerSession(piotr, plan.id, {
		partnerId,
		title: "Rozmowa o upałach w Klubie Seniora",
		heldAt: t(-1).toISOString(),
		districtId: "13",
		ageBand: "60_74",
		participants: "18",
		notes: "Seniorzy prosili o ławki w cieniu, poidełka przy przychodniach i dłuższe otwarcie klimatyzowanych bibliotek w czasie fal upałów."
	});
	for (const [ctx, choice] of [[anna, "Codziennie"], [olena, "Kilka razy w tygodniu"]]) {
		const qs = await listQuestions(db, plan.id);
		const raw = {};
		for (const q of qs) {
			if (q.kind === "single") raw[q.id] = choice;
			if (q.kind === "multiple") raw[q.id] = ["Więcej drzew", "Ogrody deszczowe"];
			if (q.kind === "scale") raw[q.id] = ctx === anna ? "2" : "4";
			if (q.kind === "short_text" && choice === "Codziennie") raw[q.id] = "Zabłocie, ul. Lipowa";
		}
		await submitSurveyResponse(ctx, plan.id, raw);
	}
	const heat = await createTheme(official, plan.id, { title: "Cień na przystankach i placach" });
	await createTheme(official, plan.id, { title: "Woda opadowa przy blokach" });
	await assignTheme(official, plan.id, {
		kind: "comment",
		submissionId: cmt1,
		themeId: heat
	});
	await assignTheme(official, plan.id, {
		kind: "pin",
		submissionId: pin1,
		themeId: heat
	});
	await assignTheme(official, plan.id, {
		kind: "session",
		submissionId: sessionId,
		themeId: heat
	});
	await answerSubmission(official, plan.id, {
		kind: "comment",
		submissionId: cmt2,
		status: "partly",
		reason: "Ogrody deszczowe przy blokach komunalnych wpisujemy do planu; przy blokach spółdzielczych potrzebna jest zgoda zarządców."
	});
	const [done] = await db.select().from(process).where(and(eq(process.mechanism, "consultation"), like(process.title, "Strefa Czystego Transportu%")));
	if (done) {
		await db.insert(consultation).values({
			processId: done.id,
			targetDistricts: [
				1,
				2,
				3
			],
			targetAgeBands: ["30_44", "45_59"],
			targetStakeholders: ["residents", "businesses"],
			forms: [
				"survey",
				"map",
				"meetings",
				"partners"
			],
			infoStartsAt: t(-410),
			startsAt: t(-400),
			endsAt: t(-360),
			reportDueAt: t(-330)
		}).onConflictDoNothing();
		const q = await addQuestion(official, done.id, {
			kind: "single",
			prompt: "Czy popierasz wprowadzenie Strefy Czystego Transportu?",
			options: "Tak\nRaczej tak\nRaczej nie\nNie",
			required: "on"
		});
		for (const [i, [districtId, value]] of [
			[1, "Tak"],
			[2, "Raczej tak"],
			[3, "Nie"],
			[1, "Tak"],
			[12, "Raczej nie"],
			[13, "Tak"]
		].entries()) {
			const id = newId();
			await db.insert(surveyResponse).values({
				id,
				processId: done.id,
				districtId,
				ageBand: i % 2 ? "30_44" : "45_59",
				receipt: `DEMO${i}`,
				createdAt: t(-390 + i)
			});
			await db.insert(surveyAnswer).values({
				responseId: id,
				questionId: q,
				value
			});
		}
		const pinId = newId();
		await db.insert(mapPin).values({
			id: pinId,
			processId: done.id,
			authorId: anna.actor.id,
			topic: "air",
			lat: 50.0619,
			lon: 19.9369,
			districtId: 1,
			body: "Dostawy do sklepów na Starym Mieście rano — potrzebny wyjątek dla elektrycznych dostawczaków.",
			createdAt: t(-385)
		});
		const pId = newId();
		await db.insert(partner).values({
			id: pId,
			processId: done.id,
			name: "Stowarzyszenie Kupców Krakowskich",
			kind: "ngo",
			representativeId: null,
			createdAt: t(-400)
		});
		await db.insert(partnerSession).values({
			id: newId(),
			processId: done.id,
			partnerId: pId,
			title: "Spotkanie z kupcami Starego Miasta",
			heldAt: t(-380),
			districtId: 1,
			ageBand: "45_59",
			participants: 25,
			notes: "Kupcy poparli strefę pod warunkiem okresu przejściowego dla dostaw.",
			createdAt: t(-379)
		});
		const th = await createTheme(official, done.id, { title: "Okres przejściowy dla dostaw" });
		for (const s of await allSubmissions(db, done.id)) await assignTheme(official, done.id, {
			kind: s.kind,
			submissionId: s.id,
			themeId: th
		});
		await answerTheme(official, done.id, th, {
			status: "accepted",
			reason: "Uchwała wprowadza dwuletni okres przejściowy dla dostaw pojazdami spełniającymi normę Euro 4."
		});
		await publishReport(official, done.id, { decision: "Rada Miasta przyjęła uchwałę o Strefie Czystego Transportu z łagodniejszym harmonogramem dla mieszkańców i okresem przejściowym dla dostaw. Uwagi, których nie uwzględniono, opisujemy w odpowiedziach na tematy." });
	}
	env.log("Seeded consultations (Climate Adaptation Plan with survey, document, map, meetings, partner session; Clean Transport Zone report).");
}
// src/lib/server/consultations/report.service.ts
var zero = () => ({
	survey: 0,
	document: 0,
	map: 0,
	meetings: 0,
	partners: 0
});
var sum = (c) => c.survey + c.document + c.map + c.meetings + c.partners;
var round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
function aggregateQuestion(q, values) {
	const base = {
		id: q.id,
		prompt: q.prompt,
		answered: values.length
	};
	switch (q.kind) {
		case "single":
		case "multiple": return {
			...base,
			kind: q.kind,
			options: q.options.map((o) => ({
				label: o,
				count: values.filter((v) => Array.isArray(v) ? v.includes(o) : v === o).length
			}))
		};
		case "scale": {
			const nums = values.map(Number).filter(Number.isFinite);
			const distribution = [];
			for (let v = q.scaleMin; v <= q.scaleMax; v++) distribution.push({
				value: v,
				count: nums.filter((n) => n === v).length
			});
			return {
				...base,
				kind: "scale",
				min: q.scaleMin,
				max: q.scaleMax,
				mean: nums.length ? round(nums.reduce((a, b) => a + b, 0) / nums.length) : null,
				distribution
			};
		}
		case "ranking": return {
			...base,
			kind: "ranking",
			options: q.options.map((o) => {
				const pos = values.map((v) => Array.isArray(v) ? v.indexOf(o) + 1 : 0).filter((p) => p > 0);
				return {
					label: o,
					meanPosition: pos.length ? round(pos.reduce((a, b) => a + b, 0) / pos.length) : null,
					firstPlaces: pos.filter((p) => p === 1).length
				};
			}).sort((a, b) => (a.meanPosition ?? 99) - (b.meanPosition ?? 99))
		};
		case "matrix": return {
			...base,
			kind: "matrix",
			columns: q.options,
			rows: q.rows.map((r) => ({
				label: r,
				counts: q.options.map((c) => values.filter((v) => v[r] === c).length)
			}))
		};
		case "map_point": return {
			...base,
			kind: "map_point",
			points: values.map((v) => v)
		};
		default: return {
			...base,
			kind: q.kind
		};
	}
}
/** The report, computed from the database: who took part (by form, district and age band,
* against the target groups and the census), what was heard (themes, survey results, pins),
* what the city decided, and the evaluation. */
async function computeReport(db, processId, now) {
	const [p] = await db.select().from(process).where(eq(process.id, processId));
	if (!p) throw new NotFoundError("Consultation");
	const [s] = await db.select().from(consultation).where(eq(consultation.processId, processId));
	const districts = await db.select({
		id: district.id,
		roman: district.roman,
		name: district.name,
		population: district.population
	}).from(district).orderBy(asc(district.id));
	const paraIds = (await db.select({ id: paragraph.id }).from(paragraph).where(eq(paragraph.processId, processId))).map((r) => r.id);
	const byForm = zero();
	const byDistrict = /* @__PURE__ */ new Map();
	const byAge = /* @__PURE__ */ new Map();
	const add = (districtId, age, form, n = 1) => {
		byForm[form] += n;
		if (!byDistrict.has(districtId)) byDistrict.set(districtId, zero());
		byDistrict.get(districtId)[form] += n;
		if (!byAge.has(age)) byAge.set(age, zero());
		byAge.get(age)[form] += n;
	};
	const people = /* @__PURE__ */ new Set();
	const responses = await db.select({
		id: surveyResponse.id,
		userId: surveyResponse.userId,
		districtId: surveyResponse.districtId,
		ageBand: surveyResponse.ageBand
	}).from(surveyResponse).where(eq(surveyResponse.processId, processId));
	for (const r of responses) {
		add(r.districtId, r.ageBand, "survey");
		if (r.userId) people.add(r.userId);
	}
	const comments = paraIds.length ? await db.select({
		authorId: comment.authorId,
		districtId: user.districtId,
		birthYear: user.birthYear
	}).from(comment).leftJoin(user, eq(user.id, comment.authorId)).where(and(eq(comment.targetType, "paragraph"), inArray(comment.targetId, paraIds), eq(comment.status, "visible"))) : [];
	for (const c of comments) {
		add(c.districtId ?? null, ageBandOf(c.birthYear, now), "document");
		if (c.authorId) people.add(c.authorId);
	}
	const pins = await db.select({
		authorId: mapPin.authorId,
		districtId: mapPin.districtId,
		birthYear: user.birthYear,
		lat: mapPin.lat,
		lon: mapPin.lon,
		topic: mapPin.topic,
		body: mapPin.body
	}).from(mapPin).leftJoin(user, eq(user.id, mapPin.authorId)).where(eq(mapPin.processId, processId));
	for (const pin of pins) {
		add(pin.districtId, ageBandOf(pin.birthYear, now), "map");
		if (pin.authorId) people.add(pin.authorId);
	}
	const regs = await db.select({
		userId: meetingRegistration.userId,
		districtId: user.districtId,
		birthYear: user.birthYear
	}).from(meetingRegistration).innerJoin(meeting, eq(meeting.id, meetingRegistration.meetingId)).leftJoin(user, eq(user.id, meetingRegistration.userId)).where(and(eq(meeting.processId, processId), eq(meetingRegistration.status, "registered")));
	for (const r of regs) {
		add(r.districtId ?? null, ageBandOf(r.birthYear, now), "meetings");
		people.add(r.userId);
	}
	const sessions = await db.select().from(partnerSession).where(eq(partnerSession.processId, processId));
	for (const ses of sessions) add(ses.districtId, ses.ageBand, "partners", ses.participants);
	const total = sum(byForm);
	const totalPopulation = districts.reduce((a, d) => a + d.population, 0);
	const targetDistricts = s?.targetDistricts ?? [];
	const targetAgeBands = s?.targetAgeBands ?? [];
	const districtRows = districts.map((d) => {
		const c = byDistrict.get(d.id) ?? zero();
		const n = sum(c);
		return {
			id: d.id,
			roman: d.roman,
			name: d.name,
			population: d.population,
			byForm: c,
			total: n,
			share: total ? round(100 * n / total, 1) : 0,
			populationShare: totalPopulation ? round(100 * d.population / totalPopulation, 1) : 0,
			perTenThousand: d.population ? round(1e4 * n / d.population, 2) : 0,
			targeted: targetDistricts.includes(d.id)
		};
	});
	const unknownDistrict = byDistrict.get(null) ?? zero();
	const ageRows = AGE_BANDS.map((band) => {
		const c = byAge.get(band) ?? zero();
		return {
			band,
			byForm: c,
			total: sum(c),
			share: total ? round(100 * sum(c) / total, 1) : 0,
			targeted: targetAgeBands.includes(band)
		};
	});
	const unknownAge = byAge.get(null) ?? zero();
	const questions = await listQuestions(db, processId);
	const answers = responses.length ? await db.select({
		questionId: surveyAnswer.questionId,
		value: surveyAnswer.value
	}).from(surveyAnswer).where(inArray(surveyAnswer.responseId, responses.map((r) => r.id))) : [];
	const survey = questions.map((q) => aggregateQuestion(q, answers.filter((a) => a.questionId === q.id).map((a) => a.value)));
	const themes = await listThemes(db, processId);
	const subs = await allSubmissions(db, processId);
	const answeredThemes = new Set(themes.filter((t) => t.status).map((t) => t.id));
	const answered = subs.filter((x) => x.status || x.themeId && answeredThemes.has(x.themeId)).length;
	const evals = await db.select({
		scopeClear: evaluation.scopeClear,
		heard: evaluation.heard,
		again: evaluation.again
	}).from(evaluation).where(eq(evaluation.processId, processId));
	return {
		process: {
			id: p.id,
			slug: p.slug,
			title: p.title,
			status: p.status
		},
		forms: (s?.forms ?? []).filter((f) => FORMS.includes(f)),
		dates: {
			infoStartsAt: s?.infoStartsAt ?? null,
			startsAt: s?.startsAt ?? null,
			endsAt: s?.endsAt ?? null,
			reportDueAt: s?.reportDueAt ?? null
		},
		published: s?.reportPublishedAt ?? null,
		decision: s?.decision ?? null,
		participation: {
			total,
			onlinePeople: people.size,
			byForm,
			partnerSessions: sessions.length,
			byDistrict: districtRows,
			unknownDistrict: sum(unknownDistrict),
			byAgeBand: ageRows,
			unknownAgeBand: sum(unknownAge),
			targetDistrictsReached: targetDistricts.filter((id) => (districtRows.find((d) => d.id === id)?.total ?? 0) > 0).length,
			targetDistricts: targetDistricts.length,
			targetAgeBandsReached: targetAgeBands.filter((b) => (ageRows.find((a) => a.band === b)?.total ?? 0) > 0).length,
			targetAgeBands: targetAgeBands.length
		},
		submissions: {
			total: subs.length,
			answered
		},
		themes: themes.map((t) => ({
			id: t.id,
			title: t.title,
			submissions: t.count,
			status: t.status,
			reason: t.reason
		})),
		survey: {
			responses: responses.length,
			questions: survey
		},
		pins: pins.map((x) => ({
			lat: x.lat,
			lon: x.lon,
			topic: x.topic,
			districtId: x.districtId
		})),
		evaluation: summariseEvaluations(evals)
	};
}
function summariseEvaluations(rows) {
	const mean = (xs) => xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
	return {
		responses: rows.length,
		scopeClear: mean(rows.map((r) => r.scopeClear)),
		heard: mean(rows.map((r) => r.heard)),
		again: {
			yes: rows.filter((r) => r.again === "yes").length,
			maybe: rows.filter((r) => r.again === "maybe").length,
			no: rows.filter((r) => r.again === "no").length
		}
	};
}
/** The report for a reader: public once published; the officials see it before as a preview. */
async function getReport(ctx, processId) {
	const c = await loadConsultation(ctx, ctx.db, processId);
	if (!c.settings.reportPublishedAt && !c.canManage) throw new NotFoundError("Report");
	return computeReport(ctx.db, processId, ctx.now());
}
/** Every submission, anonymised (no names, no account ids), for the CSV/JSON export. */
async function anonymisedSubmissions(ctx, processId) {
	const c = await loadConsultation(ctx, ctx.db, processId);
	if (!c.settings.reportPublishedAt && !c.canManage) throw new NotFoundError("Report");
	const themes = await listThemes(ctx.db, processId);
	const rows = (await allSubmissions(ctx.db, processId)).map((s) => {
		const t = themes.find((x) => x.id === s.themeId);
		return {
			kind: s.kind,
			id: s.id,
			date: s.createdAt.toISOString().slice(0, 10),
			districtId: s.districtId,
			context: s.kind === "session" ? s.context : s.context,
			topic: s.topic ?? "",
			text: s.text,
			theme: t?.title ?? "",
			answer: s.status ?? t?.status ?? "",
			reason: s.reason ?? t?.reason ?? ""
		};
	});
	const questions = await listQuestions(ctx.db, processId);
	const responses = await ctx.db.select({
		id: surveyResponse.id,
		districtId: surveyResponse.districtId,
		createdAt: surveyResponse.createdAt
	}).from(surveyResponse).where(eq(surveyResponse.processId, processId)).orderBy(asc(surveyResponse.createdAt));
	if (responses.length) {
		const answers = await ctx.db.select().from(surveyAnswer).where(inArray(surveyAnswer.responseId, responses.map((r) => r.id)));
		responses.forEach((r, i) => {
			for (const q of questions) {
				const a = answers.find((x) => x.responseId === r.id && x.questionId === q.id);
				if (!a) continue;
				const v = a.value;
				rows.push({
					kind: "survey",
					id: `response-${i + 1}`,
					date: r.createdAt.toISOString().slice(0, 10),
					districtId: r.districtId,
					context: q.prompt,
					topic: q.kind,
					text: typeof v === "string" ? v : JSON.stringify(v),
					theme: "",
					answer: "",
					reason: ""
				});
			}
		});
	}
	return rows;
}
/** Whether this person took part (survey, comment, pin, meeting, partner session). */
async function tookPart(db, processId, userId) {
	const q = sql`select (
		exists (select 1 from ${surveyResponse} where ${surveyResponse.processId} = ${processId} and ${surveyResponse.userId} = ${userId})
		or exists (select 1 from ${mapPin} where ${mapPin.processId} = ${processId} and ${mapPin.authorId} = ${userId})
		or exists (select 1 from ${comment} join ${paragraph} on ${paragraph.id} = ${comment.targetId} where ${comment.targetType} = 'paragraph' and ${paragraph.processId} = ${processId} and ${comment.authorId} = ${userId})
		or exists (select 1 from ${meetingRegistration} join ${meeting} on ${meeting.id} = ${meetingRegistration.meetingId} where ${meeting.processId} = ${processId} and ${meetingRegistration.userId} = ${userId} and ${meetingRegistration.status} = 'registered')
		or exists (select 1 from ${partnerSession} where ${partnerSession.processId} = ${processId} and ${partnerSession.recordedBy} = ${userId})
	) as yes`;
	return !!(await db.execute(q)).rows[0]?.yes;
}
var evaluationInput = z.object({
	scopeClear: z.coerce.number({ error: "answer_required" }).int("answer_required").min(1, "answer_required").max(5, "answer_required"),
	heard: z.coerce.number({ error: "answer_required" }).int("answer_required").min(1, "answer_required").max(5, "answer_required"),
	again: z.enum([
		"yes",
		"maybe",
		"no"
	], { error: "answer_required" }),
	comment: z.string().trim().max(2e3, "comment_too_long").default("")
});
async function evaluationStatus(ctx, processId) {
	const open = !!(await loadConsultation(ctx, ctx.db, processId)).settings.reportPublishedAt;
	if (!ctx.actor) return {
		open,
		participant: false,
		done: false
	};
	const participant = await tookPart(ctx.db, processId, ctx.actor.id);
	const [mine] = await ctx.db.select({ id: evaluation.id }).from(evaluation).where(and(eq(evaluation.processId, processId), eq(evaluation.userId, ctx.actor.id)));
	return {
		open,
		participant,
		done: !!mine
	};
}
/** A participant's evaluation, once the report is out; one per person (unique constraint). */
async function submitEvaluation(ctx, processId, input) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const data = parseInput(evaluationInput, input);
	if (!(await loadConsultation(ctx, ctx.db, processId)).settings.reportPublishedAt) throw new ConflictError("The evaluation opens with the report", { scopeClear: "evaluation_not_open" });
	if (!consultationRules.evaluate(ctx.actor, await tookPart(ctx.db, processId, ctx.actor.id))) throw new ForbiddenError("Only participants evaluate");
	if (!(await ctx.db.insert(evaluation).values({
		id: newId(),
		processId,
		userId: ctx.actor.id,
		...data,
		createdAt: ctx.now()
	}).onConflictDoNothing().returning({ id: evaluation.id })).length) throw new ConflictError("You have already evaluated this consultation", { scopeClear: "already_evaluated" });
}
/** Evaluations summed up across consultations (and per consultation). */
async function evaluationAcross(db) {
	const rows = await db.select({
		processId: evaluation.processId,
		slug: process.slug,
		title: process.title,
		scopeClear: evaluation.scopeClear,
		heard: evaluation.heard,
		again: evaluation.again
	}).from(evaluation).innerJoin(process, eq(process.id, evaluation.processId)).where(isNotNull(evaluation.processId));
	const ids = [...new Set(rows.map((r) => r.processId))];
	return {
		overall: summariseEvaluations(rows),
		consultations: ids.map((id) => {
			const own = rows.filter((r) => r.processId === id);
			return {
				slug: own[0].slug,
				title: own[0].title,
				...summariseEvaluations(own)
			};
		})
	};
}
var consultationsModule = {
	name: "consultations",
	tables: [
		"consultation",
		"consultation_paragraph",
		"consultation_comment_support",
		"survey_question",
		"survey_response",
		"survey_answer",
		"consultation_map_pin",
		"consultation_partner",
		"consultation_partner_session",
		"consultation_theme",
		"consultation_submission",
		"consultation_evaluation"
	],
	permissions: consultationRules,
	personalData: {
		module: "consultations",
		async export(db, userId) {
			return {
				surveyResponses: await db.select({
					processId: surveyResponse.processId,
					receipt: surveyResponse.receipt,
					createdAt: surveyResponse.createdAt
				}).from(surveyResponse).where(eq(surveyResponse.userId, userId)),
				mapPins: await db.select({
					processId: mapPin.processId,
					topic: mapPin.topic,
					lat: mapPin.lat,
					lon: mapPin.lon,
					body: mapPin.body,
					createdAt: mapPin.createdAt
				}).from(mapPin).where(eq(mapPin.authorId, userId)),
				commentSupports: await db.select({
					commentId: commentSupport.commentId,
					createdAt: commentSupport.createdAt
				}).from(commentSupport).where(eq(commentSupport.userId, userId)),
				evaluations: await db.select({
					processId: evaluation.processId,
					scopeClear: evaluation.scopeClear,
					heard: evaluation.heard,
					again: evaluation.again,
					comment: evaluation.comment
				}).from(evaluation).where(eq(evaluation.userId, userId)),
				partners: await db.select({
					processId: partner.processId,
					name: partner.name
				}).from(partner).where(eq(partner.representativeId, userId))
			};
		},
		async erase(db, userId) {
			await db.update(surveyResponse).set({ userId: null }).where(eq(surveyResponse.userId, userId));
			await db.update(mapPin).set({ authorId: null }).where(eq(mapPin.authorId, userId));
			await db.update(evaluation).set({ userId: null }).where(eq(evaluation.userId, userId));
			await db.update(partnerSession).set({ recordedBy: null }).where(eq(partnerSession.recordedBy, userId));
			await db.update(partner).set({ representativeId: null }).where(eq(partner.representativeId, userId));
			await db.delete(commentSupport).where(eq(commentSupport.userId, userId));
		}
	},
	api: consultationsApi,
	statistics: async (db) => {
		const [c] = await db.select({ n: sql`count(*)::int` }).from(consultation);
		const [r] = await db.select({ n: sql`count(*)::int` }).from(surveyResponse);
		const [p] = await db.select({ n: sql`count(*)::int` }).from(mapPin);
		const [s] = await db.select({ n: sql`coalesce(sum(${partnerSession.participants}), 0)::int` }).from(partnerSession);
		return {
			consultations: c?.n ?? 0,
			survey_responses: r?.n ?? 0,
			map_pins: p?.n ?? 0,
			partner_session_participants: s?.n ?? 0
		};
	},
	seed: seedConsultations
};

export { publishReport as $, ANSWER_STATUSES as A, submitEvaluation as B, listPins as C, addPin as D, recordPartnerSession as E, FORMS as F, getReport as G, submitSurveyResponse as H, answersFromForm as I, checkSurveyAnswers as J, hasAnswered as K, listQuestions as L, MINIMUMS as M, saveConsultationSettings as N, submissionsForManager as O, PARTNER_KINDS as P, QUESTION_KINDS as Q, answerSubmission as R, SUBMISSION_KINDS as S, answerTheme as T, assignTheme as U, createTheme as V, listParagraphs as W, removeParagraph as X, addParagraph as Y, listPartners as Z, authorisePartner as _, surveyQuestion as a, removeQuestion as a0, moveQuestion as a1, addQuestion as a2, anonymisedSubmissions as a3, surveyAnswer as b, consultationsModule as c, submissionAnswer as d, partner as e, paragraph as f, evaluation as g, consultation as h, commentSupport as i, STAKEHOLDERS as j, AGE_BANDS as k, getConsultation as l, mapPin as m, evaluationAcross as n, listConsultations as o, partnerSession as p, listThemes as q, myPartners as r, surveyResponse as s, theme as t, listSessions as u, publicAnswers as v, commentOnParagraph as w, documentWithComments as x, supportComment as y, evaluationStatus as z };
//# sourceMappingURL=consultations.js-CWe6i0oK.js.map
