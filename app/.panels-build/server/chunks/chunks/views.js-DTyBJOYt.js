import { V as ValidationError, N as NotFoundError, U as UnauthenticatedError, F as ForbiddenError, C as ConflictError } from './errors2.js-qlgBpaJE.js';
import { p as parseInput } from './validate.js-BbCXC-0d.js';
import { r as recordAudit } from './service2.js-qqQkOHfI.js';
import { u as user } from './schema.js-Do_En6u5.js';
import { n as notify } from './service3.js-BzPHPzf0.js';
import { d as district } from './schema2.js-Sj7x0PO2.js';
import { p as processRules, c as createProcess, s as setProcessStatus } from './service4.js-B9dMCCsC.js';
import { p as process$1, b as processOfficial } from './schema4.js-DVO4fwmJ.js';
import { n as newId } from './ids.js-DjVSHxXU.js';
import { a as addComment } from './service7.js-DStGSMM8.js';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { asc, and, eq, sql, inArray, desc, isNull, isNotNull, or, lt } from 'drizzle-orm';
import { pgTable, timestamp, integer, text, boolean, jsonb, index, unique, primaryKey } from 'drizzle-orm/pg-core';
import { randomBytes, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

// src/lib/server/panels/permissions.ts
/** Panel rules, as in the city's panel regulations:
* - the officials who run the panel set it up, see the pool (audited), run the draw and answer;
* - any signed-in resident with a confirmed e-mail may volunteer and write to the panel;
* - only the panel's drawn panelists edit drafts, comment on them and vote;
* - only the monitoring panel's members publish assessments;
* - everyone reads what is public: counts, the draw, recommendations, the scorecard. */
var panelRules = {
	manage: (actor, s) => processRules.manage(actor, s.officialIds),
	viewPool: (actor, s) => processRules.manage(actor, s.officialIds),
	volunteer: (actor) => actor !== null && actor.emailVerified,
	submitIdea: (actor) => actor !== null && actor.emailVerified,
	deliberate: (actor, s) => actor !== null && s.roles.includes("panelist"),
	vote: (actor, s) => actor !== null && s.roles.includes("panelist"),
	assess: (actor, s) => actor !== null && s.roles.includes("monitor"),
	respond: (actor, s) => processRules.manage(actor, s.officialIds)
};
// src/lib/server/panels/schema.ts
/** Where a panel is in its life. */
var PANEL_STAGES = [
	"setup",
	"recruitment",
	"selection",
	"deliberation",
	"voting",
	"followup",
	"finished"
];
/** A citizens' panel: a `process` row (mechanism 'panel') plus these settings, keyed by process id. */
var panel = pgTable("panel", {
	processId: text("process_id").primaryKey().references(() => process$1.id, { onDelete: "cascade" }),
	question: text("question").notNull(),
	size: integer("size").notNull(),
	reserves: integer("reserves").notNull().default(0),
	stage: text("stage").$type().notNull().default("setup"),
	/** Volunteers may register without a letter code. */
	openRegistration: boolean("open_registration").notNull().default(false),
	/** Percentage of votes cast (support / (support + oppose [+ abstain])) needed to pass. */
	thresholdPct: integer("threshold_pct").notNull().default(80),
	/** Whether abstentions count among the votes cast. */
	abstainCounts: boolean("abstain_counts").notNull().default(true),
	/** Days after the public draw before non-selected volunteers' personal data are deleted. */
	challengeWindowDays: integer("challenge_window_days").notNull().default(30),
	/** Days between the monitoring panel's reviews. */
	monitoringIntervalDays: integer("monitoring_interval_days").notNull().default(90),
	/** Demo data: the pool is synthetic (shown in the interface). */
	synthetic: boolean("synthetic").notNull().default(false),
	/** Seed of the address lottery: committed (hash) before, published after the letters draw. */
	letterSeed: text("letter_seed"),
	letterSeedHash: text("letter_seed_hash"),
	lettersDrawnAt: timestamp("letters_drawn_at", { withTimezone: true }),
	lettersToDraw: integer("letters_to_draw"),
	poolFrozenAt: timestamp("pool_frozen_at", { withTimezone: true }),
	purgedAt: timestamp("purged_at", { withTimezone: true }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
});
/** One quota: between `min` and `max` panelists have `value` of `feature` (e.g. gender = K). */
var panelQuota = pgTable("panel_quota", {
	processId: text("process_id").notNull().references(() => process$1.id, { onDelete: "cascade" }),
	feature: text("feature").notNull(),
	value: text("value").notNull(),
	/** What volunteers see (e.g. "Kobieta"), in Polish; the value is the stable key. */
	label: text("label").notNull(),
	position: integer("position").notNull(),
	/** Share of the population (0..1) the quota was derived from, when known. */
	share: text("share"),
	/** Where the share came from: 'census' (district × sex data) or 'manual'. */
	shareSource: text("share_source").notNull().default("manual"),
	min: integer("min").notNull(),
	max: integer("max").notNull()
}, (t) => [primaryKey({ columns: [
	t.processId,
	t.feature,
	t.value
] })]);
/** Household addresses imported for the letter lottery. */
var panelAddress = pgTable("panel_address", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process$1.id, { onDelete: "cascade" }),
	/** Row number in the imported list (0-based): the lottery draws these indices. */
	rowIndex: integer("row_index").notNull(),
	street: text("street").notNull(),
	postcode: text("postcode").notNull(),
	city: text("city").notNull(),
	districtId: integer("district_id"),
	/** Order in which the address came out of the letter lottery (null: not invited). */
	drawOrder: integer("draw_order"),
	/** Registration code printed on the letter. */
	code: text("code").unique(),
	codeUsedAt: timestamp("code_used_at", { withTimezone: true })
}, (t) => [index("panel_address_process_idx").on(t.processId), unique("panel_address_row").on(t.processId, t.rowIndex)]);
var VOLUNTEER_STATUSES = [
	"registered",
	"withdrawn",
	"selected",
	"reserve",
	"not_selected",
	"dropped"
];
/** A volunteer in the pool. After the challenge window the contact columns of non-selected
* volunteers are emptied (`purgedAt`); `answers` and `rowIndex` stay: the anonymised row the
* published draw is verified against. */
var panelVolunteer = pgTable("panel_volunteer", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process$1.id, { onDelete: "cascade" }),
	userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
	addressId: text("address_id").references(() => panelAddress.id, { onDelete: "set null" }),
	/** Row of the anonymised pool published with the draw (set when the pool is frozen). */
	rowIndex: integer("row_index"),
	name: text("name"),
	email: text("email"),
	phone: text("phone"),
	/** Household key (the letter's address or a hash of the typed one): one seat per household. */
	household: text("household"),
	/** feature → value, used only for selection. */
	answers: jsonb("answers").$type().notNull(),
	availability: text("availability"),
	consentAt: timestamp("consent_at", { withTimezone: true }),
	status: text("status").$type().notNull().default("registered"),
	reserveRank: integer("reserve_rank"),
	/** Selection probability from the published distribution. */
	probability: text("probability"),
	synthetic: boolean("synthetic").notNull().default(false),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
	purgedAt: timestamp("purged_at", { withTimezone: true })
}, (t) => [index("panel_volunteer_process_idx").on(t.processId), unique("panel_volunteer_row").on(t.processId, t.rowIndex)]);
var DRAW_STATUSES = [
	"queued",
	"running",
	"ready",
	"committed",
	"drawn",
	"failed"
];
/** The selection: computed in a worker thread (progress here), then committed and drawn in public. */
var panelDraw = pgTable("panel_draw", {
	processId: text("process_id").primaryKey().references(() => process$1.id, { onDelete: "cascade" }),
	status: text("status").$type().notNull().default("queued"),
	algorithm: text("algorithm").notNull().default("leximin"),
	progress: text("progress"),
	progressPct: integer("progress_pct").notNull().default(0),
	/** Anonymised pool: one array of feature values per row, in `features` order. */
	pool: jsonb("pool").$type(),
	/** The m panels as row indices. */
	panels: jsonb("panels").$type(),
	/** Per-row selection probability (exact distribution) and from the m panels. */
	probabilities: jsonb("probabilities").$type(),
	report: jsonb("report").$type(),
	reserves: jsonb("reserves").$type(),
	seedHash: text("seed_hash"),
	/** Kept secret until the draw. */
	seed: text("seed"),
	dice: text("dice"),
	chosenIndex: integer("chosen_index"),
	error: text("error"),
	workerId: text("worker_id"),
	startedAt: timestamp("started_at", { withTimezone: true }),
	finishedAt: timestamp("finished_at", { withTimezone: true }),
	committedAt: timestamp("committed_at", { withTimezone: true }),
	drawnAt: timestamp("drawn_at", { withTimezone: true })
});
var MEMBER_ROLES = ["panelist", "monitor"];
/** Per-panel membership: panelists (drawn) and the standing monitoring panel. */
var panelMember = pgTable("panel_member", {
	processId: text("process_id").notNull().references(() => process$1.id, { onDelete: "cascade" }),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
	role: text("role").$type().notNull(),
	active: boolean("active").notNull().default(true),
	volunteerId: text("volunteer_id"),
	joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [
	t.processId,
	t.userId,
	t.role
] })]);
var SESSION_KINDS = [
	"learning",
	"deliberation",
	"drafting",
	"voting",
	"monitoring"
];
/** Panel sessions. (A shared meetings module is being built separately; until it is ready the
* panel keeps its own sessions here.) */
var panelSession = pgTable("panel_session", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process$1.id, { onDelete: "cascade" }),
	kind: text("kind").$type().notNull(),
	title: text("title").notNull(),
	startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
	place: text("place").notNull().default(""),
	description: text("description").notNull().default("")
}, (t) => [index("panel_session_process_idx").on(t.processId)]);
var MATERIAL_KINDS = [
	"video",
	"slides",
	"document"
];
var panelMaterial = pgTable("panel_material", {
	id: text("id").primaryKey(),
	sessionId: text("session_id").notNull().references(() => panelSession.id, { onDelete: "cascade" }),
	kind: text("kind").$type().notNull(),
	title: text("title").notNull(),
	speaker: text("speaker").notNull().default(""),
	url: text("url").notNull()
});
/** "Co proponujecie panelistom?" — the public's submissions that panelists read. */
var panelSubmission = pgTable("panel_submission", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process$1.id, { onDelete: "cascade" }),
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	organisation: text("organisation"),
	title: text("title").notNull(),
	body: text("body").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("panel_submission_process_idx").on(t.processId)]);
var RECOMMENDATION_STATUSES = [
	"draft",
	"in_vote",
	"passed",
	"failed"
];
var panelRecommendation = pgTable("panel_recommendation", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process$1.id, { onDelete: "cascade" }),
	number: integer("number").notNull(),
	title: text("title").notNull(),
	body: text("body").notNull(),
	status: text("status").$type().notNull().default("draft"),
	withinCityPowers: boolean("within_city_powers").notNull().default(true),
	binding: boolean("binding").notNull().default(false),
	votesFor: integer("votes_for").notNull().default(0),
	votesAgainst: integer("votes_against").notNull().default(0),
	votesAbstain: integer("votes_abstain").notNull().default(0),
	/** Optimistic concurrency for co-editing: an edit names the version it started from. */
	version: integer("version").notNull().default(1),
	updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [unique("panel_recommendation_number").on(t.processId, t.number)]);
var panelRevision = pgTable("panel_revision", {
	id: text("id").primaryKey(),
	recommendationId: text("recommendation_id").notNull().references(() => panelRecommendation.id, { onDelete: "cascade" }),
	version: integer("version").notNull(),
	title: text("title").notNull(),
	body: text("body").notNull(),
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
});
var panelVoteRound = pgTable("panel_vote_round", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process$1.id, { onDelete: "cascade" }),
	number: integer("number").notNull(),
	status: text("status").$type().notNull().default("open"),
	thresholdPct: integer("threshold_pct").notNull(),
	allowAbstain: boolean("allow_abstain").notNull().default(true),
	abstainCounts: boolean("abstain_counts").notNull().default(true),
	recommendationIds: text("recommendation_ids").array().notNull(),
	openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
	closedAt: timestamp("closed_at", { withTimezone: true })
});
var VOTE_CHOICES = [
	"support",
	"oppose",
	"abstain"
];
/** One vote per panelist per recommendation per round: a database constraint. */
var panelVote = pgTable("panel_vote", {
	roundId: text("round_id").notNull().references(() => panelVoteRound.id, { onDelete: "cascade" }),
	recommendationId: text("recommendation_id").notNull().references(() => panelRecommendation.id, { onDelete: "cascade" }),
	userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
	voterKey: text("voter_key").notNull(),
	choice: text("choice").$type().notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [
	t.roundId,
	t.recommendationId,
	t.voterKey
] })]);
var RESPONSE_STATUSES = [
	"accepted",
	"in_progress",
	"done",
	"rejected"
];
/** The city's response to a recommendation and its implementation state. */
var panelResponse = pgTable("panel_response", {
	recommendationId: text("recommendation_id").primaryKey().references(() => panelRecommendation.id, { onDelete: "cascade" }),
	response: text("response").notNull(),
	department: text("department").notNull(),
	deadline: timestamp("deadline", { withTimezone: true }),
	status: text("status").$type().notNull(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
});
var panelUpdate = pgTable("panel_update", {
	id: text("id").primaryKey(),
	recommendationId: text("recommendation_id").notNull().references(() => panelRecommendation.id, { onDelete: "cascade" }),
	status: text("status").notNull(),
	body: text("body").notNull(),
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
});
var ASSESSMENT_RATINGS = [
	"on_track",
	"at_risk",
	"off_track"
];
/** The monitoring panel's published assessment of the progress. */
var panelAssessment = pgTable("panel_assessment", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process$1.id, { onDelete: "cascade" }),
	rating: text("rating").$type().notNull(),
	body: text("body").notNull(),
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
});
// src/lib/server/panels/common.ts
/** Runs `fn` in a transaction, typed as a Db like the other modules do. */
function inTx(ctx, fn) {
	return ctx.db.transaction(async (txx) => fn(txx));
}
async function standingOf(db, actorId, processId) {
	const officials = await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId));
	const roles = actorId ? (await db.select({ role: panelMember.role }).from(panelMember).where(and(eq(panelMember.processId, processId), eq(panelMember.userId, actorId), eq(panelMember.active, true)))).map((r) => r.role) : [];
	return {
		officialIds: officials.map((o) => o.userId),
		roles
	};
}
/** A panel with its process; drafts are visible only to the officials who run them. */
async function loadPanel(db, ctx, processId) {
	const [row] = await db.select({
		panel,
		process: process$1
	}).from(panel).innerJoin(process$1, eq(process$1.id, panel.processId)).where(eq(panel.processId, processId));
	if (!row) throw new NotFoundError("Panel");
	const standing = await standingOf(db, ctx.actor?.id, processId);
	if (row.process.status === "draft" && !panelRules.manage(ctx.actor, standing)) throw new NotFoundError("Panel");
	return {
		...row,
		standing
	};
}
async function panelIdBySlug(db, slug) {
	const [row] = await db.select({ id: panel.processId }).from(panel).innerJoin(process$1, eq(process$1.id, panel.processId)).where(eq(process$1.slug, slug));
	if (!row) throw new NotFoundError("Panel");
	return row.id;
}
/** Throws 401 for anonymous visitors and 403 for everyone else the rule refuses. */
function allow(ctx, ok) {
	if (ok) return;
	if (!ctx.actor) throw new UnauthenticatedError();
	throw new ForbiddenError();
}
// src/lib/server/panels/setup.service.ts
var panelSettingsInput = z.object({
	question: z.string().trim().min(10, "question_too_short").max(1e3, "question_too_long"),
	size: z.coerce.number({ error: "size_invalid" }).int("size_invalid").min(2, "size_invalid").max(1e3, "size_invalid"),
	reserves: z.coerce.number({ error: "reserves_invalid" }).int("reserves_invalid").min(0, "reserves_invalid").max(1e3, "reserves_invalid"),
	openRegistration: z.coerce.boolean().default(false),
	thresholdPct: z.coerce.number({ error: "threshold_invalid" }).int("threshold_invalid").min(50, "threshold_invalid").max(100, "threshold_invalid").default(80),
	abstainCounts: z.coerce.boolean().default(true),
	challengeWindowDays: z.coerce.number({ error: "window_invalid" }).int("window_invalid").min(1, "window_invalid").max(365, "window_invalid").default(30),
	monitoringIntervalDays: z.coerce.number({ error: "interval_invalid" }).int("interval_invalid").min(7, "interval_invalid").max(730, "interval_invalid").default(90)
});
var newPanelInput = panelSettingsInput.extend({
	title: z.string().trim().min(5, "title_too_short").max(200, "title_too_long"),
	description: z.string().trim().min(10, "description_too_short").max(2e4)
});
/** Creates a panel: a published `process` (mechanism 'panel') and its settings, stage 'setup'. */
async function createPanel(ctx, input, opts = {}) {
	const data = parseInput(newPanelInput, input);
	const { title, description, ...settings } = data;
	const created = await createProcess(ctx, {
		mechanism: "panel",
		title,
		description,
		scopeOpen: data.question,
		scopeWhoDecides: `≥ ${data.thresholdPct}%`,
		topics: ["energy"]
	}, { publish: true });
	await inTx(ctx, async (tx) => {
		await tx.insert(panel).values({
			processId: created.id,
			...settings,
			synthetic: !!opts.synthetic,
			createdAt: ctx.now(),
			updatedAt: ctx.now()
		});
		await recordAudit(tx, ctx, {
			action: "panel.create",
			targetType: "panel",
			targetId: created.id,
			after: settings
		});
	});
	return created;
}
/** Attaches panel settings to an existing panel process (e.g. the one the platform seed made). */
async function attachPanel(ctx, processId, input, opts = {}) {
	const data = parseInput(panelSettingsInput, input);
	await inTx(ctx, async (tx) => {
		const [p] = await tx.select().from(process$1).where(eq(process$1.id, processId));
		if (!p || p.mechanism !== "panel") throw new ValidationError({ processId: "not_a_panel" });
		allow(ctx, panelRules.manage(ctx.actor, await standingOf(tx, ctx.actor?.id, processId)));
		await tx.insert(panel).values({
			processId,
			...data,
			synthetic: !!opts.synthetic,
			createdAt: ctx.now(),
			updatedAt: ctx.now()
		});
		await recordAudit(tx, ctx, {
			action: "panel.create",
			targetType: "panel",
			targetId: processId,
			after: data
		});
	});
}
async function updatePanelSettings(ctx, processId, input) {
	const data = parseInput(panelSettingsInput, input);
	await inTx(ctx, async (tx) => {
		const { panel: before, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (before.poolFrozenAt && (data.size !== before.size || data.reserves !== before.reserves)) throw new ConflictError("The pool is frozen: size and reserves can no longer change", { size: "pool_frozen" });
		await tx.update(panel).set({
			...data,
			updatedAt: ctx.now()
		}).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, {
			action: "panel.update",
			targetType: "panel",
			targetId: processId,
			before,
			after: data
		});
	});
}
var STAGE_ORDER = [
	"setup",
	"recruitment",
	"selection",
	"deliberation",
	"voting",
	"followup",
	"finished"
];
/** Moves the panel to another stage (forwards, or one step back while nothing irreversible happened). */
async function setStage(ctx, processId, stage) {
	if (!STAGE_ORDER.includes(stage)) throw new ValidationError({ stage: "invalid" });
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (stage === "recruitment") {
			if (!(await tx.select().from(panelQuota).where(eq(panelQuota.processId, processId))).length) throw new ValidationError({ stage: "quotas_required" });
		}
		if (STAGE_ORDER.indexOf(stage) > STAGE_ORDER.indexOf("selection") && STAGE_ORDER.indexOf(p.stage) <= STAGE_ORDER.indexOf("selection")) {
			const [d] = await tx.select({ status: panelDraw.status }).from(panelDraw).where(eq(panelDraw.processId, processId));
			if (d?.status !== "drawn") throw new ConflictError("Hold the public draw first", { stage: "draw_first" });
		}
		await tx.update(panel).set({
			stage,
			updatedAt: ctx.now()
		}).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, {
			action: "panel.stage",
			targetType: "panel",
			targetId: processId,
			before: { stage: p.stage },
			after: { stage }
		});
	});
	if (stage === "finished") {
		const [proc] = await ctx.db.select({ outcome: process$1.outcome }).from(process$1).where(eq(process$1.id, processId));
		if (!proc?.outcome) return;
		await setProcessStatus(ctx, processId, "closed");
	}
}
async function listQuotas(db, processId) {
	return (await db.select().from(panelQuota).where(eq(panelQuota.processId, processId)).orderBy(asc(panelQuota.position))).map((r) => ({
		feature: r.feature,
		value: r.value,
		label: r.label,
		share: r.share === null ? null : Number(r.share),
		shareSource: r.shareSource,
		min: r.min,
		max: r.max
	}));
}
/** Seats proposed for a share of the population: the floor and the ceiling of share × size. */
function seatsFor(share, size) {
	const exact = share * size;
	return {
		min: Math.floor(exact + 1e-9),
		max: Math.ceil(exact - 1e-9)
	};
}
/** Census-based proposals: gender and district from the registered-residents data (district × sex). */
async function censusShares(db, feature) {
	const rows = await db.select().from(district).orderBy(asc(district.id));
	const total = rows.reduce((s, r) => s + r.population, 0);
	if (feature === "gender") {
		const f = rows.reduce((s, r) => s + r.populationFemale, 0);
		const m = rows.reduce((s, r) => s + r.populationMale, 0);
		return [{
			value: "K",
			label: "Kobieta",
			share: f / (f + m)
		}, {
			value: "M",
			label: "Mężczyzna",
			share: m / (f + m)
		}];
	}
	return rows.map((r) => ({
		value: `D${String(r.id).padStart(2, "0")}`,
		label: `${r.roman}. ${r.name}`,
		share: r.population / total
	}));
}
var featureKey = z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, "feature_invalid");
var quotaRow = z.object({
	feature: featureKey,
	value: z.string().trim().min(1, "value_required").max(60, "value_invalid"),
	label: z.string().trim().min(1, "label_required").max(120, "label_invalid"),
	share: z.coerce.number({ error: "share_invalid" }).min(0, "share_invalid").max(1, "share_invalid").nullable().default(null),
	shareSource: z.enum(["census", "manual"]).default("manual"),
	min: z.coerce.number({ error: "min_invalid" }).int("min_invalid").min(0, "min_invalid"),
	max: z.coerce.number({ error: "max_invalid" }).int("max_invalid").min(0, "max_invalid")
}).refine((q) => q.max >= q.min, {
	message: "max_below_min",
	path: ["max"]
});
var quotasInput = z.array(quotaRow).max(400);
/** Replaces all quotas (criteria are the distinct features). Allowed until the pool is frozen. */
async function setQuotas(ctx, processId, input) {
	const rows = parseInput(quotasInput, input);
	const seen = /* @__PURE__ */ new Set();
	rows.forEach((r, i) => {
		const key = `${r.feature}\u0000${r.value}`;
		if (seen.has(key)) throw new ValidationError({ [`q${i}_value`]: "duplicate_value" });
		seen.add(key);
	});
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (p.poolFrozenAt) throw new ConflictError("The pool is frozen: quotas can no longer change");
		const before = await listQuotas(tx, processId);
		const registered = await tx.select({ n: sql`count(*)::int` }).from(panelVolunteer).where(eq(panelVolunteer.processId, processId));
		if (before.some((b) => !rows.some((r) => r.feature === b.feature && r.value === b.value)) && (registered[0]?.n ?? 0) > 0) throw new ConflictError("Volunteers have answered these criteria: values can no longer be removed", { _: "criteria_in_use" });
		await tx.delete(panelQuota).where(eq(panelQuota.processId, processId));
		if (rows.length) await tx.insert(panelQuota).values(rows.map((r, i) => ({
			processId,
			position: i,
			feature: r.feature,
			value: r.value,
			label: r.label,
			share: r.share === null ? null : String(r.share),
			shareSource: r.shareSource,
			min: r.min,
			max: r.max
		})));
		await recordAudit(tx, ctx, {
			action: "panel.quotas",
			targetType: "panel",
			targetId: processId,
			before,
			after: rows
		});
	});
}
/** Adds (or replaces) one criterion proposed from the census, or from shares typed by hand
* (one line per value: `value;label;share` with share in % or as a fraction). */
async function addCriterion(ctx, processId, input) {
	const feature = parseInput(z.object({ feature: featureKey }), { feature: input.feature }).feature;
	const { panel: p } = await loadPanel(ctx.db, ctx, processId);
	let values;
	if (input.source === "census") {
		if (feature !== "gender" && feature !== "district") throw new ValidationError({ feature: "no_census_data" });
		values = (await censusShares(ctx.db, feature)).map((v) => ({
			...v,
			shareSource: "census"
		}));
	} else {
		const lines = String(input.lines ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
		if (!lines.length) throw new ValidationError({ lines: "values_required" });
		if (lines.length > 60) throw new ValidationError({ lines: "too_many_values" });
		values = lines.map((l) => {
			const [value, label, shareText] = l.split(";").map((s) => s.trim());
			let share = null;
			if (shareText) {
				const n = Number(shareText.replace("%", "").replace(",", "."));
				if (!Number.isFinite(n) || n < 0) throw new ValidationError({ lines: "share_invalid" });
				share = shareText.includes("%") || n > 1 ? n / 100 : n;
				if (share > 1) throw new ValidationError({ lines: "share_invalid" });
			}
			if (!value) throw new ValidationError({ lines: "value_required" });
			return {
				value,
				label: label || value,
				share,
				shareSource: "manual"
			};
		});
	}
	const existing = (await listQuotas(ctx.db, processId)).filter((q) => q.feature !== feature);
	const added = values.map((v) => ({
		feature,
		...v,
		...v.share === null ? {
			min: 0,
			max: p.size
		} : seatsFor(v.share, p.size)
	}));
	await setQuotas(ctx, processId, [...existing, ...added]);
}
async function removeCriterion(ctx, processId, feature) {
	await setQuotas(ctx, processId, (await listQuotas(ctx.db, processId)).filter((q) => q.feature !== feature));
}
/** The quick, always-available feasibility check (necessary conditions; the engine's full check
* with the smallest relaxation runs with the selection): per criterion the minimums must fit in
* the panel and the maximums must fill it; when volunteers exist, each group needs enough of them. */
function quickFeasibility(size, quotas, poolCounts) {
	const notes = [];
	const features = [...new Set(quotas.map((q) => q.feature))];
	for (const f of features) {
		const qs = quotas.filter((q) => q.feature === f);
		const minSum = qs.reduce((s, q) => s + q.min, 0);
		const maxSum = qs.reduce((s, q) => s + q.max, 0);
		if (minSum > size) notes.push({
			feature: f,
			problem: "min_sum_too_high",
			detail: `${minSum} > ${size}`
		});
		if (maxSum < size) notes.push({
			feature: f,
			problem: "max_sum_too_low",
			detail: `${maxSum} < ${size}`
		});
		if (poolCounts) {
			for (const q of qs) if ((poolCounts[f]?.[q.value] ?? 0) < q.min) notes.push({
				feature: f,
				problem: "pool_short",
				detail: `${q.label}: ${poolCounts[f]?.[q.value] ?? 0} < ${q.min}`
			});
		}
	}
	return notes;
}
// src/lib/server/panels/recruitment.service.ts
/** Minimal CSV reader (RFC 4180 quotes, comma or semicolon). */
function parseCsv(text) {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
	const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
	const rows = [];
	let row = [];
	let cell = "";
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === "\"" && text[i + 1] === "\"") {
				cell += "\"";
				i++;
			} else if (c === "\"") quoted = false;
			else cell += c;
		} else if (c === "\"") quoted = true;
		else if (c === sep) {
			row.push(cell);
			cell = "";
		} else if (c === "\n" || c === "\r") {
			if (c === "\r" && text[i + 1] === "\n") i++;
			row.push(cell);
			if (row.some((x) => x.trim() !== "")) rows.push(row);
			row = [];
			cell = "";
		} else cell += c;
	}
	row.push(cell);
	if (row.some((x) => x.trim() !== "")) rows.push(row);
	return rows;
}
var MAX_ADDRESSES = 2e5;
/** Imports the household addresses (CSV with columns street, postcode, city[, district]);
* replaces an earlier import as long as no letters were drawn. */
async function importAddresses(ctx, processId, csvText) {
	const rows = parseCsv(parseInput(z.string({ error: "csv_required" }).min(1, "csv_required").max(3e7, "csv_too_large"), csvText).replace(/^\uFEFF/, ""));
	if (rows.length < 2) throw new ValidationError({ file: "csv_no_rows" });
	const header = rows[0].map((h) => h.trim().toLowerCase());
	const col = (names) => header.findIndex((h) => names.includes(h));
	const iStreet = col([
		"street",
		"ulica",
		"address",
		"adres"
	]);
	const iPost = col([
		"postcode",
		"kod",
		"kod_pocztowy",
		"postal_code"
	]);
	const iCity = col([
		"city",
		"miasto",
		"miejscowosc"
	]);
	const iDistrict = col([
		"district",
		"dzielnica",
		"district_id"
	]);
	if (iStreet < 0 || iPost < 0) throw new ValidationError({ file: "csv_columns" });
	const body = rows.slice(1);
	if (body.length > 2e5) throw new ValidationError({ file: "csv_too_large" });
	const values = body.map((r, i) => {
		const street = (r[iStreet] ?? "").trim().slice(0, 200);
		const postcode = (r[iPost] ?? "").trim().slice(0, 12);
		if (!street || !/^\d{2}-?\d{3}$/.test(postcode)) throw new ValidationError({ file: "csv_bad_row" }, `Row ${i + 2}: street and a postcode like 30-001 are required`);
		const d = iDistrict >= 0 ? Number((r[iDistrict] ?? "").replace(/^D/i, "")) : NaN;
		return {
			id: newId(),
			processId,
			rowIndex: i,
			street,
			postcode,
			city: (iCity >= 0 ? r[iCity] : "")?.trim().slice(0, 80) || "Kraków",
			districtId: Number.isInteger(d) && d >= 1 && d <= 18 ? d : null
		};
	});
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (p.lettersDrawnAt) throw new ConflictError("Letters were already drawn from the imported addresses", { file: "letters_drawn" });
		await tx.delete(panelAddress).where(eq(panelAddress.processId, processId));
		for (let i = 0; i < values.length; i += 1e3) await tx.insert(panelAddress).values(values.slice(i, i + 1e3));
		await recordAudit(tx, ctx, {
			action: "panel.addresses.import",
			targetType: "panel",
			targetId: processId,
			after: { count: values.length }
		});
	});
	return values.length;
}
/** The address lottery, reproducible by anyone from the published seed: every row index i gets
* the key SHA-256(seed + ":" + i) (hex); rows are sorted by key and the first `count` invited. */
function letterOrder(seed, n) {
	const keys = Array.from({ length: n }, (_, i) => ({
		i,
		k: createHash("sha256").update(`${seed}:${i}`).digest("hex")
	}));
	keys.sort((a, b) => a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i);
	return keys.map((x) => x.i);
}
var CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
function newCode() {
	const bytes = randomBytes(8);
	let s = "";
	for (let i = 0; i < 8; i++) s += CODE_ALPHABET[bytes[i] % 32];
	return `${s.slice(0, 4)}-${s.slice(4)}`;
}
function normaliseCode(raw) {
	const s = raw.toUpperCase().replace(/[^A-Z0-9]/g, "");
	return s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4)}` : s;
}
var letterDrawInput = z.object({
	count: z.coerce.number({ error: "count_invalid" }).int("count_invalid").min(1, "count_invalid").max(MAX_ADDRESSES, "count_invalid"),
	/** A public seed (e.g. the numbers of a public lottery); generated when empty. */
	seed: z.string().trim().max(200, "seed_invalid").optional().default("")
});
/** Draws the addresses to invite and gives each a registration code. The seed is published. */
async function drawLetters(ctx, processId, input) {
	const data = parseInput(letterDrawInput, input);
	return inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (p.lettersDrawnAt) throw new ConflictError("Letters were already drawn", { count: "letters_drawn" });
		const addresses = await tx.select({
			id: panelAddress.id,
			rowIndex: panelAddress.rowIndex
		}).from(panelAddress).where(eq(panelAddress.processId, processId)).orderBy(asc(panelAddress.rowIndex));
		if (!addresses.length) throw new ValidationError({ count: "addresses_required" });
		if (data.count > addresses.length) throw new ValidationError({ count: "count_above_addresses" });
		const seed = data.seed || randomBytes(16).toString("hex");
		const order = letterOrder(seed, addresses.length).slice(0, data.count);
		const used = /* @__PURE__ */ new Set();
		for (let j = 0; j < order.length; j++) {
			let code = newCode();
			while (used.has(code)) code = newCode();
			used.add(code);
			await tx.update(panelAddress).set({
				drawOrder: j,
				code
			}).where(eq(panelAddress.id, addresses[order[j]].id));
		}
		const seedHash = createHash("sha256").update(seed).digest("hex");
		await tx.update(panel).set({
			letterSeed: seed,
			letterSeedHash: seedHash,
			lettersDrawnAt: ctx.now(),
			lettersToDraw: data.count,
			updatedAt: ctx.now()
		}).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, {
			action: "panel.letters.draw",
			targetType: "panel",
			targetId: processId,
			after: {
				count: data.count,
				seed,
				seedHash,
				addresses: addresses.length
			}
		});
		return {
			seed,
			invited: order.length
		};
	});
}
/** The invited addresses with their codes (for printing the letters). Audited: personal data. */
async function invitedAddresses(ctx, processId) {
	const { standing } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.viewPool(ctx.actor, standing));
	const rows = await ctx.db.select().from(panelAddress).where(and(eq(panelAddress.processId, processId), isNotNull(panelAddress.drawOrder))).orderBy(asc(panelAddress.drawOrder));
	await recordAudit(ctx.db, ctx, {
		action: "panel.letters.read",
		targetType: "panel",
		targetId: processId,
		after: { count: rows.length }
	});
	return rows;
}
async function addressStats(db, processId) {
	const [row] = await db.select({
		total: sql`count(*)::int`,
		invited: sql`count(${panelAddress.drawOrder})::int`,
		used: sql`count(${panelAddress.codeUsedAt})::int`
	}).from(panelAddress).where(eq(panelAddress.processId, processId));
	return row ?? {
		total: 0,
		invited: 0,
		used: 0
	};
}
/** Checks a letter code for this panel (the code form's first step). */
async function checkCode(ctx, processId, raw) {
	const code = normaliseCode(parseInput(z.string({ error: "code_required" }).trim().min(1, "code_required").max(40, "code_invalid"), raw));
	const [a] = await ctx.db.select().from(panelAddress).where(and(eq(panelAddress.processId, processId), eq(panelAddress.code, code)));
	if (!a) throw new ValidationError({ code: "code_invalid" });
	if (a.codeUsedAt) throw new ValidationError({ code: "code_used" });
	return {
		code,
		street: a.street,
		postcode: a.postcode,
		city: a.city
	};
}
var baseRegistration = z.object({
	code: z.string().trim().max(40).optional().default(""),
	name: z.string().trim().min(2, "name_too_short").max(120, "name_too_long"),
	email: z.email({ error: "invalid_email" }).max(200),
	phone: z.string().trim().max(40).regex(/^[0-9 +()-]*$/, "phone_invalid").default(""),
	household: z.string().trim().max(200, "household_invalid").default(""),
	availability: z.string().trim().min(2, "availability_required").max(1e3, "availability_too_long"),
	consent: z.literal(true, { error: "consent_required" })
});
/** Validates a registration without saving it (the "check your answers" step). */
async function validateRegistration(ctx, processId, input) {
	if (!ctx.actor) allow(ctx, false);
	const { panel: p } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.volunteer(ctx.actor));
	if (p.stage !== "recruitment") throw new ConflictError("Registration is closed", { _: "registration_closed" });
	const quotas = await listQuotas(ctx.db, processId);
	const features = [...new Set(quotas.map((q) => q.feature))];
	const fields = {};
	const answers = {};
	for (const f of features) {
		const v = String(input[`answer_${f}`] ?? "");
		if (!quotas.some((q) => q.feature === f && q.value === v)) fields[`answer_${f}`] = "answer_required";
		else answers[f] = v;
	}
	const parsed = baseRegistration.safeParse({
		...input,
		consent: input.consent === true || input.consent === "yes" || input.consent === "on"
	});
	if (!parsed.success) for (const issue of parsed.error.issues) fields[issue.path.join(".")] ??= issue.message;
	let code = null;
	let household = parsed.success ? parsed.data.household : "";
	if (!p.openRegistration || String(input.code ?? "").trim()) try {
		const c = await checkCode(ctx, processId, input.code);
		code = c.code;
		household = `${c.street}, ${c.postcode} ${c.city}`;
	} catch (e) {
		if (e instanceof ValidationError) Object.assign(fields, e.fields);
		else throw e;
	}
	else if (!household) fields.household = "household_required";
	if (Object.keys(fields).length) throw new ValidationError(fields);
	const d = parsed.data;
	const [mine] = await ctx.db.select({ id: panelVolunteer.id }).from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), eq(panelVolunteer.userId, ctx.actor.id), isNull(panelVolunteer.withdrawnAt)));
	if (mine) throw new ConflictError("You are already registered for this panel", { _: "already_registered" });
	return {
		code,
		name: d.name,
		email: d.email,
		phone: d.phone,
		answers,
		household,
		availability: d.availability,
		consent: true
	};
}
function householdKey(processId, household) {
	return createHash("sha256").update(`${processId}:${household.toLowerCase().replace(/\s+/g, " ").trim()}`).digest("hex").slice(0, 24);
}
/** Registers the signed-in person as a volunteer (after "check your answers"). */
async function registerVolunteer(ctx, processId, input) {
	const data = await validateRegistration(ctx, processId, input);
	const id = newId();
	await inTx(ctx, async (tx) => {
		let addressId = null;
		if (data.code) {
			const claimed = await tx.update(panelAddress).set({ codeUsedAt: ctx.now() }).where(and(eq(panelAddress.processId, processId), eq(panelAddress.code, data.code), isNull(panelAddress.codeUsedAt))).returning({ id: panelAddress.id });
			if (!claimed.length) throw new ValidationError({ code: "code_used" });
			addressId = claimed[0].id;
		}
		await tx.insert(panelVolunteer).values({
			id,
			processId,
			userId: ctx.actor.id,
			addressId,
			name: data.name,
			email: data.email,
			phone: data.phone || null,
			household: householdKey(processId, data.household),
			answers: data.answers,
			availability: data.availability,
			consentAt: ctx.now(),
			createdAt: ctx.now()
		});
	});
	return id;
}
/** The signed-in person's own registration, with their selection probability once published. */
async function myRegistration(ctx, processId) {
	if (!ctx.actor) return null;
	const [v] = await ctx.db.select().from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), eq(panelVolunteer.userId, ctx.actor.id))).orderBy(asc(panelVolunteer.createdAt));
	if (!v) return null;
	return {
		id: v.id,
		status: v.status,
		rowIndex: v.rowIndex,
		probability: v.probability === null ? null : Number(v.probability),
		answers: v.answers,
		name: v.name,
		email: v.email,
		phone: v.phone,
		availability: v.availability,
		createdAt: v.createdAt,
		reserveRank: v.reserveRank
	};
}
/** Withdraws at any time. Before the pool is frozen the registration is deleted outright; after,
* the contact data are erased and only the anonymised row (needed to verify the draw) stays. */
async function withdraw(ctx, processId) {
	if (!ctx.actor) allow(ctx, false);
	await inTx(ctx, async (tx) => {
		const [v] = await tx.select().from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), eq(panelVolunteer.userId, ctx.actor.id)));
		if (!v) throw new NotFoundError("Registration");
		if (v.rowIndex === null) {
			await tx.delete(panelVolunteer).where(eq(panelVolunteer.id, v.id));
			if (v.addressId) await tx.update(panelAddress).set({ codeUsedAt: null }).where(eq(panelAddress.id, v.addressId));
		} else {
			await tx.update(panelVolunteer).set({
				status: v.status === "selected" ? "dropped" : "withdrawn",
				withdrawnAt: ctx.now(),
				userId: null,
				name: null,
				email: null,
				phone: null,
				availability: null,
				purgedAt: ctx.now()
			}).where(eq(panelVolunteer.id, v.id));
			await tx.update(panelMember).set({ active: false }).where(and(eq(panelMember.processId, processId), eq(panelMember.userId, ctx.actor.id), eq(panelMember.role, "panelist")));
		}
	});
}
/** What the public sees of the pool: counts only. */
async function publicPoolCounts(db, processId) {
	const [row] = await db.select({ registered: sql`count(*) filter (where ${panelVolunteer.status} <> 'withdrawn')::int` }).from(panelVolunteer).where(eq(panelVolunteer.processId, processId));
	return { registered: row?.registered ?? 0 };
}
/** Per criterion value: how many volunteers have it (organisers only; no names). */
async function poolComposition(db, processId) {
	const rows = await db.select({ answers: panelVolunteer.answers }).from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), sql`${panelVolunteer.status} not in ('withdrawn')`));
	const out = {};
	for (const r of rows) for (const [f, v] of Object.entries(r.answers)) (out[f] ??= {})[v] = (out[f][v] ?? 0) + 1;
	return out;
}
/** The pool with contact data, for the organisers. Every read is written to the audit log. */
async function listPool(ctx, processId, purpose) {
	const { standing } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.viewPool(ctx.actor, standing));
	const rows = await ctx.db.select().from(panelVolunteer).where(eq(panelVolunteer.processId, processId)).orderBy(asc(panelVolunteer.rowIndex), asc(panelVolunteer.createdAt));
	await recordAudit(ctx.db, ctx, {
		action: "panel.pool.read",
		targetType: "panel",
		targetId: processId,
		after: {
			purpose,
			rows: rows.length
		}
	});
	return rows;
}
// src/lib/server/panels/deliberation.service.ts
var sessionInput = z.object({
	kind: z.enum(SESSION_KINDS, { error: "kind_invalid" }),
	title: z.string().trim().min(3, "title_too_short").max(200, "title_too_long"),
	startsAt: z.coerce.date({ error: "invalid_date" }),
	place: z.string().trim().max(300).default(""),
	description: z.string().trim().max(5e3).default("")
});
async function addSession(ctx, processId, input) {
	const data = parseInput(sessionInput, input);
	return inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const id = newId();
		await tx.insert(panelSession).values({
			id,
			processId,
			...data
		});
		await recordAudit(tx, ctx, {
			action: "panel.session.add",
			targetType: "panel",
			targetId: processId,
			after: {
				id,
				...data
			}
		});
		return id;
	});
}
var safeUrl = z.string().trim().max(1e3).refine((u) => {
	try {
		const p = new URL(u).protocol;
		return p === "https:" || p === "http:";
	} catch {
		return false;
	}
}, "url_invalid");
var materialInput = z.object({
	sessionId: z.string().min(1).max(100),
	kind: z.enum(MATERIAL_KINDS, { error: "kind_invalid" }),
	title: z.string().trim().min(3, "title_too_short").max(200, "title_too_long"),
	speaker: z.string().trim().max(200).default(""),
	url: safeUrl
});
async function addMaterial(ctx, processId, input) {
	const data = parseInput(materialInput, input);
	return inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [s] = await tx.select().from(panelSession).where(and(eq(panelSession.id, data.sessionId), eq(panelSession.processId, processId)));
		if (!s) throw new ValidationError({ sessionId: "session_invalid" });
		const id = newId();
		await tx.insert(panelMaterial).values({
			id,
			...data
		});
		await recordAudit(tx, ctx, {
			action: "panel.material.add",
			targetType: "panel",
			targetId: processId,
			after: {
				id,
				...data
			}
		});
		return id;
	});
}
async function listSessions(db, processId) {
	const sessions = await db.select().from(panelSession).where(eq(panelSession.processId, processId)).orderBy(asc(panelSession.startsAt));
	const materials = sessions.length ? await db.select().from(panelMaterial).where(inArray(panelMaterial.sessionId, sessions.map((s) => s.id))) : [];
	return sessions.map((s) => ({
		...s,
		materials: materials.filter((m) => m.sessionId === s.id)
	}));
}
var submissionInput = z.object({
	title: z.string().trim().min(3, "title_too_short").max(200, "title_too_long"),
	body: z.string().trim().min(10, "body_too_short").max(5e3, "body_too_long"),
	organisation: z.string().trim().max(200).default("")
});
/** "Co proponujecie panelistom?": a resident or an organisation writes to the panel. */
async function submitToPanel(ctx, processId, input) {
	allow(ctx, panelRules.submitIdea(ctx.actor));
	const data = parseInput(submissionInput, input);
	const { panel: p } = await loadPanel(ctx.db, ctx, processId);
	if (p.stage === "followup" || p.stage === "finished") throw new ConflictError("The panel no longer takes submissions", { _: "submissions_closed" });
	const id = newId();
	await ctx.db.insert(panelSubmission).values({
		id,
		processId,
		authorId: ctx.actor.id,
		organisation: data.organisation || null,
		title: data.title,
		body: data.body,
		createdAt: ctx.now()
	});
	return id;
}
async function listSubmissions(db, processId) {
	return db.select({
		id: panelSubmission.id,
		title: panelSubmission.title,
		body: panelSubmission.body,
		organisation: panelSubmission.organisation,
		authorName: user.name,
		createdAt: panelSubmission.createdAt
	}).from(panelSubmission).leftJoin(user, eq(user.id, panelSubmission.authorId)).where(eq(panelSubmission.processId, processId)).orderBy(desc(panelSubmission.createdAt));
}
var recommendationInput = z.object({
	title: z.string().trim().min(5, "title_too_short").max(300, "title_too_long"),
	body: z.string().trim().min(10, "body_too_short").max(2e4, "body_too_long"),
	withinCityPowers: z.coerce.boolean().default(true)
});
/** Panelists (and the panel's officials, as facilitators) start a draft recommendation. */
async function createRecommendation(ctx, processId, input) {
	const data = parseInput(recommendationInput, input);
	return inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.deliberate(ctx.actor, standing) || panelRules.manage(ctx.actor, standing));
		const [{ n }] = await tx.select({ n: sql`coalesce(max(${panelRecommendation.number}), 0)::int` }).from(panelRecommendation).where(eq(panelRecommendation.processId, processId));
		const id = newId();
		await tx.insert(panelRecommendation).values({
			id,
			processId,
			number: n + 1,
			...data,
			updatedBy: ctx.actor.id,
			updatedAt: ctx.now()
		});
		await tx.insert(panelRevision).values({
			id: newId(),
			recommendationId: id,
			version: 1,
			title: data.title,
			body: data.body,
			authorId: ctx.actor.id,
			createdAt: ctx.now()
		});
		if (panelRules.manage(ctx.actor, standing)) await recordAudit(tx, ctx, {
			action: "panel.recommendation.create",
			targetType: "recommendation",
			targetId: id,
			after: data
		});
		return id;
	});
}
async function recommendationOf(db, id) {
	const [r] = await db.select().from(panelRecommendation).where(eq(panelRecommendation.id, id));
	if (!r) throw new NotFoundError("Recommendation");
	return r;
}
/** Co-editing: an edit names the version it started from; a stale edit is refused (409) so that
* nobody overwrites another panelist's change unseen. */
async function editRecommendation(ctx, id, input) {
	const data = parseInput(recommendationInput.extend({ version: z.coerce.number().int().min(1) }), input);
	await inTx(ctx, async (tx) => {
		const r = await recommendationOf(tx, id);
		const { standing } = await loadPanel(tx, ctx, r.processId);
		allow(ctx, panelRules.deliberate(ctx.actor, standing) || panelRules.manage(ctx.actor, standing));
		if (r.status !== "draft") throw new ConflictError("Only drafts can be edited", { body: "not_a_draft" });
		if (r.version !== data.version) throw new ConflictError("Someone else changed this draft: reload it and apply your change again", { body: "edit_conflict" });
		await tx.update(panelRecommendation).set({
			title: data.title,
			body: data.body,
			withinCityPowers: data.withinCityPowers,
			version: r.version + 1,
			updatedBy: ctx.actor.id,
			updatedAt: ctx.now()
		}).where(eq(panelRecommendation.id, id));
		await tx.insert(panelRevision).values({
			id: newId(),
			recommendationId: id,
			version: r.version + 1,
			title: data.title,
			body: data.body,
			authorId: ctx.actor.id,
			createdAt: ctx.now()
		});
		if (panelRules.manage(ctx.actor, standing)) await recordAudit(tx, ctx, {
			action: "panel.recommendation.edit",
			targetType: "recommendation",
			targetId: id,
			before: {
				title: r.title,
				body: r.body
			},
			after: data
		});
	});
}
/** Panelists comment on drafts (the shared comments module, target 'recommendation'). */
async function commentOnRecommendation(ctx, id, body, parentId) {
	const r = await recommendationOf(ctx.db, id);
	const { standing } = await loadPanel(ctx.db, ctx, r.processId);
	allow(ctx, panelRules.deliberate(ctx.actor, standing) || panelRules.manage(ctx.actor, standing));
	return addComment(ctx, {
		targetType: "recommendation",
		targetId: id,
		parentId: parentId ?? null,
		body
	});
}
async function listRecommendations(db, processId) {
	const recs = await db.select().from(panelRecommendation).where(eq(panelRecommendation.processId, processId)).orderBy(asc(panelRecommendation.number));
	const responses = recs.length ? await db.select().from(panelResponse).where(inArray(panelResponse.recommendationId, recs.map((r) => r.id))) : [];
	const updates = recs.length ? await db.select().from(panelUpdate).where(inArray(panelUpdate.recommendationId, recs.map((r) => r.id))).orderBy(desc(panelUpdate.createdAt)) : [];
	return recs.map((r) => ({
		...r,
		response: responses.find((x) => x.recommendationId === r.id) ?? null,
		updates: updates.filter((u) => u.recommendationId === r.id)
	}));
}
async function getRecommendation(ctx, processId, number) {
	const [r] = await ctx.db.select().from(panelRecommendation).where(and(eq(panelRecommendation.processId, processId), eq(panelRecommendation.number, number)));
	if (!r) throw new NotFoundError("Recommendation");
	const revisions = await ctx.db.select({
		version: panelRevision.version,
		title: panelRevision.title,
		authorName: user.name,
		createdAt: panelRevision.createdAt
	}).from(panelRevision).leftJoin(user, eq(user.id, panelRevision.authorId)).where(eq(panelRevision.recommendationId, r.id)).orderBy(desc(panelRevision.version));
	return {
		...r,
		revisions
	};
}
var roundInput = z.object({
	recommendationIds: z.array(z.string().min(1).max(100)).min(1, "recommendations_required").max(500),
	thresholdPct: z.coerce.number().int().min(50, "threshold_invalid").max(100, "threshold_invalid").optional(),
	allowAbstain: z.coerce.boolean().default(true)
});
/** Opens a voting round on draft recommendations (officials, as the panel's secretariat). */
async function openRound(ctx, processId, input) {
	const data = parseInput(roundInput, input);
	return inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [open] = await tx.select({ id: panelVoteRound.id }).from(panelVoteRound).where(and(eq(panelVoteRound.processId, processId), eq(panelVoteRound.status, "open")));
		if (open) throw new ConflictError("A round is already open", { _: "round_open" });
		const recs = await tx.select().from(panelRecommendation).where(and(eq(panelRecommendation.processId, processId), inArray(panelRecommendation.id, data.recommendationIds)));
		if (recs.length !== data.recommendationIds.length || recs.some((r) => r.status !== "draft")) throw new ValidationError({ recommendationIds: "recommendations_invalid" });
		const [{ n }] = await tx.select({ n: sql`count(*)::int` }).from(panelVoteRound).where(eq(panelVoteRound.processId, processId));
		const id = newId();
		const thresholdPct = data.thresholdPct ?? p.thresholdPct;
		await tx.insert(panelVoteRound).values({
			id,
			processId,
			number: n + 1,
			status: "open",
			thresholdPct,
			allowAbstain: data.allowAbstain,
			abstainCounts: p.abstainCounts,
			recommendationIds: data.recommendationIds,
			openedAt: ctx.now()
		});
		await tx.update(panelRecommendation).set({ status: "in_vote" }).where(inArray(panelRecommendation.id, data.recommendationIds));
		await tx.update(panel).set({
			stage: "voting",
			updatedAt: ctx.now()
		}).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, {
			action: "panel.round.open",
			targetType: "panel",
			targetId: processId,
			after: {
				id,
				thresholdPct,
				recommendationIds: data.recommendationIds
			}
		});
		return id;
	});
}
async function openRoundOf(db, processId) {
	const [r] = await db.select().from(panelVoteRound).where(and(eq(panelVoteRound.processId, processId), eq(panelVoteRound.status, "open")));
	return r ?? null;
}
async function listRounds(db, processId) {
	return db.select().from(panelVoteRound).where(eq(panelVoteRound.processId, processId)).orderBy(asc(panelVoteRound.number));
}
var ballotInput = z.record(z.string(), z.enum(VOTE_CHOICES, { error: "choice_invalid" }));
/** A panelist's ballot in the open round: one choice per recommendation (a choice can be changed
* while the round is open; the database holds one row per panelist and recommendation). */
async function castBallot(ctx, processId, input) {
	const choices = parseInput(ballotInput, input);
	await inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.vote(ctx.actor, standing));
		const round = await openRoundOf(tx, processId);
		if (!round) throw new ConflictError("No voting round is open", { _: "no_open_round" });
		const fields = {};
		for (const id of round.recommendationIds) {
			const c = choices[id];
			if (!c) fields[`choice_${id}`] = "choice_required";
			else if (c === "abstain" && !round.allowAbstain) fields[`choice_${id}`] = "choice_invalid";
		}
		if (Object.keys(fields).length) throw new ValidationError(fields);
		for (const id of round.recommendationIds) await tx.insert(panelVote).values({
			roundId: round.id,
			recommendationId: id,
			userId: ctx.actor.id,
			voterKey: ctx.actor.id,
			choice: choices[id],
			createdAt: ctx.now()
		}).onConflictDoUpdate({
			target: [
				panelVote.roundId,
				panelVote.recommendationId,
				panelVote.voterKey
			],
			set: {
				choice: choices[id],
				createdAt: ctx.now()
			}
		});
	});
}
async function myBallot(ctx, roundId) {
	if (!ctx.actor) return {};
	const rows = await ctx.db.select().from(panelVote).where(and(eq(panelVote.roundId, roundId), eq(panelVote.voterKey, ctx.actor.id)));
	return Object.fromEntries(rows.map((r) => [r.recommendationId, r.choice]));
}
/** Whether a recommendation passes: support as a share of the votes cast (abstentions counted
* among them unless the panel decided otherwise) reaches the threshold. */
function passes(t, thresholdPct, abstainCounts) {
	const cast = t.support + t.oppose + (abstainCounts ? t.abstain : 0);
	return cast > 0 && t.support * 100 >= thresholdPct * cast;
}
/** Closes the round: counts, marks passed/failed, and binding where within the city's powers. */
async function closeRound(ctx, processId) {
	return inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const round = await openRoundOf(tx, processId);
		if (!round) throw new ConflictError("No voting round is open", { _: "no_open_round" });
		const votes = await tx.select().from(panelVote).where(eq(panelVote.roundId, round.id));
		const result = {};
		for (const id of round.recommendationIds) {
			const t = {
				support: 0,
				oppose: 0,
				abstain: 0
			};
			for (const v of votes) if (v.recommendationId === id) t[v.choice]++;
			const ok = passes(t, round.thresholdPct, round.abstainCounts);
			result[id] = {
				...t,
				passed: ok
			};
			const [rec] = await tx.select().from(panelRecommendation).where(eq(panelRecommendation.id, id));
			await tx.update(panelRecommendation).set({
				status: ok ? "passed" : "failed",
				binding: ok && rec.withinCityPowers,
				votesFor: t.support,
				votesAgainst: t.oppose,
				votesAbstain: t.abstain
			}).where(eq(panelRecommendation.id, id));
		}
		await tx.update(panelVoteRound).set({
			status: "closed",
			closedAt: ctx.now()
		}).where(eq(panelVoteRound.id, round.id));
		await tx.update(panel).set({
			stage: "followup",
			updatedAt: ctx.now()
		}).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, {
			action: "panel.round.close",
			targetType: "panel",
			targetId: processId,
			after: result
		});
		return result;
	});
}
var responseInput = z.object({
	response: z.string().trim().min(10, "response_too_short").max(1e4, "response_too_long"),
	department: z.string().trim().min(2, "department_required").max(200),
	deadline: z.preprocess((v) => v === "" || v === null ? void 0 : v, z.coerce.date({ error: "invalid_date" }).optional()),
	status: z.enum(RESPONSE_STATUSES, { error: "status_invalid" })
}).refine((r) => r.status === "rejected" || r.status === "done" || !!r.deadline, {
	message: "deadline_required",
	path: ["deadline"]
});
/** The city's response to a voted recommendation: text, department, deadline, status. */
async function respond(ctx, recommendationId, input) {
	const data = parseInput(responseInput, input);
	await inTx(ctx, async (tx) => {
		const r = await recommendationOf(tx, recommendationId);
		const { standing } = await loadPanel(tx, ctx, r.processId);
		allow(ctx, panelRules.respond(ctx.actor, standing));
		if (r.status !== "passed" && r.status !== "failed") throw new ConflictError("Only voted recommendations get a response", { response: "not_voted" });
		const [before] = await tx.select().from(panelResponse).where(eq(panelResponse.recommendationId, recommendationId));
		const values = {
			response: data.response,
			department: data.department,
			deadline: data.deadline ?? null,
			status: data.status,
			updatedAt: ctx.now()
		};
		await tx.insert(panelResponse).values({
			recommendationId,
			...values
		}).onConflictDoUpdate({
			target: panelResponse.recommendationId,
			set: values
		});
		if (before && before.status !== data.status) await tx.insert(panelUpdate).values({
			id: newId(),
			recommendationId,
			status: data.status,
			body: data.response,
			authorId: ctx.actor.id,
			createdAt: ctx.now()
		});
		await recordAudit(tx, ctx, {
			action: "panel.response",
			targetType: "recommendation",
			targetId: recommendationId,
			before: before ?? null,
			after: values
		});
	});
}
var updateInput = z.object({
	status: z.enum(RESPONSE_STATUSES, { error: "status_invalid" }),
	body: z.string().trim().min(5, "body_too_short").max(5e3, "body_too_long")
});
/** An implementation update; it also moves the response's status. */
async function addUpdate(ctx, recommendationId, input) {
	const data = parseInput(updateInput, input);
	await inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, (await recommendationOf(tx, recommendationId)).processId);
		allow(ctx, panelRules.respond(ctx.actor, standing));
		const [resp] = await tx.select().from(panelResponse).where(eq(panelResponse.recommendationId, recommendationId));
		if (!resp) throw new ConflictError("Respond first", { body: "respond_first" });
		await tx.insert(panelUpdate).values({
			id: newId(),
			recommendationId,
			status: data.status,
			body: data.body,
			authorId: ctx.actor.id,
			createdAt: ctx.now()
		});
		await tx.update(panelResponse).set({
			status: data.status,
			updatedAt: ctx.now()
		}).where(eq(panelResponse.recommendationId, recommendationId));
		await recordAudit(tx, ctx, {
			action: "panel.update",
			targetType: "recommendation",
			targetId: recommendationId,
			before: { status: resp.status },
			after: data
		});
	});
}
/** The standing monitoring panel: officials appoint members (drawn panelists or reserves). */
async function appointMonitors(ctx, processId, userIds) {
	const ids = parseInput(z.array(z.string().min(1).max(100)).min(1, "members_required").max(200), userIds);
	await inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const eligible = await tx.select({ userId: panelVolunteer.userId }).from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), inArray(panelVolunteer.status, [
			"selected",
			"reserve",
			"not_selected"
		])));
		const ok = new Set(eligible.map((e) => e.userId));
		if (ids.some((id) => !ok.has(id))) throw new ValidationError({ members: "members_invalid" });
		for (const userId of ids) await tx.insert(panelMember).values({
			processId,
			userId,
			role: "monitor",
			active: true,
			joinedAt: ctx.now()
		}).onConflictDoUpdate({
			target: [
				panelMember.processId,
				panelMember.userId,
				panelMember.role
			],
			set: { active: true }
		});
		await recordAudit(tx, ctx, {
			action: "panel.monitors.appoint",
			targetType: "panel",
			targetId: processId,
			after: { userIds: ids }
		});
	});
}
var assessmentInput = z.object({
	rating: z.enum(ASSESSMENT_RATINGS, { error: "rating_invalid" }),
	body: z.string().trim().min(20, "assessment_too_short").max(2e4, "body_too_long")
});
/** The monitoring panel publishes its assessment of the progress. */
async function postAssessment(ctx, processId, input) {
	const data = parseInput(assessmentInput, input);
	const { standing } = await loadPanel(ctx.db, ctx, processId);
	allow(ctx, panelRules.assess(ctx.actor, standing));
	const id = newId();
	await ctx.db.insert(panelAssessment).values({
		id,
		processId,
		...data,
		authorId: ctx.actor.id,
		createdAt: ctx.now()
	});
	return id;
}
async function listAssessments(db, processId) {
	return db.select({
		id: panelAssessment.id,
		rating: panelAssessment.rating,
		body: panelAssessment.body,
		createdAt: panelAssessment.createdAt
	}).from(panelAssessment).where(eq(panelAssessment.processId, processId)).orderBy(desc(panelAssessment.createdAt));
}
async function listMembers(db, processId) {
	return db.select({
		userId: panelMember.userId,
		role: panelMember.role,
		active: panelMember.active,
		name: user.name
	}).from(panelMember).innerJoin(user, eq(user.id, panelMember.userId)).where(eq(panelMember.processId, processId)).orderBy(asc(user.name));
}
/** State of a recommendation on the public scorecard. */
function scoreState(resp, now) {
	if (!resp) return "awaiting";
	if (resp.status === "done") return "done";
	if (resp.status === "rejected") return "rejected";
	if (resp.deadline && resp.deadline < now) return "late";
	return "in_progress";
}
/** The public scorecard: how many voted recommendations are done, in progress, late, rejected. */
async function scorecard(ctx, processId) {
	await loadPanel(ctx.db, ctx, processId);
	const items = (await listRecommendations(ctx.db, processId)).filter((r) => r.status === "passed").map((r) => ({
		id: r.id,
		number: r.number,
		title: r.title,
		binding: r.binding,
		state: scoreState(r.response, ctx.now()),
		response: r.response
	}));
	const counts = {
		done: 0,
		in_progress: 0,
		late: 0,
		rejected: 0,
		awaiting: 0
	};
	for (const i of items) counts[i.state]++;
	return {
		items,
		counts,
		total: items.length
	};
}
// src/lib/server/panels/runner.ts
/** The selection runs in a worker thread (HiGHS blocks its thread for minutes): never on the
* request path. The worker is a TypeScript file run through tsx, found next to this file in the
* source tree, or, in the built server, beside the shipped district data (bin/decydujemy.js sets
* DISTRICTS_DATA_DIR to app/src/lib/server/districts/data) or from the working directory. */
function workerFile() {
	const candidates = [
		process.env.PANELS_WORKER,
		join(import.meta.dirname ?? ".", "worker/selection.worker.ts"),
		process.env.DISTRICTS_DATA_DIR ? join(process.env.DISTRICTS_DATA_DIR, "../../panels/worker/selection.worker.ts") : void 0,
		resolve(process.cwd(), "app/src/lib/server/panels/worker/selection.worker.ts"),
		resolve(process.cwd(), "src/lib/server/panels/worker/selection.worker.ts")
	].filter((p) => !!p);
	for (const c of candidates) if (existsSync(c)) return c;
	throw new Error(`Selection worker not found (looked in ${candidates.join(", ")})`);
}
/** Starts the worker thread on a job; `onMessage` receives progress, the result or the error. */
function spawnSelectionWorker(job, onMessage) {
	const file = workerFile();
	const tsxPkg = createRequire(file).resolve("tsx/package.json");
	const tsxApi = join(tsxPkg, "..", "dist/esm/api/index.mjs");
	const code = `(async () => { const api = await import(${JSON.stringify(pathToFileURL(tsxApi).href)}); api.register(); await import(${JSON.stringify(pathToFileURL(file).href)}); })().catch((e) => { require('node:worker_threads').parentPort.postMessage({ type: 'error', message: String(e && e.stack || e) }); });`;
	return new Promise((resolvePromise) => {
		const w = new Worker(code, {
			eval: true,
			workerData: job,
			resourceLimits: { maxOldGenerationSizeMb: 2048 }
		});
		let done = false;
		w.on("message", (m) => {
			if (m.type !== "progress") done = true;
			onMessage(m);
		});
		w.on("error", (e) => {
			done = true;
			onMessage({
				type: "error",
				message: String(e?.message ?? e)
			});
		});
		w.on("exit", (codeNum) => {
			if (!done) onMessage({
				type: "error",
				message: `worker exited with code ${codeNum}`
			});
			resolvePromise();
		});
	});
}
/** Runs a short job (the draw) in a worker and waits for its result. */
async function runWorker(job) {
	let out = {
		ok: false,
		message: "no result"
	};
	await spawnSelectionWorker(job, (m) => {
		if (m.type === "result") out = {
			ok: true,
			result: m.result
		};
		else if (m.type === "error") out = {
			ok: false,
			message: m.message
		};
	});
	const o = out;
	if (!o.ok) throw new Error(`Draw worker failed: ${o.message}`);
	return o.result;
}
var STALE_MS = 9e5;
/** Claims the next queued (or stale running) selection and runs it to the end. Safe with several
* app instances: the claim is one conditional UPDATE. Returns false when nothing was queued. */
async function runNextSelection(db, now = () => /* @__PURE__ */ new Date()) {
	const workerId = newId();
	const staleBefore = /* @__PURE__ */ new Date(now().getTime() - STALE_MS);
	const [candidate] = await db.select({
		processId: panelDraw.processId,
		report: panelDraw.report,
		seed: panelDraw.seed
	}).from(panelDraw).where(or(eq(panelDraw.status, "queued"), and(eq(panelDraw.status, "running"), lt(panelDraw.startedAt, staleBefore)))).limit(1);
	if (!candidate) return false;
	if (!(await db.update(panelDraw).set({
		status: "running",
		workerId,
		startedAt: now(),
		progress: "starting",
		progressPct: 1
	}).where(and(eq(panelDraw.processId, candidate.processId), or(eq(panelDraw.status, "queued"), and(eq(panelDraw.status, "running"), lt(panelDraw.startedAt, staleBefore))))).returning({ processId: panelDraw.processId })).length) return true;
	const processId = candidate.processId;
	const job = await buildJob(db, processId, Number(candidate.report?.m ?? 1e3), candidate.seed ?? "");
	if (!job.seed) throw new Error("selection job without a seed");
	let last = 0;
	const pending = [];
	await spawnSelectionWorker(job, (msg) => {
		if (msg.type === "progress") {
			if (Date.now() - last < 500 && msg.pct < 100) return;
			last = Date.now();
			pending.push(db.update(panelDraw).set({
				progress: msg.text.slice(0, 500),
				progressPct: Math.max(1, Math.min(99, Math.round(msg.pct))),
				startedAt: now()
			}).where(and(eq(panelDraw.processId, processId), eq(panelDraw.workerId, workerId))).catch(() => void 0));
		} else if (msg.type === "result") pending.push(storeSelection(db, processId, msg.result, now()));
		else pending.push(db.update(panelDraw).set({
			status: "failed",
			error: msg.message.slice(0, 4e3),
			finishedAt: now()
		}).where(and(eq(panelDraw.processId, processId), eq(panelDraw.workerId, workerId))));
	});
	await Promise.all(pending);
	return true;
}
var running = null;
/** Runs queued selections in the background (one at a time per app instance). */
function kickSelections(db) {
	if (running) return;
	running = (async () => {
		try {
			while (await runNextSelection(db));
		} catch (e) {
			console.error("[panels] selection runner:", e);
		} finally {
			running = null;
		}
	})();
}
// src/lib/server/panels/selection.service.ts
/** Closes registration and numbers the pool: row i of the anonymised pool is volunteer i. */
async function freezePool(ctx, processId) {
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (p.poolFrozenAt) throw new ConflictError("The pool is already closed");
		const vols = await tx.select({ id: panelVolunteer.id }).from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), eq(panelVolunteer.status, "registered"))).orderBy(asc(panelVolunteer.createdAt), asc(panelVolunteer.id));
		if (vols.length < p.size) throw new ValidationError({ _: "pool_too_small" }, `The pool has ${vols.length} volunteers for ${p.size} seats`);
		for (let i = 0; i < vols.length; i++) await tx.update(panelVolunteer).set({ rowIndex: i }).where(eq(panelVolunteer.id, vols[i].id));
		await tx.update(panel).set({
			poolFrozenAt: ctx.now(),
			stage: "selection",
			updatedAt: ctx.now()
		}).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, {
			action: "panel.pool.freeze",
			targetType: "panel",
			targetId: processId,
			after: { volunteers: vols.length }
		});
	});
}
async function buildJob(db, processId, m, seed = "") {
	const [p] = await db.select().from(panel).where(eq(panel.processId, processId));
	if (!p) throw new NotFoundError("Panel");
	const quotas = await listQuotas(db, processId);
	const features = [...new Set(quotas.map((q) => q.feature))];
	const values = Object.fromEntries(features.map((f) => [f, quotas.filter((q) => q.feature === f).map((q) => q.value)]));
	const pool = (await db.select({
		rowIndex: panelVolunteer.rowIndex,
		answers: panelVolunteer.answers,
		household: panelVolunteer.household
	}).from(panelVolunteer).where(eq(panelVolunteer.processId, processId)).orderBy(asc(panelVolunteer.rowIndex))).filter((v) => v.rowIndex !== null);
	const hh = /* @__PURE__ */ new Map();
	pool.forEach((v, i) => v.household && hh.set(v.household, [...hh.get(v.household) ?? [], i]));
	const groups = [...hh.values()].filter((g) => g.length > 1);
	const household = pool.map(() => -1);
	groups.forEach((g, gi) => g.forEach((i) => household[i] = gi));
	return {
		kind: "select",
		k: p.size,
		m,
		reserves: p.reserves,
		features,
		values,
		quotas,
		rows: pool.map((v) => features.map((f) => v.answers[f] ?? "")),
		household,
		seed,
		timeLimitSeconds: 3600
	};
}
var selectionInput = z.object({ m: z.coerce.number().int().min(10, "m_invalid").max(1e5, "m_invalid").default(1e3) });
/** Queues the selection (feasibility, LEXIMIN, rounding to m panels); a worker thread runs it. */
async function startSelection(ctx, processId, input = {}) {
	const { m } = parseInput(selectionInput, input);
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (!p.poolFrozenAt) throw new ConflictError("Close the registration first", { _: "pool_open" });
		const [d] = await tx.select().from(panelDraw).where(eq(panelDraw.processId, processId));
		if (d && (d.status === "committed" || d.status === "drawn" || d.status === "running" || d.status === "queued")) throw new ConflictError("The selection is already under way or done", { _: "selection_locked" });
		const job = await buildJob(tx, processId, m);
		const seed = randomBytes(16).toString("hex");
		const values = {
			status: "queued",
			algorithm: "leximin",
			progress: null,
			progressPct: 0,
			pool: {
				features: job.features,
				rows: job.rows
			},
			panels: null,
			probabilities: null,
			reserves: null,
			report: { m },
			error: null,
			workerId: null,
			startedAt: null,
			finishedAt: null,
			seed,
			seedHash: null,
			dice: null,
			chosenIndex: null,
			committedAt: null,
			drawnAt: null
		};
		if (d) await tx.update(panelDraw).set(values).where(eq(panelDraw.processId, processId));
		else await tx.insert(panelDraw).values({
			processId,
			...values
		});
		await recordAudit(tx, ctx, {
			action: "panel.selection.start",
			targetType: "panel",
			targetId: processId,
			after: {
				m,
				pool: job.rows.length
			}
		});
	});
}
/** Publishes the lottery: the anonymised pool, the m panels and SHA-256 of the secret seed
* (fixed when the lottery was computed). The seed itself is revealed at the draw. */
async function commitSeed(ctx, processId) {
	await inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [d] = await tx.select().from(panelDraw).where(eq(panelDraw.processId, processId));
		if (!d || d.status !== "ready" || !d.seedHash) throw new ConflictError("The panels are not ready", { _: "not_ready" });
		await tx.update(panelDraw).set({
			status: "committed",
			committedAt: ctx.now()
		}).where(eq(panelDraw.processId, processId));
		await recordAudit(tx, ctx, {
			action: "panel.draw.commit",
			targetType: "panel",
			targetId: processId,
			after: {
				seedHash: d.seedHash,
				lotteryHash: d.report?.lotteryHash
			}
		});
	});
}
var drawInput = z.object({ dice: z.string().trim().max(100).regex(/^[1-6 ,]*$/, "dice_invalid").default("") });
/** The public draw: the seed is revealed (and dice, if thrown), the chosen panel index computed;
* selected volunteers and reserves are told. */
async function performDraw(ctx, processId, input = {}) {
	const { dice } = parseInput(drawInput, input);
	const diceDigits = dice.replace(/[^1-6]/g, "");
	const [pre] = await ctx.db.select().from(panelDraw).where(eq(panelDraw.processId, processId));
	if (!pre || pre.status !== "committed" || !pre.seed) throw new ConflictError("Publish the commitment first", { _: "not_committed" });
	const [pp] = await ctx.db.select({ reserves: panel.reserves }).from(panel).where(eq(panel.processId, processId));
	const drawn = await runWorker({
		kind: "draw",
		published: pre.report.published,
		seed: pre.seed,
		dice: [...diceDigits].map(Number),
		reserves: pp?.reserves ?? 0
	});
	const notices = [];
	return await inTx(ctx, async (tx) => {
		const { panel: p, process: proc, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [d] = await tx.select().from(panelDraw).where(eq(panelDraw.processId, processId));
		if (!d || d.status !== "committed" || !d.seed || !d.panels || d.seed !== pre.seed) throw new ConflictError("Publish the commitment first", { _: "not_committed" });
		const chosen = drawn.index;
		const members = new Set(drawn.panel);
		const reserveRows = drawn.reserves.filter((r) => !members.has(r)).slice(0, p.reserves);
		const vols = await tx.select().from(panelVolunteer).where(eq(panelVolunteer.processId, processId));
		for (const v of vols) {
			if (v.rowIndex === null || v.status === "withdrawn") continue;
			const rank = reserveRows.indexOf(v.rowIndex);
			const status = members.has(v.rowIndex) ? "selected" : rank >= 0 ? "reserve" : "not_selected";
			await tx.update(panelVolunteer).set({
				status,
				reserveRank: rank >= 0 ? rank + 1 : null
			}).where(eq(panelVolunteer.id, v.id));
			if (status === "selected" && v.userId) await tx.insert(panelMember).values({
				processId,
				userId: v.userId,
				role: "panelist",
				active: true,
				volunteerId: v.id,
				joinedAt: ctx.now()
			}).onConflictDoUpdate({
				target: [
					panelMember.processId,
					panelMember.userId,
					panelMember.role
				],
				set: {
					active: true,
					volunteerId: v.id
				}
			});
			if (v.userId && status !== "not_selected") notices.push({
				userId: v.userId,
				kind: status
			});
			else if (v.userId) notices.push({
				userId: v.userId,
				kind: "not_selected"
			});
		}
		await tx.update(panelDraw).set({
			status: "drawn",
			dice: diceDigits || null,
			chosenIndex: chosen,
			reserves: reserveRows,
			drawnAt: ctx.now()
		}).where(eq(panelDraw.processId, processId));
		await tx.update(panel).set({
			stage: "deliberation",
			updatedAt: ctx.now()
		}).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, {
			action: "panel.draw",
			targetType: "panel",
			targetId: processId,
			after: {
				seed: d.seed,
				dice: diceDigits,
				chosen,
				m: d.panels.length
			}
		});
		for (const n of notices) {
			const subject = n.kind === "selected" ? "Decydujemy: zostałeś wylosowany do panelu / you were selected" : n.kind === "reserve" ? "Decydujemy: jesteś na liście rezerwowej / you are on the reserve list" : "Decydujemy: wyniki losowania panelu / panel draw results";
			await notify(tx, n.userId, `panel_${n.kind}`, {
				processId,
				title: proc.title,
				slug: proc.slug
			}, {
				subject,
				text: `${proc.title}\n\n${subject}\n`
			}, ctx.now());
		}
		return {
			chosen,
			members: [...members],
			reserves: reserveRows,
			seed: d.seed
		};
	});
}
/** Seat counts of a set of rows against the quotas (is every quota still met?). */
function quotaViolations(rows, features, quotas, chosen) {
	const out = [];
	for (const q of quotas) {
		const f = features.indexOf(q.feature);
		const n = chosen.filter((r) => rows[r]?.[f] === q.value).length;
		if (n < q.min || n > q.max) out.push(`${q.feature}=${q.value}: ${n} ∉ [${q.min}, ${q.max}]`);
	}
	return out;
}
/** A selected panelist drops out: the first reserve (in the published reserve order) whose
* arrival keeps every quota is invited instead; if none fits, the first whose profile matches
* the drop-out's on the most criteria. */
async function replaceDropout(ctx, processId, volunteerId) {
	return inTx(ctx, async (tx) => {
		const { standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		const [d] = await tx.select().from(panelDraw).where(eq(panelDraw.processId, processId));
		if (!d || d.status !== "drawn" || !d.pool) throw new ConflictError("No draw yet");
		const vols = await tx.select().from(panelVolunteer).where(eq(panelVolunteer.processId, processId));
		const out = vols.find((v) => v.id === volunteerId);
		if (!out || out.status !== "selected" && out.status !== "dropped") throw new ValidationError({ volunteerId: "not_a_panelist" });
		const quotas = await listQuotas(tx, processId);
		const current = vols.filter((v) => v.status === "selected" && v.id !== volunteerId && v.rowIndex !== null).map((v) => v.rowIndex);
		const reserves = vols.filter((v) => v.status === "reserve" && v.rowIndex !== null).sort((a, b) => (a.reserveRank ?? 0) - (b.reserveRank ?? 0));
		if (!reserves.length) throw new ConflictError("The reserve list is empty", { _: "no_reserves" });
		const fits = reserves.find((r) => quotaViolations(d.pool.rows, d.pool.features, quotas, [...current, r.rowIndex]).length === 0);
		const score = (r) => d.pool.features.filter((_, f) => d.pool.rows[r.rowIndex][f] === d.pool.rows[out.rowIndex][f]).length;
		const pick = fits ?? [...reserves].sort((a, b) => score(b) - score(a))[0];
		await tx.update(panelVolunteer).set({ status: "dropped" }).where(eq(panelVolunteer.id, out.id));
		if (out.userId) await tx.update(panelMember).set({ active: false }).where(and(eq(panelMember.processId, processId), eq(panelMember.userId, out.userId), eq(panelMember.role, "panelist")));
		await tx.update(panelVolunteer).set({
			status: "selected",
			reserveRank: null
		}).where(eq(panelVolunteer.id, pick.id));
		if (pick.userId) {
			await tx.insert(panelMember).values({
				processId,
				userId: pick.userId,
				role: "panelist",
				active: true,
				volunteerId: pick.id,
				joinedAt: ctx.now()
			}).onConflictDoUpdate({
				target: [
					panelMember.processId,
					panelMember.userId,
					panelMember.role
				],
				set: { active: true }
			});
			await notify(tx, pick.userId, "panel_selected", { processId }, {
				subject: "Decydujemy: zapraszamy do panelu / you are invited to the panel",
				text: "Zwolniło się miejsce w panelu: zapraszamy. A seat became free: you are invited.\n"
			}, ctx.now());
		}
		const violations = quotaViolations(d.pool.rows, d.pool.features, quotas, [...current, pick.rowIndex]);
		await recordAudit(tx, ctx, {
			action: "panel.replace",
			targetType: "panel",
			targetId: processId,
			after: {
				out: out.rowIndex,
				in: pick.rowIndex,
				quotasHold: violations.length === 0,
				violations
			}
		});
		return {
			replacementRow: pick.rowIndex,
			quotasHold: violations.length === 0,
			violations
		};
	});
}
/** Everything the public draw page and /api/v1/panels/{id}/draw publish. */
async function publicDraw(ctx, processId) {
	await loadPanel(ctx.db, ctx, processId);
	const [d] = await ctx.db.select().from(panelDraw).where(eq(panelDraw.processId, processId));
	if (!d) return null;
	const published = d.status === "committed" || d.status === "drawn";
	return {
		status: d.status,
		progress: d.progress,
		progressPct: d.progressPct,
		error: d.status === "failed" ? d.error : null,
		algorithm: d.algorithm,
		report: d.report ? Object.fromEntries(Object.entries(d.report).filter(([k]) => k !== "published" && k !== "lotteryProbabilities")) : null,
		startedAt: d.startedAt,
		finishedAt: d.finishedAt,
		seedCommitment: published ? d.seedHash : null,
		committedAt: d.committedAt,
		seed: d.status === "drawn" ? d.seed : null,
		dice: d.status === "drawn" ? d.dice : null,
		drawnAt: d.drawnAt,
		chosenIndex: d.status === "drawn" ? d.chosenIndex : null,
		m: d.panels?.length ?? null,
		panels: published || d.status === "ready" ? d.panels : null,
		pool: published || d.status === "ready" ? d.pool : null,
		probabilities: d.probabilities,
		lotteryProbabilities: d.report?.lotteryProbabilities ?? null,
		published: published ? d.report?.published ?? null : null,
		reserves: d.status === "drawn" ? d.reserves : null
	};
}
/** The organisers' view of the selection job (progress, errors). */
async function drawStatus(db, processId) {
	const [d] = await db.select({
		status: panelDraw.status,
		progress: panelDraw.progress,
		progressPct: panelDraw.progressPct,
		error: panelDraw.error,
		report: panelDraw.report
	}).from(panelDraw).where(eq(panelDraw.processId, processId));
	return d ?? null;
}
/** Stores a finished selection (called by the runner with the worker's result). */
async function storeSelection(db, processId, result, now) {
	await db.transaction(async (txx) => {
		const tx = txx;
		await tx.update(panelDraw).set({
			status: "ready",
			panels: result.panels,
			probabilities: result.probabilities,
			seedHash: result.seedCommitment,
			report: {
				...result.report,
				published: result.published,
				lotteryProbabilities: result.lotteryProbabilities
			},
			progress: "done",
			progressPct: 100,
			finishedAt: now
		}).where(eq(panelDraw.processId, processId));
		const vols = await tx.select({
			id: panelVolunteer.id,
			rowIndex: panelVolunteer.rowIndex
		}).from(panelVolunteer).where(and(eq(panelVolunteer.processId, processId), sql`${panelVolunteer.rowIndex} is not null`));
		for (const v of vols) await tx.update(panelVolunteer).set({ probability: String(result.probabilities[v.rowIndex] ?? 0) }).where(eq(panelVolunteer.id, v.id));
	});
}
// src/lib/server/panels/views.ts
/** What every panel page shows: the panel, its criteria, counts, and who the visitor is in it. */
async function panelView(ctx, slug) {
	const id = await panelIdBySlug(ctx.db, slug);
	const { panel: p, process: proc, standing } = await loadPanel(ctx.db, ctx, id);
	const quotas = await listQuotas(ctx.db, id);
	const [draw] = await ctx.db.select({ status: panelDraw.status }).from(panelDraw).where(eq(panelDraw.processId, id));
	return {
		id,
		slug: proc.slug,
		title: proc.title,
		description: proc.description,
		processStatus: proc.status,
		question: p.question,
		size: p.size,
		reserves: p.reserves,
		stage: p.stage,
		openRegistration: p.openRegistration,
		thresholdPct: p.thresholdPct,
		abstainCounts: p.abstainCounts,
		challengeWindowDays: p.challengeWindowDays,
		monitoringIntervalDays: p.monitoringIntervalDays,
		synthetic: p.synthetic,
		letterSeed: p.letterSeed,
		letterSeedHash: p.letterSeedHash,
		lettersDrawnAt: p.lettersDrawnAt,
		poolFrozenAt: p.poolFrozenAt,
		purgedAt: p.purgedAt,
		quotas,
		features: [...new Set(quotas.map((q) => q.feature))],
		counts: await publicPoolCounts(ctx.db, id),
		drawStatus: draw?.status ?? null,
		mine: await myRegistration(ctx, id),
		canManage: panelRules.manage(ctx.actor, standing),
		isPanelist: panelRules.deliberate(ctx.actor, standing),
		isMonitor: panelRules.assess(ctx.actor, standing)
	};
}
/** Public list of panels (published or closed processes), newest first. */
async function listPanels(db, opts = {}) {
	const rows = await db.select({
		id: panel.processId,
		slug: process$1.slug,
		title: process$1.title,
		status: process$1.status,
		question: panel.question,
		size: panel.size,
		reserves: panel.reserves,
		stage: panel.stage,
		synthetic: panel.synthetic,
		thresholdPct: panel.thresholdPct,
		createdAt: process$1.createdAt
	}).from(panel).innerJoin(process$1, eq(process$1.id, panel.processId)).where(opts.ids ? inArray(panel.processId, opts.ids.length ? opts.ids : ["-"]) : void 0).orderBy(desc(process$1.createdAt));
	return opts.includeDrafts ? rows : rows.filter((r) => r.status !== "draft");
}

export { listMembers as $, VOLUNTEER_STATUSES as A, RECOMMENDATION_STATUSES as B, MATERIAL_KINDS as C, DRAW_STATUSES as D, ASSESSMENT_RATINGS as E, kickSelections as F, panelView as G, listPanels as H, poolComposition as I, quickFeasibility as J, setStage as K, removeCriterion as L, MEMBER_ROLES as M, addCriterion as N, listQuotas as O, PANEL_STAGES as P, updatePanelSettings as Q, RESPONSE_STATUSES as R, SESSION_KINDS as S, panelIdBySlug as T, listRounds as U, VOTE_CHOICES as V, openRoundOf as W, listRecommendations as X, listSessions as Y, closeRound as Z, openRound as _, panelVote as a, appointMonitors as a0, addUpdate as a1, respond as a2, listPool as a3, replaceDropout as a4, addressStats as a5, publicDraw as a6, drawStatus as a7, performDraw as a8, commitSeed as a9, startSelection as aa, freezePool as ab, listSubmissions as ac, withdraw as ad, submitToPanel as ae, getRecommendation as af, commentOnRecommendation as ag, editRecommendation as ah, listAssessments as ai, scorecard as aj, postAssessment as ak, checkCode as al, registerVolunteer as am, validateRegistration as an, myBallot as ao, castBallot as ap, createRecommendation as aq, publicPoolCounts as ar, invitedAddresses as as, panelSubmission as b, panelMember as c, panelDraw as d, panel as e, panelRules as f, attachPanel as g, createPanel as h, parseCsv as i, censusShares as j, importAddresses as k, drawLetters as l, addSession as m, addMaterial as n, panelRecommendation as o, panelVolunteer as p, panelRevision as q, panelResponse as r, setQuotas as s, panelUpdate as t, panelVoteRound as u, panelAssessment as v, panelSession as w, panelQuota as x, panelMaterial as y, panelAddress as z };
//# sourceMappingURL=views.js-DTyBJOYt.js.map
