import { U as UnauthenticatedError, F as ForbiddenError, C as ConflictError, N as NotFoundError, V as ValidationError } from './errors2.js-qlgBpaJE.js';
import { p as parseInput } from './validate.js-BbCXC-0d.js';
import { r as recordAudit } from './service2.js-qqQkOHfI.js';
import { u as user } from './schema.js-Do_En6u5.js';
import { d as district } from './schema2.js-Sj7x0PO2.js';
import { c as createProcess } from './service4.js-B9dMCCsC.js';
import { p as process, b as processOfficial } from './schema4.js-DVO4fwmJ.js';
import { n as newId } from './ids.js-DjVSHxXU.js';
import { f as findDistrictAt } from './service6.js-3cKmcDH6.js';
import { z } from 'zod';
import { eq, and, asc, sql, desc, inArray, isNotNull } from 'drizzle-orm';
import { pgTable, boolean, timestamp, integer, text, jsonb, bigint, doublePrecision, index, unique, primaryKey, customType } from 'drizzle-orm/pg-core';
import { randomBytes } from 'node:crypto';

// src/lib/server/budgets/permissions.ts
/** Participatory-budget rules, as the city's regulations put them.
* - Officials assigned to the edition (and admins) configure it, verify projects, decide appeals,
*   enter paper ballots, close voting and report on implementation.
* - A signed-in resident with a confirmed e-mail submits projects, signs support lists, appeals
*   against a decision on their own project, votes and volunteers.
* - Only the author (or a co-author) edits a draft or corrects a project after verification. */
var budgetRules = {
	manage: (actor, officialIds) => actor?.role === "admin" || actor?.role === "official" && officialIds.includes(actor.id),
	submit: (actor) => actor !== null && actor.emailVerified,
	editProject: (actor, authorIds) => actor !== null && authorIds.includes(actor.id),
	support: (actor) => actor !== null && actor.emailVerified,
	appeal: (actor, authorIds) => actor !== null && authorIds.includes(actor.id),
	vote: (actor) => actor !== null && actor.emailVerified,
	volunteer: (actor) => actor !== null && actor.emailVerified
};
// src/lib/server/budgets/schema.ts
/** Ballot kinds an edition can use (each maps to a Pabulib vote type). */
var BALLOT_KINDS = [
	"krakow",
	"approval",
	"approval_budget",
	"cumulative"
];
/** How the green budget is reserved: a separate pool, or a guaranteed share of each pool. */
var GREEN_MODES = [
	"pool",
	"share",
	"none"
];
var POOL_KINDS = [
	"citywide",
	"district",
	"green"
];
/** Counting rules offered to officials (names of packages/pb). */
var POOL_RULES = [
	"greedy",
	"mes-add1",
	"mes-add1-comparison"
];
var PROJECT_STATUSES = [
	"draft",
	"submitted",
	"rejected",
	"accepted",
	"withdrawn"
];
var CLIMATE_CATEGORIES = [
	"trees_greenery",
	"unsealing_water",
	"energy",
	"mobility",
	"heat",
	"waste",
	"education"
];
var IMPL_STATUSES = [
	"planned",
	"design",
	"in_progress",
	"done",
	"cancelled"
];
var bytea = customType({
	dataType: () => "bytea",
	fromDriver: (v) => Buffer.isBuffer(v) ? v : Buffer.from(v)
});
/** An edition of the participatory budget: a `process` row (mechanism 'budget') plus this. */
var budgetEdition = pgTable("budget_edition", {
	processId: text("process_id").primaryKey().references(() => process.id, { onDelete: "cascade" }),
	year: integer("year").notNull(),
	ballotKind: text("ballot_kind").$type().notNull().default("krakow"),
	/** approval: max projects per pool; krakow: ranked choices per pool (3). */
	maxChoices: integer("max_choices").notNull().default(3),
	/** cumulative: points each voter spreads per pool. */
	cumulativePoints: integer("cumulative_points").notNull().default(10),
	greenMode: text("green_mode").$type().notNull().default("pool"),
	/** share mode: % of each pool guaranteed to climate projects. */
	greenSharePercent: integer("green_share_percent").notNull().default(0),
	minAge: integer("min_age").notNull().default(0),
	supportRequired: integer("support_required").notNull().default(0),
	appealDays: integer("appeal_days").notNull().default(7),
	submissionOpensAt: timestamp("submission_opens_at", { withTimezone: true }).notNull(),
	supportOpensAt: timestamp("support_opens_at", { withTimezone: true }).notNull(),
	verificationOpensAt: timestamp("verification_opens_at", { withTimezone: true }).notNull(),
	appealsOpensAt: timestamp("appeals_opens_at", { withTimezone: true }).notNull(),
	votingOpensAt: timestamp("voting_opens_at", { withTimezone: true }).notNull(),
	votingClosesAt: timestamp("voting_closes_at", { withTimezone: true }).notNull(),
	implementationOpensAt: timestamp("implementation_opens_at", { withTimezone: true }).notNull(),
	/** Set when the results were counted (after voting closed). */
	countedAt: timestamp("counted_at", { withTimezone: true }),
	/** Imported from Pabulib files (a past edition): read-only. */
	historical: boolean("historical").notNull().default(false)
});
var budgetPool = pgTable("budget_pool", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	kind: text("kind").$type().notNull(),
	districtId: integer("district_id"),
	name: text("name").notNull(),
	amount: bigint("amount", { mode: "number" }).notNull(),
	minCost: bigint("min_cost", { mode: "number" }).notNull().default(0),
	maxCost: bigint("max_cost", { mode: "number" }).notNull(),
	rule: text("rule").notNull().default("greedy"),
	position: integer("position").notNull().default(0),
	/** Imported pools keep their Pabulib file (the compact form of their ballots). */
	pabulib: text("pabulib")
}, (t) => [index("budget_pool_process_idx").on(t.processId)]);
var budgetProject = pgTable("budget_project", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	poolId: text("pool_id").notNull().references(() => budgetPool.id, { onDelete: "cascade" }),
	/** Pabulib project_id for imported projects; ballot number for new ones. */
	code: text("code").notNull(),
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	title: text("title").notNull(),
	description: text("description").notNull().default(""),
	districtId: integer("district_id"),
	lat: doublePrecision("lat"),
	lng: doublePrecision("lng"),
	/** Optional area as a list of [lng, lat] points. */
	area: jsonb("area").$type(),
	costItems: jsonb("cost_items").$type().notNull().default([]),
	cost: bigint("cost", { mode: "number" }).notNull(),
	/** Cost corrected by the verifying official (replaces `cost` when set). */
	correctedCost: bigint("corrected_cost", { mode: "number" }),
	climateCategory: text("climate_category"),
	climateEffect: jsonb("climate_effect").$type(),
	status: text("status").$type().notNull().default("draft"),
	/** Imported: the votes/score in the file. */
	importedVotes: integer("imported_votes"),
	importedScore: integer("imported_score"),
	implStatus: text("impl_status"),
	implProgress: integer("impl_progress"),
	implDepartment: text("impl_department"),
	volunteersWanted: text("volunteers_wanted"),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	submittedAt: timestamp("submitted_at", { withTimezone: true }),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [
	index("budget_project_process_idx").on(t.processId),
	index("budget_project_pool_idx").on(t.poolId),
	index("budget_project_author_idx").on(t.authorId),
	unique("budget_project_code").on(t.processId, t.code)
]);
var budgetCoauthor = pgTable("budget_coauthor", {
	projectId: text("project_id").notNull().references(() => budgetProject.id, { onDelete: "cascade" }),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" })
}, (t) => [primaryKey({ columns: [t.projectId, t.userId] })]);
/** Support signatures (one per person per project). */
var budgetSupport = pgTable("budget_support", {
	projectId: text("project_id").notNull().references(() => budgetProject.id, { onDelete: "cascade" }),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.projectId, t.userId] })]);
/** Formal and merit checks by officials; public on the project page. */
var budgetVerification = pgTable("budget_verification", {
	id: text("id").primaryKey(),
	projectId: text("project_id").notNull().references(() => budgetProject.id, { onDelete: "cascade" }),
	stage: text("stage").$type().notNull(),
	positive: boolean("positive").notNull(),
	justification: text("justification").notNull(),
	correctedCost: bigint("corrected_cost", { mode: "number" }),
	decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
	decidedAt: timestamp("decided_at", { withTimezone: true }).notNull()
}, (t) => [index("budget_verification_project_idx").on(t.projectId)]);
var budgetAppeal = pgTable("budget_appeal", {
	id: text("id").primaryKey(),
	projectId: text("project_id").notNull().references(() => budgetProject.id, { onDelete: "cascade" }),
	verificationId: text("verification_id").notNull().references(() => budgetVerification.id, { onDelete: "cascade" }),
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	body: text("body").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
	accepted: boolean("accepted"),
	decision: text("decision"),
	decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
	decidedAt: timestamp("decided_at", { withTimezone: true })
}, (t) => [unique("budget_appeal_once").on(t.verificationId)]);
/** Photos of projects and of implementation updates (bytea, size/type limited by the service). */
var budgetPhoto = pgTable("budget_photo", {
	id: text("id").primaryKey(),
	projectId: text("project_id").notNull().references(() => budgetProject.id, { onDelete: "cascade" }),
	updateId: text("update_id"),
	mime: text("mime").notNull(),
	bytes: bytea("bytes").notNull(),
	alt: text("alt").notNull(),
	uploadedBy: text("uploaded_by").references(() => user.id, { onDelete: "set null" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull()
}, (t) => [index("budget_photo_project_idx").on(t.projectId)]);
/** Who voted in an edition (never what). One row per person: the UNIQUE constraint is the rule. */
var budgetParticipation = pgTable("budget_participation", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
	residenceDeclaredAt: timestamp("residence_declared_at", { withTimezone: true }).notNull()
}, (t) => [unique("budget_participation_one_per_person").on(t.processId, t.userId)]);
/** Ballots, without the voter's identity and without a timestamp (so they cannot be matched
* with the participation rows). `receipt` lets the voter check their ballot was counted. */
var budgetBallot = pgTable("budget_ballot", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	receipt: text("receipt").notNull().unique(),
	channel: text("channel").$type().notNull().default("online")
}, (t) => [index("budget_ballot_process_idx").on(t.processId)]);
var budgetBallotChoice = pgTable("budget_ballot_choice", {
	ballotId: text("ballot_id").notNull().references(() => budgetBallot.id, { onDelete: "cascade" }),
	poolId: text("pool_id").notNull(),
	projectId: text("project_id").notNull(),
	position: integer("position").notNull(),
	points: integer("points").notNull()
}, (t) => [primaryKey({ columns: [t.ballotId, t.projectId] }), index("budget_choice_pool_idx").on(t.poolId)]);
/** Paper ballots: typed in twice by two different officials; counted only when both match. */
var budgetPaperEntry = pgTable("budget_paper_entry", {
	id: text("id").primaryKey(),
	processId: text("process_id").notNull().references(() => process.id, { onDelete: "cascade" }),
	/** The number printed on the paper ballot. */
	paperNumber: text("paper_number").notNull(),
	/** JSON of the choices as typed. */
	choices: jsonb("choices").$type().notNull(),
	enteredBy: text("entered_by").references(() => user.id, { onDelete: "set null" }),
	enteredAt: timestamp("entered_at", { withTimezone: true }).notNull(),
	/** Set on both entries once they matched and the ballot was stored. */
	ballotId: text("ballot_id")
}, (t) => [unique("budget_paper_once_per_official").on(t.processId, t.paperNumber, t.enteredBy), index("budget_paper_process_idx").on(t.processId, t.paperNumber)]);
/** The counted result of a pool (stored when voting closes or on import). */
var budgetResult = pgTable("budget_result", {
	poolId: text("pool_id").notNull().references(() => budgetPool.id, { onDelete: "cascade" }),
	rule: text("rule").notNull(),
	/** True for the pool's own rule (the official result); false for comparisons. */
	official: boolean("official").notNull(),
	selected: jsonb("selected").$type().notNull(),
	cost: bigint("cost", { mode: "number" }).notNull(),
	voters: integer("voters").notNull(),
	/** Per project (by id): score, decision, explanation texts. */
	explanations: jsonb("explanations").$type().notNull(),
	metrics: jsonb("metrics").$type().notNull(),
	countedAt: timestamp("counted_at", { withTimezone: true }).notNull()
}, (t) => [primaryKey({ columns: [t.poolId, t.rule] })]);
var budgetUpdate = pgTable("budget_update", {
	id: text("id").primaryKey(),
	projectId: text("project_id").notNull().references(() => budgetProject.id, { onDelete: "cascade" }),
	body: text("body").notNull(),
	status: text("status").notNull(),
	progress: integer("progress").notNull(),
	authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull()
}, (t) => [index("budget_update_project_idx").on(t.projectId)]);
var budgetVolunteer = pgTable("budget_volunteer", {
	projectId: text("project_id").notNull().references(() => budgetProject.id, { onDelete: "cascade" }),
	userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
	note: text("note").notNull().default(""),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull()
}, (t) => [primaryKey({ columns: [t.projectId, t.userId] })]);
// ../packages/pb/src/rational.ts
/**
* Exact non-negative-or-negative fractions over BigInt.
*
* Every decision of the counting rules (who can afford what, which project is cheaper per
* supporter) is taken on these values, never on floating point, so results agree with
* pabutools' `fractions.Fraction` mode bit for bit.
*/
var Rational = class Rational {
	/** Always in lowest terms, `den > 0`. */
	num;
	den;
	constructor(num, den) {
		this.num = num;
		this.den = den;
	}
	static ZERO = new Rational(0n, 1n);
	static ONE = new Rational(1n, 1n);
	static of(num, den = 1n) {
		let n = BigInt(num);
		let d = BigInt(den);
		if (d === 0n) throw new RangeError("Rational: division by zero");
		if (d < 0n) {
			n = -n;
			d = -d;
		}
		if (d === 1n) return new Rational(n, 1n);
		const g = gcd$1(n < 0n ? -n : n, d);
		return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
	}
	/** Parses "12", "-3.25", "1e3" is refused (Pabulib uses plain decimals). */
	static parse(text) {
		const m = /^\s*(-?)(\d*)(?:[.,](\d*))?\s*$/.exec(text);
		if (!m || m[2] === "" && (m[3] ?? "") === "") return null;
		const frac = m[3] ?? "";
		const n = BigInt((m[2] || "0") + frac) * (m[1] === "-" ? -1n : 1n);
		return Rational.of(n, 10n ** BigInt(frac.length));
	}
	add(o) {
		if (this.den === o.den) return Rational.of(this.num + o.num, this.den);
		return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
	}
	sub(o) {
		if (this.den === o.den) return Rational.of(this.num - o.num, this.den);
		return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
	}
	mul(o) {
		return Rational.of(this.num * o.num, this.den * o.den);
	}
	mulInt(k) {
		return Rational.of(this.num * k, this.den);
	}
	div(o) {
		return Rational.of(this.num * o.den, this.den * o.num);
	}
	divInt(k) {
		return Rational.of(this.num, this.den * k);
	}
	cmp(o) {
		const l = this.num * o.den;
		const r = o.num * this.den;
		return l < r ? -1 : l > r ? 1 : 0;
	}
	eq(o) {
		return this.num === o.num && this.den === o.den;
	}
	lt(o) {
		return this.cmp(o) < 0;
	}
	lte(o) {
		return this.cmp(o) <= 0;
	}
	isZero() {
		return this.num === 0n;
	}
	min(o) {
		return this.cmp(o) <= 0 ? this : o;
	}
	floor() {
		const q = this.num / this.den;
		return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
	}
	/** For display only: never use the result in a decision. */
	toNumber() {
		return Number(this.num) / Number(this.den);
	}
	toString() {
		return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
	}
	/** Decimal text with `digits` digits after the point, rounded half up (display only). */
	toFixed(digits) {
		const scale = 10n ** BigInt(digits);
		const neg = this.num < 0n;
		const scaled = ((neg ? -this.num : this.num) * scale * 2n + this.den) / (this.den * 2n);
		const int = scaled / scale;
		const frac = (scaled % scale).toString().padStart(digits, "0");
		return `${neg && scaled !== 0n ? "-" : ""}${int}${digits > 0 ? "." + frac : ""}`;
	}
};
function gcd$1(a, b) {
	while (b !== 0n) {
		const t = a % b;
		a = b;
		b = t;
	}
	return a;
}
// ../packages/pb/src/model.ts
var VOTE_TYPES = [
	"approval",
	"ordinal",
	"cumulative",
	"scoring",
	"choose-1"
];
/** Formats minor units back to the file's currency amount ("1234.5" → "1234.50" kept exact). */
function formatMoney(minor, scale) {
	if (scale === 1n) return minor.toString();
	const neg = minor < 0n;
	const abs = neg ? -minor : minor;
	const digits = scale.toString().length - 1;
	const int = abs / scale;
	let frac = (abs % scale).toString().padStart(digits, "0").replace(/0+$/, "");
	return `${neg ? "-" : ""}${int}${frac ? "." + frac : ""}`;
}
/** Money for human text: 1 234 567 PLN style grouping, decimals only when present. */
function displayMoney(minor, scale) {
	const [int, frac] = formatMoney(minor, scale).split(".");
	const grouped = (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, "\xA0");
	return frac ? `${grouped}.${frac}` : grouped;
}
/** Category labels of a project (the `category` column is a comma-separated list). */
function projectCategories(p) {
	const raw = p.fields["category"];
	if (!raw) return [];
	return raw.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
}
// ../packages/pb/src/ballot.ts
function intMeta(meta, key) {
	const v = meta[key];
	if (v === void 0 || v.trim() === "") return void 0;
	const n = Number(v.replace(",", "."));
	return Number.isFinite(n) ? n : void 0;
}
function moneyMeta(meta, key, scale) {
	const v = meta[key];
	if (v === void 0 || v.trim() === "") return void 0;
	return parseMoney(v, scale) ?? void 0;
}
/** Exact minor units of a decimal amount, or null when the text is not a number. */
function parseMoney(text, scale) {
	const m = /^\s*(-?)(\d*)(?:[.,](\d*))?\s*$/.exec(text);
	if (!m || m[2] === "" && (m[3] ?? "") === "") return null;
	const digits = scale.toString().length - 1;
	let frac = m[3] ?? "";
	const extra = frac.slice(digits);
	if (/[1-9]/.test(extra)) return null;
	frac = frac.slice(0, digits).padEnd(digits, "0");
	const v = BigInt((m[2] || "0") + frac);
	return m[1] === "-" ? -v : v;
}
/** Default ordinal scoring (Pabulib `scoring_fn` absent or `Borda`): L, L-1, ... where L = max_length. */
function bordaPoints(maxLength) {
	return (position) => Math.max(maxLength - position, 0);
}
/** The ballot rules stated in an election's META. */
function ballotRulesOf(e) {
	const m = e.meta;
	const projectCost = new Map(e.projects.map((p) => [p.id, p.cost]));
	const rules = {
		voteType: e.voteType,
		projectIds: new Set(e.projects.map((p) => p.id)),
		projectCost,
		moneyScale: e.moneyScale
	};
	const set = (k, v) => {
		if (v !== void 0) rules[k] = v;
	};
	set("minLength", intMeta(m, "min_length"));
	set("maxLength", intMeta(m, "max_length"));
	set("minSumCost", moneyMeta(m, "min_sum_cost", e.moneyScale));
	set("maxSumCost", moneyMeta(m, "max_sum_cost", e.moneyScale));
	set("minPoints", intMeta(m, "min_points"));
	set("maxPoints", intMeta(m, "max_points"));
	set("minSumPoints", intMeta(m, "min_sum_points"));
	set("maxSumPoints", intMeta(m, "max_sum_points"));
	if (e.voteType === "ordinal") rules.ordinalPoints = bordaPoints(rules.maxLength ?? e.projects.length);
	return rules;
}
/**
* Checks one ballot against the election's rules. Returns every problem found (empty array:
* the ballot is valid). Pure: usable in the browser before the ballot is sent.
*/
function validateBallot(rules, ballot) {
	const out = [];
	const add = (code, message, messagePl) => out.push({
		code,
		message,
		messagePl
	});
	const n = ballot.projects.length;
	if (n === 0) add("empty", "The ballot names no project.", "Karta nie wskazuje żadnego projektu.");
	const seen = /* @__PURE__ */ new Set();
	for (const id of ballot.projects) {
		if (!rules.projectIds.has(id)) add("unknown-project", `Project "${id}" is not on the ballot list.`, `Projektu „${id}” nie ma na liście do głosowania.`);
		if (seen.has(id)) add("duplicate-project", `Project "${id}" is chosen more than once.`, `Projekt „${id}” wybrano więcej niż raz.`);
		seen.add(id);
	}
	if (rules.voteType === "choose-1" && n > 1) add("choose-one", `Only one project may be chosen; the ballot has ${n}.`, `Można wybrać tylko jeden projekt; wybrano ${n}.`);
	if (rules.minLength !== void 0 && n > 0 && n < rules.minLength) add("too-short", `At least ${rules.minLength} projects must be chosen; the ballot has ${n}.`, `Należy wybrać co najmniej ${rules.minLength} projekty (wybrano ${n}).`);
	if (rules.maxLength !== void 0 && n > rules.maxLength) add("too-long", `At most ${rules.maxLength} projects may be chosen; the ballot has ${n}.`, `Można wybrać najwyżej ${rules.maxLength} projekty (wybrano ${n}).`);
	if (rules.minSumCost !== void 0 || rules.maxSumCost !== void 0) {
		let sum = 0n;
		for (const id of ballot.projects) sum += rules.projectCost.get(id) ?? 0n;
		if (rules.minSumCost !== void 0 && sum < rules.minSumCost) add("sum-cost-too-low", `The chosen projects must cost at least ${rules.minSumCost / rules.moneyScale} in total.`, `Wybrane projekty muszą kosztować łącznie co najmniej ${rules.minSumCost / rules.moneyScale}.`);
		if (rules.maxSumCost !== void 0 && sum > rules.maxSumCost) add("sum-cost-too-high", `The chosen projects may cost at most ${rules.maxSumCost / rules.moneyScale} in total.`, `Wybrane projekty mogą kosztować łącznie najwyżej ${rules.maxSumCost / rules.moneyScale}.`);
	}
	const needsPoints = rules.voteType === "cumulative" || rules.voteType === "scoring";
	if (ballot.points === void 0) {
		if (needsPoints) add("points-missing", "Each chosen project needs a number of points.", "Każdy wybrany projekt musi mieć przyznaną liczbę punktów.");
	} else {
		const pts = ballot.points;
		if (pts.length !== n) add("points-length", `The ballot gives ${pts.length} point values for ${n} projects.`, `Karta podaje ${pts.length} wartości punktów dla ${n} projektów.`);
		let sum = 0;
		for (const p of pts) {
			if (!Number.isInteger(p)) add("points-not-integer", `Points must be whole numbers (got ${p}).`, `Punkty muszą być liczbami całkowitymi (podano ${p}).`);
			if (rules.minPoints !== void 0 && p < rules.minPoints) add("points-too-low", `A project may receive at least ${rules.minPoints} points (got ${p}).`, `Projekt może otrzymać co najmniej ${rules.minPoints} punktów (podano ${p}).`);
			if (rules.maxPoints !== void 0 && p > rules.maxPoints) add("points-too-high", `A project may receive at most ${rules.maxPoints} points (got ${p}).`, `Projekt może otrzymać najwyżej ${rules.maxPoints} punktów (podano ${p}).`);
			sum += p;
		}
		if (rules.minSumPoints !== void 0 && sum < rules.minSumPoints) add("sum-points-too-low", `At least ${rules.minSumPoints} points must be given in total (got ${sum}).`, `Należy rozdać łącznie co najmniej ${rules.minSumPoints} punktów (rozdano ${sum}).`);
		if (rules.maxSumPoints !== void 0 && sum > rules.maxSumPoints) add("sum-points-too-high", `At most ${rules.maxSumPoints} points may be given in total (got ${sum}).`, `Można rozdać łącznie najwyżej ${rules.maxSumPoints} punktów (rozdano ${sum}).`);
	}
	return out;
}
/**
* Points a voter gives each project on their ballot: the explicit points when present,
* otherwise the ordinal scoring function, otherwise 1 (approval, choose-1).
*/
function ballotPoints(e, voterPoints, length, ordinalPoints) {
	if (voterPoints !== null) return voterPoints;
	if (e.voteType === "ordinal") {
		const f = ordinalPoints ?? bordaPoints(Number(e.meta["max_length"] ?? e.projects.length) || e.projects.length);
		return Array.from({ length }, (_, k) => f(k));
	}
	return new Array(length).fill(1);
}
// ../packages/pb/src/pabulib/parse.ts
/**
* Reader for Pabulib `.pb` files (pabulib.org/format): META, PROJECTS and VOTES sections,
* `;`-separated with `"` quoting (a quoted field may hold `;`, `""` and line breaks),
* UTF-8 with or without BOM, LF or CRLF.
*
* A malformed file is refused with a `PbParseError` naming the line and the reason.
*/
var PbParseError = class extends Error {
	line;
	reason;
	constructor(line, reason) {
		super(`line ${line}: ${reason}`);
		this.name = "PbParseError";
		this.line = line;
		this.reason = reason;
	}
};
function cellsOf(r) {
	if (r.cells === null) r.cells = r.raw.split(";");
	return r.cells;
}
/**
* Splits the text into records. Quoting follows Python's csv module (which pabutools uses): a
* `"` opens a quoted field only at the start of a field, `""` inside it is a literal quote, and
* a quoted field may run over line breaks. A stray `"` inside an unquoted field is literal.
* Empty lines are skipped.
*/
function records(text) {
	let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
	let line = 0;
	const len = text.length;
	let nextQuote = text.indexOf("\"", pos);
	const next = () => {
		while (pos < len) {
			line++;
			let end = text.indexOf("\n", pos);
			if (end < 0) end = len;
			const startLine = line;
			if (nextQuote >= 0 && nextQuote < pos) nextQuote = text.indexOf("\"", pos);
			if (nextQuote < 0 || nextQuote > end) {
				const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
				const raw = text.slice(pos, stop);
				pos = end + 1;
				if (raw.length === 0 || raw.charCodeAt(0) <= 32 && raw.trim() === "") continue;
				return {
					line: startLine,
					cells: null,
					raw
				};
			}
			const cells = [];
			let cur = "";
			let inQ = false;
			let atFieldStart = true;
			let i = pos;
			for (;;) {
				if (i >= len) {
					if (inQ) throw new PbParseError(startLine, "unterminated quoted field");
					break;
				}
				const ch = text[i];
				if (inQ) {
					if (ch === "\"") {
						if (text[i + 1] === "\"") {
							cur += "\"";
							i += 2;
							continue;
						}
						inQ = false;
						i++;
						continue;
					}
					if (ch === "\n") line++;
					if (ch === "\r" && text[i + 1] === "\n") {
						i++;
						continue;
					}
					cur += ch;
					i++;
					continue;
				}
				if (ch === "\n") break;
				if (ch === "\r" && (i + 1 >= len || text[i + 1] === "\n")) {
					i++;
					continue;
				}
				if (ch === ";") {
					cells.push(cur);
					cur = "";
					atFieldStart = true;
					i++;
					continue;
				}
				if (ch === "\"" && atFieldStart) {
					inQ = true;
					atFieldStart = false;
					i++;
					continue;
				}
				atFieldStart = false;
				cur += ch;
				i++;
			}
			cells.push(cur);
			pos = i + 1;
			if (cells.length === 1 && cells[0].trim() === "") continue;
			return {
				line: startLine,
				cells,
				raw: null
			};
		}
		return null;
	};
	return { next };
}
function decimalsOf(text) {
	const m = /[.,](\d*?)0*\s*$/.exec(text);
	return m ? (m[1] ?? "").length : 0;
}
var SECTION_NAMES = /* @__PURE__ */ new Set([
	"META",
	"PROJECTS",
	"VOTES"
]);
/**
* A voter read from a file. The extra columns (age, sex, ...) are cut out of the line only when
* asked for: counting never needs them, and that keeps parsing of 100k-ballot files fast.
*/
var ParsedVoter = class {
	id;
	projects;
	points;
	src;
	extraCols;
	constructor(id, projects, points, src, extraCols) {
		this.id = id;
		this.projects = projects;
		this.points = points;
		this.src = src;
		this.extraCols = extraCols;
	}
	get extra() {
		if (this.extraCols.length === 0) return [];
		const cells = typeof this.src === "string" ? this.src.split(";") : this.src;
		return this.extraCols.map((c) => cells[c]);
	}
};
var EMPTY_IDS = [];
/** The value of a plain decimal integer text ("0", "4711", no sign, no leading zero), else -1. */
function canonicalInt(s) {
	const n = s.length;
	if (n === 0 || n > 15 || n > 1 && s.charCodeAt(0) === 48) return -1;
	let v = 0;
	for (let i = 0; i < n; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		v = v * 10 + c;
	}
	return v;
}
/**
* Reads "12,7,301" as project indices when every id is a plain decimal number; returns null
* (the caller falls back to the general path, which also produces the error message) on
* anything unusual: spaces, signs, leading zeros, unknown ids.
*/
function parseNumericVote(text, from, to, ids) {
	const out = [];
	if (to <= from) return null;
	let v = 0;
	let digits = 0;
	let lead0 = false;
	for (let i = from; i <= to; i++) {
		const ch = i < to ? text.charCodeAt(i) : 44;
		if (ch === 44) {
			if (digits === 0 || lead0 && digits > 1) return null;
			const j = ids.get(v);
			if (j === void 0) return null;
			out.push(j);
			v = 0;
			digits = 0;
			lead0 = false;
		} else if (ch >= 48 && ch <= 57) {
			if (digits === 0 && ch === 48) lead0 = true;
			v = v * 10 + (ch - 48);
			digits++;
			if (digits > 15) return null;
		} else return null;
	}
	return out;
}
/** Parses the text of a `.pb` file. Throws `PbParseError` with the line number on malformed input. */
function parsePabulib(text, options = {}) {
	const strict = options.strictBallots ?? true;
	const sections = /* @__PURE__ */ new Map();
	let current = null;
	let expectHeader = false;
	let lastLine = 0;
	const it = records(text);
	let votesHeaderLine = 0;
	let votesHeader = [];
	for (;;) {
		const row = it.next();
		if (row === null) break;
		lastLine = row.line;
		const first = (cellsOf(row)[0] ?? "").trim();
		if (cellsOf(row).length === 1 && SECTION_NAMES.has(first.toUpperCase())) {
			const name = first.toUpperCase();
			if (sections.has(name)) throw new PbParseError(row.line, `section ${name} appears twice`);
			if (name === "VOTES") {
				if (!sections.has("META")) throw new PbParseError(row.line, "missing section META before VOTES");
				if (!sections.has("PROJECTS")) throw new PbParseError(row.line, "missing section PROJECTS before VOTES");
				const h = it.next();
				if (h === null) throw new PbParseError(row.line + 1, "section VOTES has no header line");
				votesHeaderLine = h.line;
				votesHeader = cellsOf(h).map((c) => c.trim());
				lastLine = h.line;
				break;
			}
			current = {
				headerLine: 0,
				header: [],
				rows: []
			};
			sections.set(name, current);
			expectHeader = true;
			continue;
		}
		if (current === null) throw new PbParseError(row.line, "text before the META section");
		if (expectHeader) {
			current.headerLine = row.line;
			current.header = cellsOf(row).map((c) => c.trim());
			expectHeader = false;
			continue;
		}
		current.rows.push(row);
	}
	for (const name of ["META", "PROJECTS"]) {
		if (!sections.has(name)) throw new PbParseError(lastLine + 1, `missing section ${name}`);
		if (sections.get(name).header.length === 0) throw new PbParseError(lastLine + 1, `section ${name} has no header line`);
	}
	if (votesHeaderLine === 0) throw new PbParseError(lastLine + 1, "missing section VOTES");
	const metaSec = sections.get("META");
	const meta = {};
	const metaLine = {};
	for (const r of metaSec.rows) {
		const key = (cellsOf(r)[0] ?? "").trim();
		if (cellsOf(r).length < 2) throw new PbParseError(r.line, `META entry "${key}" has no value`);
		if (key in meta) throw new PbParseError(r.line, `META key "${key}" appears twice`);
		meta[key] = cellsOf(r).slice(1).join(";").trim();
		metaLine[key] = r.line;
	}
	if (meta["budget"] === void 0 || meta["budget"] === "") throw new PbParseError(metaSec.headerLine, "META has no budget");
	const vt = (meta["vote_type"] ?? "").trim();
	if (vt === "") throw new PbParseError(metaSec.headerLine, "META has no vote_type");
	if (!VOTE_TYPES.includes(vt)) throw new PbParseError(metaLine["vote_type"], `unknown vote_type "${vt}"`);
	const voteType = vt;
	const projSec = sections.get("PROJECTS");
	const pHeader = projSec.header;
	const idCol = pHeader.indexOf("project_id");
	const costCol = pHeader.indexOf("cost");
	if (idCol < 0) throw new PbParseError(projSec.headerLine, "PROJECTS header has no project_id column");
	if (costCol < 0) throw new PbParseError(projSec.headerLine, "PROJECTS header has no cost column");
	let decimals = decimalsOf(meta["budget"]);
	for (const key of ["max_sum_cost", "min_sum_cost"]) if (meta[key]) decimals = Math.max(decimals, decimalsOf(meta[key]));
	for (const r of projSec.rows) decimals = Math.max(decimals, decimalsOf(cellsOf(r)[costCol] ?? ""));
	const moneyScale = 10n ** BigInt(decimals);
	const budget = parseMoney(meta["budget"], moneyScale);
	if (budget === null || budget < 0n) throw new PbParseError(metaLine["budget"], `budget "${meta["budget"]}" is not a number`);
	const projects = [];
	const projectIndex = /* @__PURE__ */ new Map();
	for (const r of projSec.rows) {
		if (cellsOf(r).length !== pHeader.length) throw new PbParseError(r.line, `project row has ${cellsOf(r).length} fields, the header has ${pHeader.length}`);
		const id = cellsOf(r)[idCol].trim();
		if (id === "") throw new PbParseError(r.line, "project with an empty project_id");
		if (projectIndex.has(id)) throw new PbParseError(r.line, `duplicate project "${id}"`);
		const costText = cellsOf(r)[costCol].trim();
		const cost = parseMoney(costText, moneyScale);
		if (cost === null) throw new PbParseError(r.line, `cost "${costText}" of project "${id}" is not a number`);
		if (cost < 0n) throw new PbParseError(r.line, `cost of project "${id}" is negative`);
		const fields = {};
		for (let c = 0; c < pHeader.length; c++) fields[pHeader[c]] = cellsOf(r)[c];
		fields["project_id"] = id;
		fields["cost"] = costText;
		projectIndex.set(id, projects.length);
		projects.push({
			id,
			cost,
			fields
		});
	}
	const vHeader = votesHeader;
	const voteSec = { headerLine: votesHeaderLine };
	const vIdCol = vHeader.indexOf("voter_id");
	const voteCol = vHeader.indexOf("vote");
	const pointsCol = vHeader.indexOf("points");
	if (vIdCol < 0) throw new PbParseError(voteSec.headerLine, "VOTES header has no voter_id column");
	if (voteCol < 0) throw new PbParseError(voteSec.headerLine, "VOTES header has no vote column");
	if ((voteType === "cumulative" || voteType === "scoring") && pointsCol < 0) throw new PbParseError(voteSec.headerLine, `${voteType} ballots need a points column`);
	const extraCols = [];
	for (let c = 0; c < vHeader.length; c++) if (c !== vIdCol && c !== voteCol && c !== pointsCol) extraCols.push(c);
	const election = {
		meta,
		voteType,
		moneyScale,
		budget,
		projects,
		projectColumns: pHeader,
		voters: [],
		voterExtraColumns: extraCols.map((c) => vHeader[c]),
		hasPointsColumn: pointsCol >= 0,
		projectIndex
	};
	const rules = ballotRulesOf(election);
	const checkCost = rules.minSumCost !== void 0 || rules.maxSumCost !== void 0;
	const checkPoints = true;
	let numericIds = /* @__PURE__ */ new Map();
	for (let j = 0; j < projects.length; j++) {
		const pid = projects[j].id;
		if (!/^(0|[1-9]\d{0,14})$/.test(pid)) {
			numericIds = null;
			break;
		}
		numericIds.set(Number(pid), j);
	}
	let seenVoters = null;
	let idNums = /* @__PURE__ */ new Float64Array(1024);
	let idCount = 0;
	const voterLines = [];
	const starts = new Int32Array(vHeader.length + 1);
	const voters = election.voters;
	const nCols = vHeader.length;
	for (;;) {
		const r = it.next();
		if (r === null) break;
		let id;
		let voteSrc;
		let voteFrom;
		let voteTo;
		let pointsText = "";
		let src;
		if (r.raw !== null) {
			const raw = r.raw;
			let count = 1;
			let pos = 0;
			for (;;) {
				const q = raw.indexOf(";", pos);
				if (q < 0) break;
				if (count <= nCols) starts[count] = q + 1;
				count++;
				pos = q + 1;
			}
			if (count === 1 && SECTION_NAMES.has(raw.trim().toUpperCase())) throw new PbParseError(r.line, `section ${raw.trim()} after VOTES (VOTES must be the last section)`);
			if (count !== nCols) throw new PbParseError(r.line, `vote row has ${count} fields, the header has ${nCols}`);
			const fieldEnd = (c) => c + 1 < nCols ? starts[c + 1] - 1 : raw.length;
			id = raw.slice(starts[vIdCol], fieldEnd(vIdCol));
			voteFrom = starts[voteCol];
			voteTo = fieldEnd(voteCol);
			voteSrc = raw;
			if (pointsCol >= 0) pointsText = raw.slice(starts[pointsCol], fieldEnd(pointsCol));
			src = raw;
		} else {
			const cells = cellsOf(r);
			if (cells.length === 1 && SECTION_NAMES.has((cells[0] ?? "").trim().toUpperCase())) throw new PbParseError(r.line, `section ${(cells[0] ?? "").trim()} after VOTES (VOTES must be the last section)`);
			if (cells.length !== nCols) throw new PbParseError(r.line, `vote row has ${cells.length} fields, the header has ${nCols}`);
			id = cells[vIdCol];
			voteSrc = cells[voteCol];
			voteFrom = 0;
			voteTo = voteSrc.length;
			if (pointsCol >= 0) pointsText = cells[pointsCol];
			src = cells;
		}
		if (id.length === 0 || id.charCodeAt(0) <= 32 || id.charCodeAt(id.length - 1) <= 32) id = id.trim();
		if (id === "") throw new PbParseError(r.line, "vote with an empty voter_id");
		const num = seenVoters === null ? canonicalInt(id) : -1;
		if (num >= 0) {
			if (idCount === idNums.length) {
				const bigger = new Float64Array(idNums.length * 2);
				bigger.set(idNums);
				idNums = bigger;
			}
			idNums[idCount++] = num;
		} else {
			if (seenVoters === null) {
				seenVoters = /* @__PURE__ */ new Set();
				voters.forEach((v, k) => {
					if (seenVoters.has(v.id)) throw new PbParseError(voterLines[k], `duplicate voter "${v.id}"`);
					seenVoters.add(v.id);
				});
			}
			if (seenVoters.has(id)) throw new PbParseError(r.line, `duplicate voter "${id}"`);
			seenVoters.add(id);
		}
		voterLines.push(r.line);
		let idx = numericIds === null ? null : parseNumericVote(voteSrc, voteFrom, voteTo, numericIds);
		let ids;
		if (idx !== null) ids = EMPTY_IDS;
		else {
			const t = voteSrc.slice(voteFrom, voteTo).trim();
			ids = t === "" ? [] : t.split(",");
			idx = new Array(ids.length);
			for (let k = 0; k < ids.length; k++) {
				const pid = ids[k].trim();
				const j = projectIndex.get(pid);
				if (j === void 0) throw new PbParseError(r.line, `vote of voter "${id}" names unknown project "${pid}"`);
				idx[k] = j;
			}
		}
		const nEntries = idx.length;
		const idsOf = () => ids === EMPTY_IDS ? idx.map((j) => projects[j].id) : ids.map((x) => x.trim());
		let points = null;
		if (pointsCol >= 0) {
			const pt = pointsText.trim();
			const parts = pt === "" ? [] : pt.split(",");
			if (parts.length !== nEntries) throw new PbParseError(r.line, `voter "${id}" has ${nEntries} projects but ${parts.length} point values`);
			points = new Array(parts.length);
			for (let k = 0; k < parts.length; k++) {
				const v = Number(parts[k]);
				if (parts[k].trim() === "" || !Number.isFinite(v)) throw new PbParseError(r.line, `points "${parts[k]}" of voter "${id}" is not a number`);
				points[k] = v;
			}
		}
		let suspicious = false;
		const n = idx.length;
		if (n === 0 || rules.minLength !== void 0 && n < rules.minLength || rules.maxLength !== void 0 && n > rules.maxLength) suspicious = true;
		else if (voteType === "choose-1" && n > 1) suspicious = true;
		else {
			for (let a = 1; a < n && !suspicious; a++) for (let b = 0; b < a; b++) if (idx[a] === idx[b]) {
				suspicious = true;
				break;
			}
			if (!suspicious && checkCost) {
				let sum = 0n;
				for (let k = 0; k < n; k++) sum += projects[idx[k]].cost;
				if (rules.minSumCost !== void 0 && sum < rules.minSumCost || rules.maxSumCost !== void 0 && sum > rules.maxSumCost) suspicious = true;
			}
			if (!suspicious && points !== null && checkPoints) {
				let sum = 0;
				for (const p of points) {
					if (!Number.isInteger(p) || rules.minPoints !== void 0 && p < rules.minPoints || rules.maxPoints !== void 0 && p > rules.maxPoints) suspicious = true;
					sum += p;
				}
				if (rules.minSumPoints !== void 0 && sum < rules.minSumPoints || rules.maxSumPoints !== void 0 && sum > rules.maxSumPoints) suspicious = true;
			}
		}
		if (suspicious) {
			const problems = validateBallot(rules, {
				projects: idsOf(),
				...points ? { points } : {}
			});
			if (problems.length > 0) {
				const msg = `vote of voter "${id}" breaks the rules: ${problems.map((p) => p.message).join(" ")}`;
				if (strict) throw new PbParseError(r.line, msg);
				options.onWarning?.(r.line, msg);
				if (problems.some((p) => p.code === "duplicate-project")) {
					const keep = [];
					const seen = /* @__PURE__ */ new Set();
					idx.forEach((j, k) => {
						if (!seen.has(j)) {
							seen.add(j);
							keep.push(k);
						}
					});
					const old = idx;
					idx = keep.map((k) => old[k]);
					points = points ? keep.map((k) => points[k]) : null;
				}
			}
		}
		voters.push(new ParsedVoter(id, idx, points, src, extraCols));
	}
	if (seenVoters === null && idCount > 1) {
		const sorted = idNums.slice(0, idCount).sort();
		for (let k = 1; k < idCount; k++) if (sorted[k] === sorted[k - 1]) {
			const seen = /* @__PURE__ */ new Set();
			voters.forEach((v, q) => {
				if (seen.has(v.id)) throw new PbParseError(voterLines[q], `duplicate voter "${v.id}"`);
				seen.add(v.id);
			});
		}
	}
	return election;
}
// ../packages/pb/src/pabulib/write.ts
/**
* Writer for Pabulib `.pb` files. `parsePabulib(writePabulib(e))` gives back the same election:
* META in order, every PROJECTS column, every VOTES column; fields are quoted only when needed.
*/
/** Quotes a field when it holds `;`, a quote or a line break (doubling inner quotes). */
function cell(s) {
	return /[;"\n\r]/.test(s) || s.startsWith("\"") ? `"${s.replace(/"/g, "\"\"")}"` : s;
}
function writePabulib(e) {
	const out = ["META", "key;value"];
	for (const [k, v] of Object.entries(e.meta)) out.push(`${cell(k)};${cell(v)}`);
	out.push("PROJECTS", e.projectColumns.map(cell).join(";"));
	for (const p of e.projects) {
		const row = e.projectColumns.map((c) => {
			if (c === "project_id") return cell(p.id);
			if (c === "cost") {
				const raw = p.fields["cost"];
				return cell(raw !== void 0 && parseMoney(raw, e.moneyScale) === p.cost ? raw : formatMoney(p.cost, e.moneyScale));
			}
			return cell(p.fields[c] ?? "");
		});
		out.push(row.join(";"));
	}
	const header = [
		"voter_id",
		"vote",
		...e.hasPointsColumn ? ["points"] : [],
		...e.voterExtraColumns
	];
	out.push("VOTES", header.join(";"));
	for (const v of e.voters) {
		const row = [cell(v.id), v.projects.map((j) => e.projects[j].id).join(",")];
		if (e.hasPointsColumn) row.push((v.points ?? []).join(","));
		for (const x of v.extra) row.push(cell(x));
		out.push(row.join(";"));
	}
	return out.join("\n") + "\n";
}
// ../packages/pb/src/profile.ts
/**
* A counting-ready view of an election: for every project, who supports it and with how many
* points, its score, and the fixed tie-breaking order. Built once, shared by all rules.
*/
var cache = /* @__PURE__ */ new WeakMap();
var fileOrderCache = /* @__PURE__ */ new WeakMap();
function profileOf(e, tieBreaking = "cost-supporters-order") {
	if (tieBreaking === "file-order") {
		const hit = fileOrderCache.get(e);
		if (hit) return hit;
		const base = profileOf(e);
		const prof = {
			...base,
			tieRank: Int32Array.from({ length: base.numProjects }, (_, j) => j),
			tieBreaking
		};
		fileOrderCache.set(e, prof);
		return prof;
	}
	const hit = cache.get(e);
	if (hit) return hit;
	const m = e.projects.length;
	const pointsUtility = e.voteType === "ordinal" || e.voteType === "cumulative" || e.voteType === "scoring";
	const counts = new Int32Array(m);
	const ordinalPoints = ballotRulesOf(e).ordinalPoints;
	const pointsOf = (v) => pointsUtility ? ballotPoints(e, v.points, v.projects.length, ordinalPoints) : null;
	for (const v of e.voters) {
		const pts = pointsOf(v);
		for (let k = 0; k < v.projects.length; k++) if (pts === null || pts[k] > 0) counts[v.projects[k]]++;
	}
	const supporters = Array.from({ length: m }, (_, j) => new Int32Array(counts[j]));
	const weights = Array.from({ length: m }, (_, j) => pointsUtility ? new Int32Array(counts[j]) : null);
	const fill = new Int32Array(m);
	const score = new Array(m).fill(0);
	e.voters.forEach((v, i) => {
		const pts = pointsOf(v);
		for (let k = 0; k < v.projects.length; k++) {
			const j = v.projects[k];
			const w = pts === null ? 1 : pts[k];
			if (w <= 0) continue;
			const f = fill[j]++;
			supporters[j][f] = i;
			if (pts !== null) weights[j][f] = w;
			score[j] += w;
		}
	});
	const supporterCount = Array.from(counts);
	const cost = e.projects.map((p) => p.cost);
	const order = Array.from({ length: m }, (_, j) => j).sort((a, b) => (cost[a] < cost[b] ? -1 : cost[a] > cost[b] ? 1 : 0) || supporterCount[b] - supporterCount[a] || a - b);
	const tieRank = new Int32Array(m);
	order.forEach((j, r) => tieRank[j] = r);
	const prof = {
		election: e,
		numVoters: e.voters.length,
		numProjects: m,
		cost,
		supporters,
		weights,
		score,
		supporterCount,
		tieRank,
		pointsUtility,
		tieBreaking
	};
	cache.set(e, prof);
	return prof;
}
/** Which criterion of the published order separates project a (first) from b. */
function tieCriterion(p, a, b) {
	if (p.tieBreaking === "file-order") return "file order";
	if (p.cost[a] !== p.cost[b]) return "lower cost";
	if (p.supporterCount[a] !== p.supporterCount[b]) return "more supporters";
	return "file order";
}
// ../packages/pb/src/rules/greedy.ts
/**
* Greedy rules: projects in order of score (approvals, or points for ordinal/cumulative ballots),
* ties by the published order (lower cost, more supporters, file order).
* - `greedy`: fund each project that still fits, skip the ones that no longer fit;
* - `greedy-no-skip`: stop at the first project that does not fit;
* - `greedy-threshold`: only projects whose score reaches `min_project_score_threshold` take part.
*/
/** The score order with ties resolved by the published order. */
function greedyOrder(p, score = p.score) {
	const order = Array.from({ length: p.numProjects }, (_, j) => j);
	order.sort((a, b) => score[b] - score[a] || p.tieRank[a] - p.tieRank[b]);
	return order;
}
function greedy(p, opts) {
	const score = opts.score ?? p.score;
	const order = greedyOrder(p, score);
	let remaining = opts.budget ?? p.election.budget;
	const selected = [];
	const initial = new Set(opts.initial ?? []);
	for (const j of initial) {
		selected.push(j);
		remaining -= p.cost[j];
	}
	const steps = [];
	const tieBreaks = [];
	let stopped = false;
	for (let r = 0; r < order.length; r++) {
		const j = order[r];
		if (initial.has(j) || opts.exclude?.has(j)) continue;
		const next = r + 1 < order.length ? order[r + 1] : -1;
		const step = {
			project: j,
			rank: r + 1,
			score: score[j],
			remainingBefore: remaining,
			decision: "funded"
		};
		if (opts.threshold !== void 0 && score[j] < opts.threshold) step.decision = "below-threshold";
		else if (stopped) step.decision = "stopped";
		else if (p.cost[j] > remaining) {
			step.decision = "does-not-fit";
			if (!opts.skip) stopped = true;
		} else {
			selected.push(j);
			remaining -= p.cost[j];
			if (next >= 0 && score[next] === score[j] && p.cost[next] > remaining) tieBreaks.push({
				at: `greedy rank ${r + 1}`,
				tied: order.filter((k) => score[k] === score[j]).map((k) => p.election.projects[k].id),
				chosen: p.election.projects[j].id,
				decidedBy: tieCriterion(p, j, next)
			});
		}
		steps.push(step);
	}
	const cost = selected.reduce((s, j) => s + p.cost[j], 0n);
	const details = opts.threshold === void 0 ? {
		kind: "greedy",
		steps
	} : {
		kind: "greedy",
		steps,
		threshold: opts.threshold
	};
	return {
		rule: opts.rule ?? (opts.threshold !== void 0 ? "greedy-threshold" : opts.skip ? "greedy" : "greedy-no-skip"),
		selected,
		cost,
		tieBreaks,
		details
	};
}
// ../packages/pb/src/rules/mes.ts
/**
* Method of Equal Shares (MES), exact.
*
* Every voter starts with the same budget. In each round, for every remaining project p the
* affordability ρ(p) is the smallest ρ such that Σ_{i supports p} min(b_i, ρ·u_i(p)) = cost(p);
* the project with the smallest ρ is funded and each supporter pays min(b_i, ρ·u_i(p)).
* Utilities: approval ballots use cost utilities (u_i(p) = cost(p), pabutools' Cost_Sat, the
* equalshares.net rule), so every supporter pays the same amount unless they cannot; ordinal,
* cumulative and scoring ballots use the points given as utilities. Projects that no group of
* supporters can afford any more are dropped; the rule stops when nothing is affordable.
*
* All arithmetic is exact (BigInt fractions). Speed comes from three facts:
* - voters are grouped by their current budget ("classes"): after each round only the payers
*   move to a new class, and most voters share a handful of budget values;
* - money is scaled so the initial share is an integer;
* - ρ(p) can only grow between rounds (budgets only shrink), so projects are re-evaluated lazily
*   in increasing order of their last ρ, stopping as soon as the last ρ exceeds the best found.
*/
function gcd(a, b) {
	if (a < 0n) a = -a;
	while (b !== 0n) {
		const t = a % b;
		a = b;
		b = t;
	}
	return a;
}
function bitLength(x) {
	return x === 0n ? 0 : x.toString(16).length * 4;
}
/** n/d as a float, accurate even when both exceed the float range. */
function ratioToFloat(n, d) {
	const nf = Number(n);
	const df = Number(d);
	if (nf !== Infinity && nf !== -Infinity && df !== Infinity) return nf / df;
	const shift = Math.max(0, Math.max(bitLength(n), bitLength(d)) - 1e3);
	if (shift === 0) return Number(n) / Number(d);
	const s = BigInt(shift);
	return Number(n >> s) / Number(d >> s);
}
/** A funded round; the exact fractions are reduced only when read (add1 runs never read them). */
var Round = class {
	round;
	project;
	rhoN;
	rhoD;
	payN;
	payD;
	paidAllTheyHad;
	supporters;
	#rho = null;
	#pay = null;
	constructor(round, project, rhoN, rhoD, payN, payD, paidAllTheyHad, supporters) {
		this.round = round;
		this.project = project;
		this.rhoN = rhoN;
		this.rhoD = rhoD;
		this.payN = payN;
		this.payD = payD;
		this.paidAllTheyHad = paidAllTheyHad;
		this.supporters = supporters;
	}
	get rho() {
		return this.#rho ??= Rational.of(this.rhoN, this.rhoD);
	}
	get fullPayment() {
		return this.#pay ??= Rational.of(this.payN, this.payD);
	}
};
var groupCache = /* @__PURE__ */ new WeakMap();
/** Groups voters with identical ballots (same projects, same points); cached per profile. */
function ballotGroups(p) {
	const hit = groupCache.get(p);
	if (hit) return hit;
	const n = p.numVoters;
	const keys = new Array(n).fill("");
	for (let j = 0; j < p.numProjects; j++) {
		const sup = p.supporters[j];
		const wts = p.weights[j];
		for (let k = 0; k < sup.length; k++) keys[sup[k]] += wts ? `${j}:${wts[k]},` : `${j},`;
	}
	const groupOf = new Int32Array(n);
	const index = /* @__PURE__ */ new Map();
	const multArr = [];
	for (let i = 0; i < n; i++) {
		let g = index.get(keys[i]);
		if (g === void 0) {
			g = multArr.length;
			index.set(keys[i], g);
			multArr.push(0);
		}
		multArr[g]++;
		groupOf[i] = g;
	}
	const mult = Int32Array.from(multArr);
	const seen = new Int32Array(mult.length).fill(-1);
	const byWeight = [];
	const totalWeight = [];
	for (let j = 0; j < p.numProjects; j++) {
		const sup = p.supporters[j];
		const wts = p.weights[j];
		const parts = /* @__PURE__ */ new Map();
		let tw = 0;
		for (let k = 0; k < sup.length; k++) {
			const w = wts ? wts[k] : 1;
			tw += w;
			const g = groupOf[sup[k]];
			if (seen[g] === j) continue;
			seen[g] = j;
			let list = parts.get(w);
			if (!list) parts.set(w, list = []);
			list.push(g);
		}
		byWeight.push([...parts].map(([w, v]) => ({
			w,
			voters: Int32Array.from(v)
		})));
		totalWeight.push(tw);
	}
	const out = {
		groupOf,
		mult,
		byWeight,
		totalWeight
	};
	groupCache.set(p, out);
	return out;
}
function mes(p, opts) {
	const n = p.numVoters;
	const m = p.numProjects;
	const D = opts.voterBudget.den;
	const E = opts.voterBudget.num;
	const scaledCost = p.cost.map((c) => c * D);
	let L = 1n;
	const cB = [0n, E];
	const cR = [0, 0];
	const Lhist = [1n];
	let facCache = [];
	const exactB = (c) => {
		const r = cR[c];
		const now = Lhist.length - 1;
		if (r !== now) {
			let f = facCache[r];
			if (f === void 0) f = facCache[r] = L / Lhist[r];
			cB[c] = cB[c] * f;
			cR[c] = now;
		}
		return cB[c];
	};
	const cF = [0, Number(E)];
	const size = [0, n];
	const { groupOf, mult, byWeight, totalWeight } = ballotGroups(p);
	const cls = new Int32Array(mult.length).fill(1);
	let cnt = new Int32Array(Math.max(16, 2));
	const newClass = (b, f) => {
		const c = cB.length;
		cB.push(b);
		cR.push(Lhist.length - 1);
		cF.push(f);
		size.push(0);
		if (c >= cnt.length) {
			const bigger = new Int32Array(cnt.length * 2);
			bigger.set(cnt);
			cnt = bigger;
		}
		return c;
	};
	let order = [];
	const rank = [];
	const cmpClass = (a, b) => {
		const d = cF[a] - cF[b];
		if (d !== 0 && Math.abs(d) > 1e-9 * Math.max(Math.abs(cF[a]), Math.abs(cF[b]))) return d;
		const x = exactB(a);
		const y = exactB(b);
		return x < y ? -1 : x > y ? 1 : 0;
	};
	const rebuildOrder = () => {
		order = [];
		for (let c = 0; c < cB.length; c++) if (size[c] > 0) order.push(c);
		order.sort(cmpClass);
		for (let r = 0; r < order.length; r++) rank[order[r]] = r;
	};
	/** After a payment: drop emptied classes and merge in the new ones (already a sorted order). */
	const updateOrder = (fresh) => {
		fresh.sort(cmpClass);
		const next = [];
		let a = 0;
		let b = 0;
		while (a < order.length || b < fresh.length) {
			if (a < order.length && size[order[a]] === 0) {
				a++;
				continue;
			}
			if (b < fresh.length && size[fresh[b]] === 0) {
				b++;
				continue;
			}
			if (b >= fresh.length || a < order.length && cmpClass(order[a], fresh[b]) <= 0) next.push(order[a++]);
			else next.push(fresh[b++]);
		}
		order = next;
		for (let r = 0; r < order.length; r++) rank[order[r]] = r;
	};
	const factor = p.cost.map((c) => p.pointsUtility ? 1n : c);
	const selected = [];
	const free = [];
	const tieBreaks = [];
	const rounds = [];
	const unaffordableAfterRound = /* @__PURE__ */ new Map();
	let spent = 0n;
	const remaining = [];
	const lastF = new Array(m).fill(0);
	for (let j = 0; j < m; j++) {
		if (opts.exclude?.has(j)) continue;
		if (p.supporterCount[j] === 0) {
			unaffordableAfterRound.set(j, 0);
			continue;
		}
		if (p.cost[j] === 0n) {
			free.push(j);
			selected.push(j);
			continue;
		}
		lastF[j] = ratioToFloat(scaledCost[j], factor[j] * BigInt(totalWeight[j]));
		remaining.push(j);
	}
	const touched = [];
	let gC = /* @__PURE__ */ new Int32Array(64);
	let gW = /* @__PURE__ */ new Int32Array(64);
	let gK = /* @__PURE__ */ new Int32Array(64);
	let gN = 0;
	const pushGroup = (c, w, k) => {
		if (gN === gC.length) {
			const grow = (x) => {
				const y = new Int32Array(x.length * 2);
				y.set(x);
				return y;
			};
			gC = grow(gC);
			gW = grow(gW);
			gK = grow(gK);
		}
		gC[gN] = c;
		gW[gN] = w;
		gK[gN] = k;
		gN++;
	};
	const buildGroups = (j) => {
		gN = 0;
		const parts = byWeight[j];
		for (const { w, voters } of parts) {
			touched.length = 0;
			for (let k = 0; k < voters.length; k++) {
				const g = voters[k];
				const c = cls[g];
				if (cnt[c] === 0) touched.push(c);
				cnt[c] += mult[g];
			}
			if (touched.length * 8 > order.length) for (const c of order) {
				const k = cnt[c];
				if (k > 0) {
					pushGroup(c, w, k);
					cnt[c] = 0;
				}
			}
			else {
				const rk = new Int32Array(touched.length);
				for (let k = 0; k < touched.length; k++) rk[k] = rank[touched[k]];
				rk.sort();
				for (let k = 0; k < rk.length; k++) {
					const c = order[rk[k]];
					pushGroup(c, w, cnt[c]);
					cnt[c] = 0;
				}
			}
		}
		if (parts.length > 1) {
			const idx = Array.from({ length: gN }, (_, k) => k);
			idx.sort((x, y) => {
				const ka = cF[gC[x]] / gW[x];
				const kb = cF[gC[y]] / gW[y];
				const d = ka - kb;
				if (d !== 0 && Math.abs(d) > 1e-9 * Math.max(ka, kb)) return d;
				const l = exactB(gC[x]) * BigInt(gW[y]);
				const r = exactB(gC[y]) * BigInt(gW[x]);
				return l < r ? -1 : l > r ? 1 : 0;
			});
			const c2 = idx.map((k) => gC[k]);
			const w2 = idx.map((k) => gW[k]);
			const k2 = idx.map((k) => gK[k]);
			gC.set(c2);
			gW.set(w2);
			gK.set(k2);
		}
	};
	const walkExact = (j) => {
		let R = scaledCost[j] * L;
		let W = BigInt(totalWeight[j]);
		for (let g = 0; g < gN; g++) {
			const c = gC[g];
			const wb = BigInt(gW[g]);
			const k = BigInt(gK[g]);
			if (c === 0) {
				W -= k * wb;
				continue;
			}
			const b = exactB(c);
			if (R * wb <= b * W) return [R, W];
			R -= k * b;
			W -= k * wb;
		}
		return null;
	};
	const EPS = 2 ** -50;
	const costF = scaledCost.map((c) => Number(c));
	const factorF = factor.map((f) => Number(f));
	/** ρ as a float (relative error < 1e-7), or null when certainly unaffordable, or NaN when unsure. */
	const walkFloat = (j) => {
		let Rf = costF[j];
		let Wf = totalWeight[j];
		let mag = Rf;
		for (let g = 0; g < gN; g++) {
			const c = gC[g];
			const w = gW[g];
			const k = gK[g];
			if (c === 0) {
				Wf -= k * w;
				continue;
			}
			const b = cF[c];
			const lhs = Rf * w;
			const rhs = b * Wf;
			const errR = mag * (g + 2) * EPS;
			const err = errR * w + (Math.abs(lhs) + Math.abs(rhs)) * EPS;
			if (rhs - lhs > err) {
				if (errR > 1e-7 * Rf) return NaN;
				return Rf / Wf / factorF[j];
			}
			if (lhs - rhs <= err) return NaN;
			Rf -= k * b;
			mag += k * b;
			Wf -= k * w;
		}
		return Rf > mag * (gN + 2) * EPS ? null : NaN;
	};
	const exactRho = (j, pi) => [pi[0], pi[1] * L * factor[j]];
	let overBudget = false;
	let roundNo = 0;
	let stamp = 0;
	let movedTo = /* @__PURE__ */ new Int32Array(64);
	let movedStamp = /* @__PURE__ */ new Int32Array(64);
	rebuildOrder();
	while (remaining.length > 0) {
		remaining.sort((a, b) => lastF[a] - lastF[b] || p.tieRank[a] - p.tieRank[b]);
		let bestF = Infinity;
		const pis = /* @__PURE__ */ new Map();
		const evaluated = [];
		const drop = [];
		for (const j of remaining) {
			if (lastF[j] > bestF * (1 + 1e-6)) break;
			buildGroups(j);
			let f = walkFloat(j);
			if (f !== null && Number.isNaN(f)) {
				const pi = walkExact(j);
				if (pi === null) f = null;
				else {
					pis.set(j, pi);
					const [rn, rd] = exactRho(j, pi);
					f = ratioToFloat(rn, rd);
				}
			}
			if (f === null) {
				drop.push(j);
				unaffordableAfterRound.set(j, roundNo);
				continue;
			}
			lastF[j] = f;
			evaluated.push(j);
			if (f < bestF) bestF = f;
		}
		if (drop.length > 0) {
			const dropSet = new Set(drop);
			for (let k = remaining.length - 1; k >= 0; k--) if (dropSet.has(remaining[k])) remaining.splice(k, 1);
		}
		let best = [];
		let bestR = 0n;
		let bestDen = 1n;
		for (const j of evaluated) {
			if (lastF[j] > bestF * (1 + 1e-6)) continue;
			let pi = pis.get(j);
			if (pi === void 0) {
				buildGroups(j);
				pi = walkExact(j);
				pis.set(j, pi);
			}
			const [R, den] = exactRho(j, pi);
			lastF[j] = ratioToFloat(R, den);
			if (best.length === 0) {
				best = [j];
				bestR = R;
				bestDen = den;
				continue;
			}
			const l = R * bestDen;
			const r = bestR * den;
			if (l < r) {
				best = [j];
				bestR = R;
				bestDen = den;
			} else if (l === r) best.push(j);
		}
		if (best.length === 0) break;
		roundNo++;
		best.sort((a, b) => p.tieRank[a] - p.tieRank[b]);
		const win = best[0];
		if (best.length > 1) tieBreaks.push({
			at: `MES round ${roundNo}`,
			tied: best.map((k) => p.election.projects[k].id),
			chosen: p.election.projects[win].id,
			decidedBy: tieCriterion(p, win, best[1])
		});
		const [R0, W0] = pis.get(win);
		selected.push(win);
		remaining.splice(remaining.indexOf(win), 1);
		spent += p.cost[win];
		const g = gcd(R0, W0);
		const Rr = R0 / g;
		const Wr = W0 / g;
		L *= Wr;
		Lhist.push(L);
		facCache = [];
		let paidAll = 0;
		const fresh = [];
		for (const { w, voters } of byWeight[win]) {
			stamp++;
			if (movedTo.length < cB.length) {
				const grow = (x) => {
					const y = new Int32Array(cB.length * 2);
					y.set(x);
					return y;
				};
				movedTo = grow(movedTo);
				movedStamp = grow(movedStamp);
			}
			const pay = Rr * BigInt(w);
			for (let k = 0; k < voters.length; k++) {
				const i = voters[k];
				const c = cls[i];
				let to = movedStamp[c] === stamp ? movedTo[c] : -1;
				if (to < 0) {
					const rest = exactB(c) - pay;
					if (rest <= 0n) to = 0;
					else {
						to = newClass(rest, ratioToFloat(rest, L));
						fresh.push(to);
					}
					movedTo[c] = to;
					movedStamp[c] = stamp;
				}
				const k2 = mult[i];
				if (to === 0 && c !== 0 && cB[c] < pay) paidAll += k2;
				size[c] -= k2;
				size[to] += k2;
				cls[i] = to;
			}
		}
		if (size[0] > 0 && !order.includes(0)) fresh.push(0);
		updateOrder(fresh);
		const scaleDen = D * p.election.moneyScale;
		rounds.push(new Round(roundNo, win, bestR, bestDen, R0, W0 * (L / Wr) * scaleDen, paidAll, p.supporterCount[win]));
		if (opts.abortAbove !== void 0 && spent > opts.abortAbove) {
			overBudget = true;
			break;
		}
	}
	const moneyScale = p.election.moneyScale;
	const details = {
		kind: "mes",
		voterBudget: Rational.of(E, D * moneyScale),
		rounds,
		finalBudget: (i) => {
			const c = cls[groupOf[i]];
			return Rational.of(cB[c], Lhist[cR[c]] * D * moneyScale);
		},
		unaffordableAfterRound,
		free
	};
	let cost = 0n;
	for (const j of selected) cost += p.cost[j];
	return {
		rule: opts.rule ?? "mes",
		selected,
		cost,
		tieBreaks,
		details,
		overBudget
	};
}
/** Plain MES: each voter holds B/n. */
function mesPlain(p, budget = p.election.budget, exclude) {
	const n = Math.max(p.numVoters, 1);
	return mes(p, {
		voterBudget: Rational.of(budget, BigInt(n)),
		...exclude ? { exclude } : {}
	});
}
/**
* MES completed by add1 in "integral" mode (the Pabulib checker / equalshares.net): each voter
* starts with floor(B/n) currency units; the per-voter budget grows by 1 unit per step and the
* last outcome whose cost stays within B is kept. When every project together fits in B, plain
* MES is used (as equalshares.net does: nothing to complete).
*/
function mesAdd1(p, budget = p.election.budget, exclude) {
	const n = BigInt(Math.max(p.numVoters, 1));
	const scale = p.election.moneyScale;
	let total = 0n;
	for (let j = 0; j < p.numProjects; j++) if (!exclude?.has(j)) total += p.cost[j];
	if (total <= budget) {
		const r = mesPlain(p, budget, exclude);
		r.rule = "mes-add1";
		r.details.add1Steps = 0;
		return r;
	}
	const supportable = /* @__PURE__ */ new Set();
	for (let j = 0; j < p.numProjects; j++) if (p.supporterCount[j] > 0 && !exclude?.has(j)) supportable.add(j);
	let perVoter = budget / scale / n * scale;
	const run = (b) => mes(p, {
		voterBudget: Rational.of(b),
		abortAbove: budget,
		...exclude ? { exclude } : {}
	});
	let current = run(perVoter);
	let steps = 0;
	while (current.selected.length < supportable.size && perVoter <= budget) {
		const next = run(perVoter + scale);
		if (next.overBudget || next.cost > budget) break;
		current = next;
		perVoter += scale;
		steps++;
	}
	current.rule = "mes-add1";
	current.details.add1Steps = steps;
	return current;
}
// ../packages/pb/src/rules/phragmen.ts
/**
* Sequential Phragmén for participatory budgeting (approval; for points ballots every project a
* voter gives points to counts as approved).
*
* Voters earn money continuously; a project is bought as soon as its supporters together have
* earned its cost, and buying it resets the supporters' "load" to the same level. Formally the
* next project is the one minimising (cost(p) + Σ_{i supports p} load_i) / |supporters(p)|, which
* becomes the new load of every supporter. A project that would exceed the budget is dropped
* and the rule continues with the rest. Exact fractions throughout.
*/
function phragmen(p, budget = p.election.budget, exclude) {
	const n = p.numVoters;
	const loads = [Rational.ZERO];
	const loadF = [0];
	const cls = new Int32Array(n);
	let cnt = /* @__PURE__ */ new Int32Array(16);
	const newClass = (r) => {
		const c = loads.length;
		loads.push(r);
		loadF.push(r.toNumber());
		if (c >= cnt.length) {
			const b = new Int32Array(cnt.length * 2);
			b.set(cnt);
			cnt = b;
		}
		return c;
	};
	const remaining = [];
	for (let j = 0; j < p.numProjects; j++) if (p.supporterCount[j] > 0 && !exclude?.has(j)) remaining.push(j);
	const lastF = remaining.map(() => 0);
	const lastOf = /* @__PURE__ */ new Map();
	remaining.forEach((j, k) => lastOf.set(j, k));
	const costF = p.cost.map((c) => Number(c));
	const selected = [];
	const tieBreaks = [];
	const rounds = [];
	let left = budget;
	const touched = [];
	const exactLoad = (j) => {
		const sup = p.supporters[j];
		touched.length = 0;
		for (let k = 0; k < sup.length; k++) {
			const c = cls[sup[k]];
			if (cnt[c]++ === 0) touched.push(c);
		}
		let sum = Rational.of(p.cost[j]);
		for (const c of touched) {
			if (c !== 0) sum = sum.add(loads[c].mulInt(BigInt(cnt[c])));
			cnt[c] = 0;
		}
		return sum.divInt(BigInt(sup.length));
	};
	const EPS = 2 ** -48;
	while (remaining.length > 0) {
		remaining.sort((a, b) => lastF[lastOf.get(a)] - lastF[lastOf.get(b)] || p.tieRank[a] - p.tieRank[b]);
		let bestF = Infinity;
		const evaluated = [];
		for (const j of remaining) {
			if (lastF[lastOf.get(j)] > bestF * (1 + 1e-9)) break;
			const sup = p.supporters[j];
			let sum = costF[j];
			for (let k = 0; k < sup.length; k++) sum += loadF[cls[sup[k]]];
			const f = sum / sup.length;
			lastF[lastOf.get(j)] = f * (1 - sup.length * EPS);
			evaluated.push([j, f]);
			if (f < bestF) bestF = f;
		}
		let best = [];
		let bestLoad = null;
		for (const [j, f] of evaluated) {
			if (f > bestF * (1 + 1e-9)) continue;
			const load = exactLoad(j);
			const d = bestLoad === null ? -1 : load.cmp(bestLoad);
			if (d < 0) {
				best = [j];
				bestLoad = load;
			} else if (d === 0) best.push(j);
		}
		if (bestLoad === null) break;
		best.sort((a, b) => p.tieRank[a] - p.tieRank[b]);
		const win = best[0];
		remaining.splice(remaining.indexOf(win), 1);
		if (p.cost[win] > left) continue;
		if (best.length > 1) tieBreaks.push({
			at: `Phragmén round ${rounds.length + 1}`,
			tied: best.map((k) => p.election.projects[k].id),
			chosen: p.election.projects[win].id,
			decidedBy: tieCriterion(p, win, best[1])
		});
		selected.push(win);
		left -= p.cost[win];
		const c = newClass(bestLoad);
		for (const i of p.supporters[win]) cls[i] = c;
		rounds.push({
			round: rounds.length + 1,
			project: win,
			load: bestLoad.divInt(p.election.moneyScale)
		});
	}
	return {
		rule: "phragmen",
		selected,
		cost: budget - left,
		tieBreaks,
		details: {
			kind: "phragmen",
			rounds
		}
	};
}
// ../packages/pb/src/rules/index.ts
var RULE_NAMES = [
	"greedy",
	"greedy-no-skip",
	"greedy-threshold",
	"mes",
	"mes-comparison",
	"mes-add1",
	"mes-add1u",
	"mes-add1-comparison",
	"phragmen",
	"official"
];
var UnknownRuleError = class extends Error {
	rule;
	constructor(rule) {
		super(`unknown rule "${rule}" (known: ${RULE_NAMES.join(", ")})`);
		this.rule = rule;
		this.name = "UnknownRuleError";
	}
};
/** The file's official rule cannot be computed here (e.g. `greedy-custom`, `unknown`). */
var UnsupportedOfficialRuleError = class extends Error {
	officialRule;
	reason;
	constructor(officialRule, reason) {
		super(`official rule "${officialRule}" is not supported: ${reason}`);
		this.officialRule = officialRule;
		this.reason = reason;
		this.name = "UnsupportedOfficialRuleError";
	}
};
/** The rule needs a parameter the file does not give (e.g. greedy-threshold without a threshold). */
var MissingRuleParameterError = class extends Error {
	rule;
	parameter;
	constructor(rule, parameter) {
		super(`rule ${rule} needs ${parameter}, which the file's META does not give`);
		this.rule = rule;
		this.parameter = parameter;
		this.name = "MissingRuleParameterError";
	}
};
var OFFICIAL = {
	greedy: "greedy",
	"greedy-no-skip": "greedy-no-skip",
	"greedy-threshold": "greedy-threshold",
	equalshares: "mes",
	"equalshares-comparison": "mes-comparison",
	"equalshares/add1": "mes-add1",
	"equalshares/add1-comparison": "mes-add1-comparison"
};
var UNSUPPORTED_REASON = {
	"greedy-custom": "a city-specific greedy variant (e.g. Poznań funds the next project if 80% of its cost is left, from reserve funds)",
	"greedy-exclusive": "greedy with mutually exclusive projects, which the file does not describe",
	unknown: "the file does not say which rule was used"
};
/** Maps the META `rule` of a file to one of our rule names, or explains why it cannot. */
function officialRuleOf(e) {
	const r = (e.meta["rule"] ?? "").trim();
	const name = OFFICIAL[r];
	if (name === void 0) throw new UnsupportedOfficialRuleError(r || "(none)", UNSUPPORTED_REASON[r] ?? "no such rule in the Pabulib format");
	if (name === "greedy-threshold" && thresholdOf(e) === void 0) throw new UnsupportedOfficialRuleError(r, "META has no min_project_score_threshold");
	return name;
}
function thresholdOf(e) {
	const t = e.meta["min_project_score_threshold"];
	if (t === void 0 || t.trim() === "") return void 0;
	const v = Number(t.replace(",", "."));
	return Number.isFinite(v) ? v : void 0;
}
/** Satisfaction a voter draws from a set of projects: approved count, or points. */
function satisfactionPerVoter(p, selected) {
	const sat = new Float64Array(p.numVoters);
	for (const j of selected) {
		const sup = p.supporters[j];
		const w = p.weights[j];
		for (let k = 0; k < sup.length; k++) sat[sup[k]] += w ? w[k] : 1;
	}
	return sat;
}
/**
* Comparison step (equalshares.net / Pabulib checker, "satisfaction" mode): every voter compares
* the number of funded projects they supported (points for points ballots) under both outcomes;
* if more voters prefer greedy than prefer MES, greedy's outcome wins.
*/
function compareWithGreedy(p, run, opts, rule) {
	const g = greedy(p, {
		skip: true,
		...opts.budget !== void 0 ? { budget: opts.budget } : {},
		...opts.exclude ? { exclude: opts.exclude } : {}
	});
	const sm = satisfactionPerVoter(p, run.selected);
	const sg = satisfactionPerVoter(p, g.selected);
	let prefersMes = 0;
	let prefersGreedy = 0;
	for (let i = 0; i < p.numVoters; i++) if (sm[i] > sg[i]) prefersMes++;
	else if (sg[i] > sm[i]) prefersGreedy++;
	const winner = prefersGreedy > prefersMes ? "greedy" : "mes";
	run.details.comparison = {
		prefersMes,
		prefersGreedy,
		winner
	};
	if (winner === "greedy") return {
		...g,
		rule,
		comparison: run.details.comparison
	};
	run.rule = rule;
	run.comparison = run.details.comparison;
	return run;
}
/** Utilitarian completion: add remaining projects by decreasing score while they fit. */
function completeByScore(p, run, budget, exclude) {
	const chosen = new Set(run.selected);
	let left = budget - run.cost;
	const added = [];
	for (const j of greedyOrder(p)) {
		if (chosen.has(j) || exclude?.has(j) || p.cost[j] > left) continue;
		added.push(j);
		run.selected.push(j);
		left -= p.cost[j];
	}
	run.cost = budget - left;
	run.details.completion = added;
	return run;
}
function withdrawnProjects(e) {
	const out = [];
	e.projects.forEach((p, j) => {
		if (p.cost === 999999999n * e.moneyScale) out.push(j);
	});
	return out;
}
function withWithdrawn(e, exclude) {
	const w = withdrawnProjects(e);
	if (w.length === 0) return exclude;
	return /* @__PURE__ */ new Set([...exclude ?? [], ...w]);
}
/** Counts an election with the named rule. Throws UnknownRuleError / UnsupportedOfficialRuleError. */
function tally(e, rule, opts = {}) {
	if (!RULE_NAMES.includes(rule)) throw new UnknownRuleError(rule);
	const p = profileOf(e, opts.tieBreaking);
	const name = rule === "official" ? officialRuleOf(e) : rule;
	const budget = opts.budget ?? e.budget;
	const ex = withWithdrawn(e, opts.exclude);
	const officialThreshold = rule === "official" && name.startsWith("greedy") ? thresholdOf(e) : void 0;
	const base = {
		budget,
		...ex ? { exclude: ex } : {}
	};
	let out;
	switch (name) {
		case "greedy":
			out = greedy(p, {
				skip: true,
				...base,
				...officialThreshold !== void 0 ? { threshold: officialThreshold } : {}
			});
			out.rule = "greedy";
			break;
		case "greedy-no-skip":
			out = greedy(p, {
				skip: false,
				...base,
				...officialThreshold !== void 0 ? { threshold: officialThreshold } : {}
			});
			out.rule = "greedy-no-skip";
			break;
		case "greedy-threshold": {
			const t = opts.threshold ?? thresholdOf(e);
			if (t === void 0) throw new MissingRuleParameterError("greedy-threshold", "min_project_score_threshold");
			out = greedy(p, {
				skip: true,
				threshold: t,
				...base
			});
			break;
		}
		case "mes":
			out = mesPlain(p, budget, ex);
			break;
		case "mes-comparison":
			out = compareWithGreedy(p, mesPlain(p, budget, ex), opts, "mes-comparison");
			break;
		case "mes-add1":
			out = mesAdd1(p, budget, ex);
			break;
		case "mes-add1u":
			out = completeByScore(p, mesAdd1(p, budget, ex), budget, ex);
			out.rule = "mes-add1u";
			break;
		case "mes-add1-comparison":
			out = compareWithGreedy(p, mesAdd1(p, budget, ex), opts, "mes-add1-comparison");
			break;
		case "phragmen":
			out = phragmen(p, budget, ex);
			break;
		default: throw new UnknownRuleError(rule);
	}
	if (rule === "official") out.rule = name;
	return out;
}
// ../packages/pb/src/explain.ts
/**
* Explanations: for every project why it won or lost, for every voter what their share paid
* for. Each explanation is data (for pages and the API) plus a Polish and an English sentence.
*/
var two = (r) => r.toFixed(2);
function explainProjects(e, out) {
	const p = profileOf(e);
	const cur = e.meta["currency"] ?? "";
	const m = (x) => `${displayMoney(x, e.moneyScale)}${cur ? " " + cur : ""}`;
	const selected = new Set(out.selected);
	const res = [];
	const d = out.details;
	const steps = d.kind === "greedy" ? new Map(d.steps.map((s) => [s.project, s])) : null;
	const rounds = d.kind === "mes" ? new Map(d.rounds.map((r) => [r.project, r])) : null;
	const completion = d.kind === "mes" ? new Set(d.completion ?? []) : /* @__PURE__ */ new Set();
	const free = d.kind === "mes" ? new Set(d.free) : /* @__PURE__ */ new Set();
	const greedyStop = steps ? [...steps.values()].find((s) => s.decision === "does-not-fit" && d.kind === "greedy") : void 0;
	for (let j = 0; j < p.numProjects; j++) {
		const base = {
			projectId: e.projects[j].id,
			score: p.score[j],
			supporters: p.supporterCount[j],
			cost: displayMoney(p.cost[j], e.moneyScale)
		};
		const unit = p.pointsUtility ? "points" : "votes";
		const unitPl = p.pointsUtility ? "pkt" : "głosów";
		if (steps) {
			const s = steps.get(j);
			if (!s) {
				res.push({
					...base,
					funded: false,
					reason: "excluded",
					text: {
						en: `Not counted (withdrawn or outside this pool).`,
						pl: `Nie brał udziału w liczeniu (wycofany lub spoza tej puli).`
					}
				});
				continue;
			}
			const at = m(s.remainingBefore);
			const common = {
				...base,
				rank: s.rank,
				remainingAtTurn: displayMoney(s.remainingBefore, e.moneyScale)
			};
			if (s.decision === "funded") res.push({
				...common,
				funded: true,
				reason: "funded",
				text: {
					en: `Funded: ranked ${s.rank} with ${s.score} ${unit}; ${at} were left at its turn and it costs ${m(p.cost[j])}.`,
					pl: `Wybrany: ${s.rank}. miejsce (${s.score} ${unitPl}); w chwili jego kolejki zostało ${at}, kosztuje ${m(p.cost[j])}.`
				}
			});
			else if (s.decision === "does-not-fit") res.push({
				...common,
				funded: false,
				reason: "does-not-fit",
				text: {
					en: `Not funded: ranked ${s.rank} with ${s.score} ${unit}, but only ${at} were left at its turn and it costs ${m(p.cost[j])}.`,
					pl: `Niewybrany: ${s.rank}. miejsce (${s.score} ${unitPl}), ale w chwili jego kolejki zostało tylko ${at}, a kosztuje ${m(p.cost[j])}.`
				}
			});
			else if (s.decision === "below-threshold") res.push({
				...common,
				funded: false,
				reason: "below-threshold",
				text: {
					en: `Not funded: ${s.score} ${unit} is below the required minimum of ${d.threshold}.`,
					pl: `Niewybrany: ${s.score} ${unitPl} to mniej niż wymagane minimum ${d.threshold}.`
				}
			});
			else {
				const stopId = greedyStop ? e.projects[greedyStop.project].id : "?";
				res.push({
					...common,
					funded: false,
					reason: "stopped",
					text: {
						en: `Not funded: counting stopped at project ${stopId}, the first that did not fit (rank ${greedyStop?.rank}).`,
						pl: `Niewybrany: liczenie zatrzymało się na projekcie ${stopId}, pierwszym, który się nie zmieścił (${greedyStop?.rank}. miejsce).`
					}
				});
			}
			continue;
		}
		if (rounds) {
			const md = d;
			const r = rounds.get(j);
			if (r) {
				const pay = two(r.fullPayment);
				const per = p.pointsUtility ? " per point" : "";
				const perPl = p.pointsUtility ? " za punkt" : "";
				res.push({
					...base,
					funded: true,
					reason: "funded",
					round: r.round,
					paymentPerSupporter: pay,
					paidAllTheyHad: r.paidAllTheyHad,
					text: {
						en: `Funded in round ${r.round}: its ${r.supporters} supporters shared the cost of ${m(p.cost[j])}, each paying ${pay}${per}${r.paidAllTheyHad > 0 ? `; ${r.paidAllTheyHad} of them paid all they had left` : ""}.`,
						pl: `Wybrany w rundzie ${r.round}: ${r.supporters} popierających podzieliło koszt ${m(p.cost[j])}, każdy płacąc ${pay}${perPl}${r.paidAllTheyHad > 0 ? `; ${r.paidAllTheyHad} z nich oddało wszystko, co im zostało` : ""}.`
					}
				});
				continue;
			}
			if (free.has(j)) {
				res.push({
					...base,
					funded: true,
					reason: "funded-free",
					text: {
						en: "Funded: it costs nothing and has supporters.",
						pl: "Wybrany: nic nie kosztuje i ma popierających."
					}
				});
				continue;
			}
			if (selected.has(j) && completion.has(j)) {
				res.push({
					...base,
					funded: true,
					reason: "funded-by-completion",
					text: {
						en: `Funded by the completion step: the money left after Equal Shares was enough, taken in order of ${unit}.`,
						pl: `Wybrany w kroku uzupełniającym: pieniądze pozostałe po metodzie równych udziałów wystarczyły (kolejność według liczby ${unitPl}).`
					}
				});
				continue;
			}
			if (p.supporterCount[j] === 0) {
				res.push({
					...base,
					funded: false,
					reason: "no-supporters",
					text: {
						en: "Not funded: nobody supported it.",
						pl: "Niewybrany: nikt go nie poparł."
					}
				});
				continue;
			}
			let left = Rational.ZERO;
			for (const i of p.supporters[j]) left = left.add(md.finalBudget(i));
			const costR = Rational.of(p.cost[j], e.moneyScale);
			const after = md.unaffordableAfterRound.get(j);
			const leftTxt = two(left);
			res.push({
				...base,
				funded: false,
				reason: "supporters-cannot-afford",
				supportersMoneyLeft: leftTxt,
				...after !== void 0 ? { unaffordableAfterRound: after } : {},
				text: {
					en: `Not funded: its ${p.supporterCount[j]} supporters had only ${leftTxt}${cur ? " " + cur : ""} left together${left.lt(costR) ? "" : " (enough, but other projects were cheaper per supporter each round)"}, and it costs ${m(p.cost[j])}.`,
					pl: `Niewybrany: ${p.supporterCount[j]} popierających miało razem już tylko ${leftTxt}${cur ? " " + cur : ""}${left.lt(costR) ? "" : " (wystarczająco, ale inne projekty były w każdej rundzie tańsze na osobę)"}, a projekt kosztuje ${m(p.cost[j])}.`
				}
			});
			continue;
		}
		const funded = selected.has(j);
		res.push({
			...base,
			funded,
			reason: funded ? "funded" : "not-selected",
			text: funded ? {
				en: "Funded by sequential Phragmén: its supporters earned its cost before the others.",
				pl: "Wybrany metodą Phragména: jego popierający najwcześniej „zarobili” jego koszt."
			} : {
				en: "Not funded by sequential Phragmén: it did not fit when its turn came, or had no supporters.",
				pl: "Niewybrany metodą Phragména: nie zmieścił się w budżecie w swojej kolejce albo nie miał popierających."
			}
		});
	}
	return res;
}
// ../packages/pb/src/metrics.ts
/**
* Fairness metrics of an outcome. These describe, they never decide, so floats are fine here.
*/
/** Gini coefficient of non-negative values (0 = everyone equal, →1 = one takes all). */
function gini(values) {
	const xs = Array.from(values).sort((a, b) => a - b);
	const n = xs.length;
	let sum = 0;
	let weighted = 0;
	for (let i = 0; i < n; i++) {
		sum += xs[i];
		weighted += (i + 1) * xs[i];
	}
	if (n === 0 || sum === 0) return 0;
	return 2 * weighted / (n * sum) - (n + 1) / n;
}
function computeMetrics(e, selected) {
	const p = profileOf(e);
	const money = (x) => Number(formatMoney(x, e.moneyScale));
	const count = new Float64Array(p.numVoters);
	const cost = new Float64Array(p.numVoters);
	let total = 0n;
	const perCategory = {};
	const perDistrict = {};
	const metaDistrict = e.meta["district"] ?? e.meta["subunit"] ?? e.meta["unit"] ?? "";
	for (const j of selected) {
		const c = money(p.cost[j]);
		total += p.cost[j];
		for (const i of p.supporters[j]) {
			count[i] += 1;
			cost[i] += c;
		}
		const proj = e.projects[j];
		for (const cat of projectCategories(proj)) perCategory[cat] = (perCategory[cat] ?? 0n) + p.cost[j];
		const d = (proj.fields["district"] ?? "").trim() || metaDistrict || "(none)";
		perDistrict[d] = (perDistrict[d] ?? 0n) + p.cost[j];
	}
	let covered = 0;
	let sumCount = 0;
	let sumCost = 0;
	for (let i = 0; i < p.numVoters; i++) {
		if (count[i] > 0) covered++;
		sumCount += count[i];
		sumCost += cost[i];
	}
	const n = Math.max(p.numVoters, 1);
	const toNum = (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, money(v)]));
	return {
		voters: p.numVoters,
		fundedProjects: selected.length,
		cost: money(total),
		budget: money(e.budget),
		budgetUsed: e.budget === 0n ? 0 : Number(total * 1000000n / e.budget) / 1e6,
		coverage: covered / n,
		exclusionRatio: 1 - covered / n,
		avgSatisfactionCount: sumCount / n,
		avgSatisfactionCost: sumCost / n,
		giniSatisfactionCount: gini(count),
		giniSatisfactionCost: gini(cost),
		fundsPerCategory: toNum(perCategory),
		fundsPerDistrict: toNum(perDistrict)
	};
}
// ../packages/pb/src/earmark.ts
/**
* Green budget support: an earmark (at least a share of the budget for projects of a category)
* and separate pools (citywide, district, green) counted independently from one ballot set.
*/
/**
* The earmark rule: first the named rule is run on the category's projects alone with the
* reserved money (every voter takes part, each with their share of the reserve); then the
* rule is run on all other projects (and the category's unfunded ones) with what is left of
* the whole budget. The category thus receives at least the reserve whenever its supported
* projects can absorb it; when they cannot, the result says why.
*/
function tallyWithEarmark(e, rule, spec) {
	const inCat = /* @__PURE__ */ new Set();
	e.projects.forEach((p, j) => {
		if (projectCategories(p).includes(spec.category)) inCat.add(j);
	});
	const reserved = e.budget * spec.share[0] / spec.share[1];
	const outside = /* @__PURE__ */ new Set();
	for (let j = 0; j < e.projects.length; j++) if (!inCat.has(j)) outside.add(j);
	const first = tally(e, rule, {
		budget: reserved,
		exclude: outside
	});
	const firstSet = new Set(first.selected);
	const rest = tally(e, rule, {
		budget: e.budget - first.cost,
		exclude: firstSet
	});
	const selected = [...first.selected, ...rest.selected];
	let categorySpent = 0n;
	for (const j of selected) if (inCat.has(j)) categorySpent += e.projects[j].cost;
	const met = categorySpent >= reserved;
	let reason = null;
	const money = (x) => `${formatMoney(x, e.moneyScale)}${e.meta["currency"] ? " " + e.meta["currency"] : ""}`;
	if (!met) {
		const supported = /* @__PURE__ */ new Set();
		for (const v of e.voters) for (const j of v.projects) if (inCat.has(j)) supported.add(j);
		let supportedCost = 0n;
		for (const j of supported) supportedCost += e.projects[j].cost;
		if (inCat.size === 0) reason = {
			en: `No project has the category "${spec.category}".`,
			pl: `Żaden projekt nie ma kategorii „${spec.category}”.`
		};
		else if (supportedCost < reserved) reason = {
			en: `Supported "${spec.category}" projects cost only ${money(supportedCost)} together, less than the reserved ${money(reserved)}.`,
			pl: `Poparte projekty z kategorii „${spec.category}” kosztują razem tylko ${money(supportedCost)}, mniej niż zarezerwowane ${money(reserved)}.`
		};
		else reason = {
			en: `The remaining "${spec.category}" projects did not fit into what was left of the reserve or were not chosen by the rule; ${money(categorySpent)} of ${money(reserved)} were spent on the category.`,
			pl: `Pozostałe projekty z kategorii „${spec.category}” nie zmieściły się w reszcie rezerwy albo nie zostały wybrane przez regułę; na kategorię wydano ${money(categorySpent)} z ${money(reserved)}.`
		};
	}
	return {
		rule,
		selected: selected.map((j) => e.projects[j].id),
		cost: first.cost + rest.cost,
		reserved,
		categorySpent,
		met,
		reason,
		earmarkOutcome: first,
		restOutcome: rest
	};
}
// src/lib/server/budgets/engine.ts
/** The bridge to packages/pb: every count, ballot check, explanation, metric and Pabulib file
* goes through the engine. This file only translates between our rows and the engine's
* Election / BallotRules / Outcome. */
/** The category label our climate projects carry in Pabulib files. */
var CLIMATE_CATEGORY = "climate";
function voteTypeOf(kind) {
	return kind === "krakow" ? "ordinal" : kind === "cumulative" ? "cumulative" : "approval";
}
function fileRule(rule) {
	return rule === "mes-add1-comparison" ? "equalshares/add1-comparison" : rule === "mes-add1" ? "equalshares/add1" : rule;
}
/** A pool as an engine Election (amounts in whole PLN: moneyScale 1). */
function buildElection(cfg, pool, projects, ballots, extraMeta = {}) {
	const voteType = voteTypeOf(cfg.ballotKind);
	const meta = {
		description: pool.name,
		country: "Poland",
		unit: "Kraków",
		...pool.districtName ? { district: pool.districtName } : {},
		...extraMeta,
		num_projects: String(projects.length),
		num_votes: String(ballots.length),
		budget: String(pool.amount),
		vote_type: voteType,
		rule: fileRule(pool.rule),
		min_length: "1",
		...voteType === "cumulative" ? { max_sum_points: String(cfg.cumulativePoints) } : { max_length: String(cfg.ballotKind === "approval_budget" ? Math.max(1, projects.length) : cfg.maxChoices) },
		...cfg.ballotKind === "approval_budget" ? { max_sum_cost: String(pool.amount) } : {},
		language: "pl",
		currency: "PLN"
	};
	const withSelected = projects.some((p) => p.selected !== void 0);
	const projectColumns = [
		"project_id",
		"cost",
		"name",
		"category",
		...withSelected ? ["selected"] : []
	];
	const list = projects.map((p) => ({
		id: p.code,
		cost: BigInt(Math.round(p.cost)),
		fields: {
			project_id: p.code,
			cost: String(Math.round(p.cost)),
			name: p.title,
			category: p.category ?? "",
			...withSelected ? { selected: p.selected ? "1" : "0" } : {}
		}
	}));
	const projectIndex = new Map(list.map((p, j) => [p.id, j]));
	const hasPoints = voteType === "cumulative";
	const voters = ballots.map((b, i) => ({
		id: String(i + 1),
		projects: b.projects.map((c) => projectIndex.get(c)).filter((j) => j !== void 0),
		points: hasPoints ? b.points ?? [] : null,
		extra: []
	}));
	return {
		meta,
		voteType,
		moneyScale: 1n,
		budget: BigInt(pool.amount),
		projects: list,
		projectColumns,
		voters,
		voterExtraColumns: [],
		hasPointsColumn: hasPoints,
		projectIndex
	};
}
/** Writes a pool as a Pabulib file (the published anonymised ballots) with the engine's writer. */
function poolToPabulib(cfg, pool, projects, ballots, extraMeta = {}) {
	return writePabulib(buildElection(cfg, pool, projects, ballots, extraMeta));
}
function parseFile(text) {
	return parsePabulib(text, { strictBallots: false });
}
/** Checks one voter's part of a ballot with the engine's validateBallot. */
function checkBallotPart(cfg, pool, projects, part) {
	return validateBallot(ballotRulesOf(buildElection(cfg, pool, projects, [])), part.points ? {
		projects: part.projects,
		points: part.points
	} : { projects: part.projects }).map((p) => ({
		code: p.code,
		pl: p.messagePl,
		en: p.message
	}));
}
function numericMetrics(m) {
	const out = {};
	for (const [k, v] of Object.entries(m)) if (typeof v === "number" && Number.isFinite(v)) out[k] = Math.round(v * 1e4) / 1e4;
	return out;
}
function explained(e, out) {
	const res = {};
	for (const x of explainProjects(e, out)) res[x.projectId] = {
		score: x.score,
		funded: x.funded,
		pl: x.text.pl,
		en: x.text.en
	};
	return res;
}
/** Counts one pool with a rule of the engine, with explanations and fairness metrics. */
function countElection(e, rule, opts = {}) {
	const out = tally(e, rule);
	return {
		rule: out.rule,
		selected: out.selected.map((j) => e.projects[j].id),
		cost: Number(out.cost / e.moneyScale),
		voters: e.voters.length,
		explanations: opts.explain === false ? {} : explained(e, out),
		metrics: numericMetrics(computeMetrics(e, out.selected))
	};
}
/** Green "share" mode: the engine's earmark (at least `sharePercent` % of the pool for
* projects of the climate category), then the rest of the pool. */
function countWithGreenShare(e, rule, sharePercent) {
	const r = tallyWithEarmark(e, rule, {
		category: CLIMATE_CATEGORY,
		share: [BigInt(sharePercent), 100n]
	});
	const firstSet = new Set(r.earmarkOutcome.selected);
	const explanations = explained(e, r.restOutcome);
	for (const [id, x] of Object.entries(explained(e, r.earmarkOutcome))) {
		const j = e.projectIndex.get(id);
		if (firstSet.has(j)) explanations[id] = {
			...x,
			pl: `Zielona gwarancja (${sharePercent}%): ${x.pl}`,
			en: `Green guarantee (${sharePercent}%): ${x.en}`
		};
	}
	const selectedIdx = r.selected.map((id) => e.projectIndex.get(id));
	for (const id of r.selected) explanations[id] = {
		...explanations[id],
		funded: true
	};
	return {
		rule: `${rule}+green-share`,
		selected: r.selected,
		cost: Number(r.cost / e.moneyScale),
		voters: e.voters.length,
		explanations,
		metrics: {
			...numericMetrics(computeMetrics(e, selectedIdx)),
			greenReserved: Number(r.reserved / e.moneyScale),
			greenSpent: Number(r.categorySpent / e.moneyScale)
		},
		earmark: {
			reserved: Number(r.reserved / e.moneyScale),
			spent: Number(r.categorySpent / e.moneyScale),
			met: r.met,
			reason: r.reason
		}
	};
}
// src/lib/server/budgets/service.ts
var tx = async (ctx, fn) => ctx.db.transaction(async (t) => fn(t));
var PHASES = [
	"before",
	"submission",
	"support",
	"verification",
	"appeals",
	"voting",
	"results",
	"implementation"
];
function phaseOf(e, now) {
	if (e.historical) return "results";
	const t = now.getTime();
	if (t >= e.implementationOpensAt.getTime()) return "implementation";
	if (t >= e.votingClosesAt.getTime()) return "results";
	if (t >= e.votingOpensAt.getTime()) return "voting";
	if (t >= e.appealsOpensAt.getTime()) return "appeals";
	if (t >= e.verificationOpensAt.getTime()) return "verification";
	if (t >= e.supportOpensAt.getTime()) return "support";
	if (t >= e.submissionOpensAt.getTime()) return "submission";
	return "before";
}
/** Rules are frozen once voting opens: no change to pools, ballot or rules after that. */
function rulesFrozen(e, now) {
	return e.historical || now.getTime() >= e.votingOpensAt.getTime();
}
async function officialIdsOf(db, processId) {
	return (await db.select({ userId: processOfficial.userId }).from(processOfficial).where(eq(processOfficial.processId, processId))).map((r) => r.userId);
}
async function requireManage(db, ctx, processId) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.manage(ctx.actor, await officialIdsOf(db, processId))) throw new ForbiddenError();
}
async function editionRow(db, processId) {
	const [e] = await db.select().from(budgetEdition).where(eq(budgetEdition.processId, processId));
	if (!e) throw new NotFoundError("Budget edition");
	return e;
}
function cfgOf(e) {
	return {
		ballotKind: e.ballotKind,
		maxChoices: e.maxChoices,
		cumulativePoints: e.cumulativePoints
	};
}
var dateField = z.coerce.date({ error: "invalid_date" });
var editionBase = z.object({
	title: z.string().trim().min(5, "title_too_short").max(200, "title_too_long"),
	description: z.string().trim().min(10, "description_too_short").max(2e4),
	year: z.coerce.number({ error: "budgets_invalid_number" }).int().min(2e3, "budgets_invalid_number").max(2100, "budgets_invalid_number"),
	ballotKind: z.enum(BALLOT_KINDS, { error: "required" }),
	maxChoices: z.coerce.number({ error: "budgets_invalid_number" }).int().min(1, "budgets_invalid_number").max(50, "budgets_invalid_number").default(3),
	cumulativePoints: z.coerce.number({ error: "budgets_invalid_number" }).int().min(1, "budgets_invalid_number").max(100, "budgets_invalid_number").default(10),
	greenMode: z.enum(GREEN_MODES, { error: "required" }),
	greenSharePercent: z.coerce.number({ error: "budgets_invalid_number" }).int().min(0, "budgets_invalid_number").max(100, "budgets_invalid_number").default(0),
	minAge: z.coerce.number({ error: "budgets_invalid_number" }).int().min(0, "budgets_invalid_number").max(120, "budgets_invalid_number").default(0),
	supportRequired: z.coerce.number({ error: "budgets_invalid_number" }).int().min(0, "budgets_invalid_number").max(1e4, "budgets_invalid_number").default(0),
	appealDays: z.coerce.number({ error: "budgets_invalid_number" }).int().min(1, "budgets_invalid_number").max(60, "budgets_invalid_number").default(7),
	submissionOpensAt: dateField,
	supportOpensAt: dateField,
	verificationOpensAt: dateField,
	appealsOpensAt: dateField,
	votingOpensAt: dateField,
	votingClosesAt: dateField,
	implementationOpensAt: dateField
});
function datesInOrder(d, c) {
	const order = [
		"submissionOpensAt",
		"supportOpensAt",
		"verificationOpensAt",
		"appealsOpensAt",
		"votingOpensAt",
		"votingClosesAt",
		"implementationOpensAt"
	];
	for (let i = 1; i < order.length; i++) if (d[order[i]].getTime() < d[order[i - 1]].getTime()) c.addIssue({
		code: "custom",
		message: "budgets_dates_out_of_order",
		path: [order[i]]
	});
}
var editionInput = editionBase.superRefine(datesInOrder);
function phasesFor(d) {
	const span = (name, a, b) => ({
		name,
		startsAt: a,
		endsAt: b.getTime() > a.getTime() ? b : new Date(a.getTime() + 864e5)
	});
	return [
		span("Zgłaszanie projektów", d.submissionOpensAt, d.supportOpensAt),
		span("Zbieranie podpisów poparcia", d.supportOpensAt, d.verificationOpensAt),
		span("Weryfikacja", d.verificationOpensAt, d.appealsOpensAt),
		span("Odwołania", d.appealsOpensAt, d.votingOpensAt),
		span("Głosowanie", d.votingOpensAt, d.votingClosesAt),
		span("Wyniki", d.votingClosesAt, d.implementationOpensAt),
		span("Realizacja", d.implementationOpensAt, new Date(d.implementationOpensAt.getTime() + 63072e6))
	];
}
/** Creates an edition: a published `process` (mechanism 'budget') plus its rules. */
async function createEdition(ctx, input) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (ctx.actor.role !== "official" && ctx.actor.role !== "admin") throw new ForbiddenError();
	const data = parseInput(editionInput, input);
	const { title, description, ...rules } = data;
	const created = await createProcess(ctx, {
		mechanism: "budget",
		title,
		description,
		scopeDecided: "Pule, kwoty, zasady głosowania i reguła liczenia głosów (zamrożone od otwarcia głosowania).",
		scopeOpen: "Które projekty zostaną zrealizowane — decydują mieszkańcy w głosowaniu.",
		scopeWhoDecides: "Mieszkańcy w głosowaniu; urzędnicy weryfikują projekty z pisemnym uzasadnieniem.",
		scopeWhen: `Głosowanie: ${data.votingOpensAt.toISOString().slice(0, 10)} – ${data.votingClosesAt.toISOString().slice(0, 10)}.`,
		topics: [
			"greenery_water",
			"heat",
			"energy",
			"transport"
		],
		phases: phasesFor(data)
	}, { publish: true });
	await tx(ctx, async (t) => {
		await t.insert(budgetEdition).values({
			processId: created.id,
			...rules
		});
		await recordAudit(t, ctx, {
			action: "budget.edition.create",
			targetType: "process",
			targetId: created.id,
			after: rules
		});
	});
	return created;
}
var rulesInput = editionBase.omit({
	title: true,
	description: true,
	year: true
}).superRefine(datesInOrder);
/** Changes the rules and dates of an edition; refused once voting has opened. */
async function updateEditionRules(ctx, processId, input) {
	const data = parseInput(rulesInput, input);
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const before = await editionRow(t, processId);
		if (rulesFrozen(before, ctx.now())) throw new ConflictError("budgets_rules_frozen");
		await t.update(budgetEdition).set(data).where(eq(budgetEdition.processId, processId));
		await recordAudit(t, ctx, {
			action: "budget.edition.rules",
			targetType: "process",
			targetId: processId,
			before,
			after: data
		});
	});
}
var poolInput = z.object({
	kind: z.enum(POOL_KINDS, { error: "required" }),
	districtId: z.coerce.number().int().min(1).max(18).nullable().default(null),
	name: z.string().trim().min(3, "required").max(200),
	amount: z.coerce.number({ error: "budgets_invalid_number" }).int("budgets_invalid_number").min(1, "budgets_invalid_number").max(0xe8d4a51000, "budgets_invalid_number"),
	minCost: z.coerce.number({ error: "budgets_invalid_number" }).int("budgets_invalid_number").min(0, "budgets_invalid_number").default(0),
	maxCost: z.coerce.number({ error: "budgets_invalid_number" }).int("budgets_invalid_number").min(1, "budgets_invalid_number"),
	rule: z.enum(POOL_RULES, { error: "required" })
}).refine((p) => p.kind !== "district" || p.districtId !== null, {
	message: "required",
	path: ["districtId"]
}).refine((p) => p.maxCost >= p.minCost, {
	message: "budgets_max_below_min",
	path: ["maxCost"]
}).refine((p) => p.maxCost <= p.amount, {
	message: "budgets_max_above_amount",
	path: ["maxCost"]
});
async function addPool(ctx, processId, input) {
	const data = parseInput(poolInput, input);
	const id = newId();
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		if (rulesFrozen(await editionRow(t, processId), ctx.now())) throw new ConflictError("budgets_rules_frozen");
		const [{ n }] = await t.select({ n: sql`count(*)::int` }).from(budgetPool).where(eq(budgetPool.processId, processId));
		await t.insert(budgetPool).values({
			id,
			processId,
			...data,
			districtId: data.kind === "district" ? data.districtId : null,
			position: n
		});
		await recordAudit(t, ctx, {
			action: "budget.pool.add",
			targetType: "process",
			targetId: processId,
			after: {
				id,
				...data
			}
		});
	});
	return id;
}
/** Moves the edition to the next phase now (shortens the running phase): used by officials to
* open or close voting by hand. Closing voting counts the results. */
async function advancePhase(ctx, processId, to) {
	const now = ctx.now();
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const e = await editionRow(t, processId);
		if (e.historical) throw new ConflictError("budgets_historical");
		const current = phaseOf(e, now);
		if (PHASES.indexOf(to) <= PHASES.indexOf(current)) throw new ConflictError("budgets_phase_already_passed");
		const col = {
			support: "supportOpensAt",
			verification: "verificationOpensAt",
			appeals: "appealsOpensAt",
			voting: "votingOpensAt",
			results: "votingClosesAt",
			implementation: "implementationOpensAt"
		};
		const order = [
			"submissionOpensAt",
			"supportOpensAt",
			"verificationOpensAt",
			"appealsOpensAt",
			"votingOpensAt",
			"votingClosesAt",
			"implementationOpensAt"
		];
		const set = {};
		const idx = order.indexOf(col[to]);
		for (let i = 0; i <= idx; i++) if (e[order[i]].getTime() > now.getTime()) set[order[i]] = now;
		for (let i = idx + 1; i < order.length; i++) if (e[order[i]].getTime() <= now.getTime()) set[order[i]] = new Date(now.getTime() + (i - idx) * 864e5);
		await t.update(budgetEdition).set(set).where(eq(budgetEdition.processId, processId));
		await recordAudit(t, ctx, {
			action: `budget.phase.${to}`,
			targetType: "process",
			targetId: processId,
			before: { phase: current },
			after: set
		});
	});
	if (to === "results" || to === "implementation") {
		if (!(await editionRow(ctx.db, processId)).countedAt) await countEdition(ctx, processId);
	}
}
async function listEditions(ctx) {
	const rows = await ctx.db.select({
		e: budgetEdition,
		p: process
	}).from(budgetEdition).innerJoin(process, eq(process.id, budgetEdition.processId)).where(inArray(process.status, ["published", "closed"])).orderBy(desc(budgetEdition.year), asc(budgetEdition.historical), asc(process.title));
	const pools = rows.length ? await ctx.db.select().from(budgetPool).where(inArray(budgetPool.processId, rows.map((r) => r.e.processId))) : [];
	return rows.map(({ e, p }) => ({
		id: p.id,
		slug: p.slug,
		title: p.title,
		description: p.description,
		year: e.year,
		historical: e.historical,
		phase: phaseOf(e, ctx.now()),
		ballotKind: e.ballotKind,
		greenMode: e.greenMode,
		total: pools.filter((x) => x.processId === p.id).reduce((s, x) => s + x.amount, 0),
		pools: pools.filter((x) => x.processId === p.id).length
	}));
}
/** An edition by slug or id, with its pools, phase and whether its rules are frozen. */
async function getEdition(ctx, slugOrId) {
	const [p] = await ctx.db.select().from(process).where(sql`${process.slug} = ${slugOrId} or ${process.id} = ${slugOrId}`);
	if (!p || p.mechanism !== "budget") throw new NotFoundError("Budget edition");
	const officials = await officialIdsOf(ctx.db, p.id);
	const canManage = budgetRules.manage(ctx.actor, officials);
	if (p.status === "draft" && !canManage) throw new NotFoundError("Budget edition");
	const e = await editionRow(ctx.db, p.id);
	const pools = await ctx.db.select({
		pool: budgetPool,
		districtName: district.name,
		districtRoman: district.roman
	}).from(budgetPool).leftJoin(district, eq(district.id, budgetPool.districtId)).where(eq(budgetPool.processId, p.id)).orderBy(asc(budgetPool.position));
	return {
		process: p,
		edition: e,
		phase: phaseOf(e, ctx.now()),
		frozen: rulesFrozen(e, ctx.now()),
		canManage,
		pools: pools.map((r) => ({
			...r.pool,
			pabulib: void 0,
			hasFile: !!r.pool.pabulib,
			districtName: r.districtName,
			districtRoman: r.districtRoman
		}))
	};
}
/** Projects of an edition visible to everyone (not drafts), optionally by pool or district. */
async function listProjects(ctx, processId, filter = {}) {
	const conds = [eq(budgetProject.processId, processId), inArray(budgetProject.status, [
		"submitted",
		"rejected",
		"accepted"
	])];
	if (filter.poolId) conds.push(eq(budgetProject.poolId, filter.poolId));
	if (filter.districtId) conds.push(eq(budgetProject.districtId, filter.districtId));
	if (filter.status === "accepted" || filter.status === "rejected" || filter.status === "submitted") conds.push(eq(budgetProject.status, filter.status));
	if (filter.climate) conds.push(isNotNull(budgetProject.climateCategory));
	return await ctx.db.select({
		id: budgetProject.id,
		code: budgetProject.code,
		poolId: budgetProject.poolId,
		title: budgetProject.title,
		description: budgetProject.description,
		districtId: budgetProject.districtId,
		lat: budgetProject.lat,
		lng: budgetProject.lng,
		cost: sql`coalesce(${budgetProject.correctedCost}, ${budgetProject.cost})::bigint`.mapWith(Number),
		climateCategory: budgetProject.climateCategory,
		climateEffect: budgetProject.climateEffect,
		status: budgetProject.status,
		importedVotes: budgetProject.importedVotes,
		importedScore: budgetProject.importedScore,
		implStatus: budgetProject.implStatus,
		implProgress: budgetProject.implProgress
	}).from(budgetProject).where(and(...conds)).orderBy(asc(budgetProject.poolId), desc(budgetProject.importedScore), asc(budgetProject.title));
}
/** One project with everything public about it: verification, appeals, updates, photos. The
* author and co-authors also see a draft. */
async function getProject(ctx, projectId) {
	const [p] = await ctx.db.select().from(budgetProject).where(eq(budgetProject.id, projectId));
	if (!p) throw new NotFoundError("Project");
	const coauthors = await ctx.db.select({
		id: user.id,
		name: user.name
	}).from(budgetCoauthor).innerJoin(user, eq(user.id, budgetCoauthor.userId)).where(eq(budgetCoauthor.projectId, projectId));
	const authorIds = [p.authorId, ...coauthors.map((c) => c.id)];
	const isAuthor = !!ctx.actor && authorIds.includes(ctx.actor.id);
	const officials = await officialIdsOf(ctx.db, p.processId);
	const canManage = budgetRules.manage(ctx.actor, officials);
	if (p.status === "draft" && !isAuthor) throw new NotFoundError("Project");
	const [author] = p.authorId ? await ctx.db.select({ name: user.name }).from(user).where(eq(user.id, p.authorId)) : [];
	const verifications = await ctx.db.select().from(budgetVerification).where(eq(budgetVerification.projectId, projectId)).orderBy(asc(budgetVerification.decidedAt));
	const appeals = await ctx.db.select().from(budgetAppeal).where(eq(budgetAppeal.projectId, projectId)).orderBy(asc(budgetAppeal.createdAt));
	const updates = await ctx.db.select().from(budgetUpdate).where(eq(budgetUpdate.projectId, projectId)).orderBy(desc(budgetUpdate.createdAt));
	const photos = await ctx.db.select({
		id: budgetPhoto.id,
		alt: budgetPhoto.alt,
		updateId: budgetPhoto.updateId
	}).from(budgetPhoto).where(eq(budgetPhoto.projectId, projectId)).orderBy(asc(budgetPhoto.createdAt));
	const [{ n: supporters }] = await ctx.db.select({ n: sql`count(*)::int` }).from(budgetSupport).where(eq(budgetSupport.projectId, projectId));
	const [{ n: volunteers }] = await ctx.db.select({ n: sql`count(*)::int` }).from(budgetVolunteer).where(eq(budgetVolunteer.projectId, projectId));
	const supported = ctx.actor ? (await ctx.db.select().from(budgetSupport).where(and(eq(budgetSupport.projectId, projectId), eq(budgetSupport.userId, ctx.actor.id)))).length > 0 : false;
	const volunteered = ctx.actor ? (await ctx.db.select().from(budgetVolunteer).where(and(eq(budgetVolunteer.projectId, projectId), eq(budgetVolunteer.userId, ctx.actor.id)))).length > 0 : false;
	const [pool] = await ctx.db.select().from(budgetPool).where(eq(budgetPool.id, p.poolId));
	const e = await editionRow(ctx.db, p.processId);
	const [pr] = await ctx.db.select({
		slug: process.slug,
		title: process.title
	}).from(process).where(eq(process.id, p.processId));
	const results = await ctx.db.select().from(budgetResult).where(eq(budgetResult.poolId, p.poolId));
	const official = results.find((r) => r.official);
	const lastNegative = [...verifications].reverse().find((v) => !v.positive);
	const appealOpenUntil = lastNegative ? new Date(lastNegative.decidedAt.getTime() + e.appealDays * 864e5) : null;
	const appealed = lastNegative ? appeals.some((a) => a.verificationId === lastNegative.id) : false;
	return {
		project: {
			...p,
			effectiveCost: p.correctedCost ?? p.cost
		},
		authorName: author?.name ?? null,
		coauthors,
		isAuthor,
		canManage,
		pool: pool ? {
			...pool,
			pabulib: void 0
		} : null,
		edition: e,
		phase: phaseOf(e, ctx.now()),
		processSlug: pr?.slug ?? "",
		processTitle: pr?.title ?? "",
		verifications,
		appeals,
		updates,
		photos,
		supporters,
		supported,
		volunteers,
		volunteered,
		winner: official ? official.selected.includes(p.code) : null,
		explanation: official?.explanations[p.code] ?? null,
		comparisons: results.filter((r) => !r.official).map((r) => ({
			rule: r.rule,
			funded: r.selected.includes(p.code),
			explanation: r.explanations[p.code] ?? null
		})),
		canAppeal: isAuthor && p.status === "rejected" && !!lastNegative && !appealed && !!appealOpenUntil && ctx.now() <= appealOpenUntil,
		appealOpenUntil,
		canEdit: isAuthor && (p.status === "draft" || (p.status === "submitted" || p.status === "rejected") && !rulesFrozen(e, ctx.now()))
	};
}
/** Projects the signed-in person wrote or co-wrote (drafts included). */
async function myProjects(ctx, processId) {
	if (!ctx.actor) return [];
	const co = ctx.db.select({ id: budgetCoauthor.projectId }).from(budgetCoauthor).where(eq(budgetCoauthor.userId, ctx.actor.id));
	return ctx.db.select({
		id: budgetProject.id,
		title: budgetProject.title,
		status: budgetProject.status
	}).from(budgetProject).where(and(eq(budgetProject.processId, processId), sql`(${budgetProject.authorId} = ${ctx.actor.id} or ${budgetProject.id} in (${co}))`)).orderBy(desc(budgetProject.updatedAt));
}
var optNum = (max) => z.preprocess((v) => v === "" || v === null || v === void 0 ? void 0 : v, z.coerce.number({ error: "budgets_invalid_number" }).min(0, "budgets_invalid_number").max(max, "budgets_invalid_number").optional());
var projectInput = z.object({
	poolId: z.string({ error: "required" }).min(1, "required").max(100),
	title: z.string({ error: "required" }).trim().min(5, "title_too_short").max(200, "title_too_long"),
	description: z.string({ error: "required" }).trim().min(20, "description_too_short").max(1e4, "budgets_description_too_long"),
	lat: z.preprocess((v) => v === "" || v === null ? void 0 : v, z.coerce.number({ error: "budgets_invalid_number" }).min(49.9, "outside_krakow").max(50.2, "outside_krakow").optional()),
	lng: z.preprocess((v) => v === "" || v === null ? void 0 : v, z.coerce.number({ error: "budgets_invalid_number" }).min(19.7, "outside_krakow").max(20.3, "outside_krakow").optional()),
	area: z.array(z.tuple([z.number(), z.number()])).max(50).optional(),
	costItems: z.array(z.object({
		label: z.string().trim().min(2, "required").max(200),
		amount: z.coerce.number({ error: "budgets_invalid_number" }).int("budgets_invalid_number").min(1, "budgets_invalid_number").max(1e10, "budgets_invalid_number")
	})).max(20).default([]),
	climateCategory: z.preprocess((v) => v === "" ? void 0 : v, z.enum(CLIMATE_CATEGORIES).optional()),
	trees: optNum(1e6),
	unsealedM2: optNum(1e8),
	co2eTonnesPerYear: optNum(1e6),
	method: z.string().trim().max(2e3).optional().default("")
});
function projectValues(d) {
	const effect = d.climateCategory ? {
		...d.trees !== void 0 ? { trees: d.trees } : {},
		...d.unsealedM2 !== void 0 ? { unsealedM2: d.unsealedM2 } : {},
		...d.co2eTonnesPerYear !== void 0 ? { co2eTonnesPerYear: d.co2eTonnesPerYear } : {},
		...d.method ? { method: d.method } : {}
	} : null;
	return {
		poolId: d.poolId,
		title: d.title,
		description: d.description,
		lat: d.lat ?? null,
		lng: d.lng ?? null,
		area: d.area ?? null,
		costItems: d.costItems,
		cost: d.costItems.reduce((s, i) => s + i.amount, 0),
		climateCategory: d.climateCategory ?? null,
		climateEffect: effect
	};
}
async function checkPoolFits(t, processId, v, strict) {
	const [pool] = await t.select().from(budgetPool).where(and(eq(budgetPool.id, v.poolId), eq(budgetPool.processId, processId)));
	if (!pool) throw new ValidationError({ poolId: "required" });
	let districtId = pool.districtId;
	if (v.lat !== null && v.lng !== null) {
		const at = await findDistrictAt(t, v.lng, v.lat);
		if (pool.kind === "district" && at !== pool.districtId && strict) throw new ValidationError({ lat: "budgets_pin_outside_district" });
		districtId = pool.districtId ?? at;
	}
	if (pool.kind === "green" && strict && !v.climateCategory) throw new ValidationError({ climateCategory: "budgets_green_needs_category" });
	if (strict) {
		if (v.costItems.length === 0) throw new ValidationError({ costItems: "budgets_cost_items_required" });
		if (v.cost < pool.minCost) throw new ValidationError({ costItems: "budgets_cost_below_min" }, `cost below ${pool.minCost}`);
		if (v.cost > pool.maxCost) throw new ValidationError({ costItems: "budgets_cost_above_max" }, `cost above ${pool.maxCost}`);
	}
	return {
		pool,
		districtId
	};
}
/** Saves a draft (new or existing). A draft may be incomplete in cost and place. */
async function saveDraft(ctx, processId, input, projectId) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.submit(ctx.actor)) throw new ForbiddenError("Confirm your e-mail address first");
	const v = projectValues(parseInput(projectInput, input));
	return tx(ctx, async (t) => {
		const e = await editionRow(t, processId);
		const ph = phaseOf(e, ctx.now());
		const { districtId } = await checkPoolFits(t, processId, v, false);
		if (projectId) {
			const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
			if (!p || p.processId !== processId) throw new NotFoundError("Project");
			const co = await t.select({ userId: budgetCoauthor.userId }).from(budgetCoauthor).where(eq(budgetCoauthor.projectId, projectId));
			if (!budgetRules.editProject(ctx.actor, [p.authorId, ...co.map((c) => c.userId)])) throw new ForbiddenError();
			if (p.status === "draft") {
				if (ph !== "submission" && ph !== "before") throw new ConflictError("budgets_submission_closed");
			} else if (p.status === "submitted" || p.status === "rejected") {
				if (rulesFrozen(e, ctx.now())) throw new ConflictError("budgets_rules_frozen");
				await checkPoolFits(t, processId, v, true);
			} else throw new ConflictError("budgets_project_locked");
			await t.update(budgetProject).set({
				...v,
				districtId,
				status: p.status === "rejected" ? "submitted" : p.status,
				updatedAt: ctx.now()
			}).where(eq(budgetProject.id, projectId));
			return projectId;
		}
		if (ph !== "submission") throw new ConflictError("budgets_submission_closed");
		const id = newId();
		const [{ n }] = await t.select({ n: sql`count(*)::int` }).from(budgetProject).where(eq(budgetProject.processId, processId));
		await t.insert(budgetProject).values({
			id,
			processId,
			code: `P${n + 1}-${id.slice(0, 4)}`,
			authorId: ctx.actor.id,
			...v,
			districtId,
			status: "draft",
			createdAt: ctx.now(),
			updatedAt: ctx.now()
		});
		return id;
	});
}
/** Submits a draft: every required answer must be there and the cost must fit the pool. */
async function submitProject(ctx, projectId) {
	if (!ctx.actor) throw new UnauthenticatedError();
	await tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError("Project");
		const co = await t.select({ userId: budgetCoauthor.userId }).from(budgetCoauthor).where(eq(budgetCoauthor.projectId, projectId));
		if (!budgetRules.editProject(ctx.actor, [p.authorId, ...co.map((c) => c.userId)])) throw new ForbiddenError();
		if (p.status !== "draft") throw new ConflictError("budgets_already_submitted");
		if (phaseOf(await editionRow(t, p.processId), ctx.now()) !== "submission") throw new ConflictError("budgets_submission_closed");
		await checkPoolFits(t, p.processId, {
			poolId: p.poolId,
			title: p.title,
			description: p.description,
			lat: p.lat,
			lng: p.lng,
			area: p.area,
			costItems: p.costItems,
			cost: p.cost,
			climateCategory: p.climateCategory,
			climateEffect: p.climateEffect
		}, true);
		if (p.lat === null || p.lng === null) throw new ValidationError({ lat: "budgets_pin_required" });
		await t.update(budgetProject).set({
			status: "submitted",
			submittedAt: ctx.now(),
			updatedAt: ctx.now()
		}).where(eq(budgetProject.id, projectId));
	});
}
async function addCoauthor(ctx, projectId, email) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const addr = parseInput(z.object({ email: z.string().trim().toLowerCase().email("invalid_email").max(200) }), { email }).email;
	await tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError("Project");
		if (p.authorId !== ctx.actor.id) throw new ForbiddenError();
		if (p.status !== "draft" && p.status !== "submitted") throw new ConflictError("budgets_project_locked");
		const [u] = await t.select({ id: user.id }).from(user).where(eq(user.email, addr));
		if (!u) throw new ValidationError({ email: "budgets_no_such_account" });
		if (u.id === p.authorId) throw new ValidationError({ email: "budgets_already_author" });
		await t.insert(budgetCoauthor).values({
			projectId,
			userId: u.id
		}).onConflictDoNothing();
	});
}
/** Signs the support list of a submitted project (once per person). */
async function supportProject(ctx, projectId) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.support(ctx.actor)) throw new ForbiddenError();
	const [p] = await ctx.db.select().from(budgetProject).where(eq(budgetProject.id, projectId));
	if (!p || p.status === "draft") throw new NotFoundError("Project");
	const ph = phaseOf(await editionRow(ctx.db, p.processId), ctx.now());
	if (ph !== "submission" && ph !== "support") throw new ConflictError("budgets_support_closed");
	await ctx.db.insert(budgetSupport).values({
		projectId,
		userId: ctx.actor.id,
		createdAt: ctx.now()
	}).onConflictDoNothing();
}
var PHOTO_TYPES = [
	"image/jpeg",
	"image/png",
	"image/webp"
];
function sniffImage(b) {
	if (b.length > 3 && b[0] === 255 && b[1] === 216 && b[2] === 255) return "image/jpeg";
	if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([
		137,
		80,
		78,
		71,
		13,
		10,
		26,
		10
	]))) return "image/png";
	if (b.length > 12 && b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp";
	return null;
}
/** Adds a photo to a project (author while editable) or to an implementation update (official). */
async function addPhoto(ctx, projectId, input) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const alt = parseInput(z.object({ alt: z.string().trim().min(3, "budgets_alt_required").max(300) }), { alt: input.alt }).alt;
	if (input.bytes.length === 0) throw new ValidationError({ photo: "budgets_photo_required" });
	if (input.bytes.length > 2e6) throw new ValidationError({ photo: "budgets_photo_too_large" });
	const mime = sniffImage(input.bytes);
	if (!mime || !PHOTO_TYPES.includes(mime)) throw new ValidationError({ photo: "budgets_photo_type" });
	const id = newId();
	await tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError("Project");
		const co = await t.select({ userId: budgetCoauthor.userId }).from(budgetCoauthor).where(eq(budgetCoauthor.projectId, projectId));
		const official = budgetRules.manage(ctx.actor, await officialIdsOf(t, p.processId));
		const author = budgetRules.editProject(ctx.actor, [p.authorId, ...co.map((c) => c.userId)]) && (p.status === "draft" || p.status === "submitted");
		if (!official && !author) throw new ForbiddenError();
		const [{ n }] = await t.select({ n: sql`count(*)::int` }).from(budgetPhoto).where(eq(budgetPhoto.projectId, projectId));
		if (n >= 10) throw new ConflictError("budgets_too_many_photos");
		await t.insert(budgetPhoto).values({
			id,
			projectId,
			updateId: input.updateId ?? null,
			mime,
			bytes: input.bytes,
			alt,
			uploadedBy: ctx.actor.id,
			createdAt: ctx.now()
		});
		if (official) await recordAudit(t, ctx, {
			action: "budget.photo.add",
			targetType: "budget_project",
			targetId: projectId,
			after: {
				id,
				alt
			}
		});
	});
	return id;
}
async function getPhoto(ctx, photoId) {
	const [ph] = await ctx.db.select({
		photo: budgetPhoto,
		status: budgetProject.status
	}).from(budgetPhoto).innerJoin(budgetProject, eq(budgetProject.id, budgetPhoto.projectId)).where(eq(budgetPhoto.id, photoId));
	if (!ph) throw new NotFoundError("Photo");
	if (ph.status === "draft") await getProject(ctx, ph.photo.projectId);
	return {
		mime: ph.photo.mime,
		bytes: ph.photo.bytes
	};
}
var verificationInput = z.object({
	stage: z.enum(["formal", "merit"], { error: "required" }),
	positive: z.preprocess((v) => v === "yes" ? true : v === "no" ? false : v, z.boolean({ error: "required" })),
	justification: z.string({ error: "required" }).trim().min(10, "budgets_justification_too_short").max(5e3),
	correctedCost: z.preprocess((v) => v === "" || v === null ? void 0 : v, z.coerce.number({ error: "budgets_invalid_number" }).int("budgets_invalid_number").min(1, "budgets_invalid_number").optional())
});
/** An official's formal or merit check, with a written justification (public). */
async function verifyProject(ctx, projectId, input) {
	const d = parseInput(verificationInput, input);
	await tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError("Project");
		await requireManage(t, ctx, p.processId);
		if (p.status === "draft" || p.status === "withdrawn") throw new ConflictError("budgets_not_submitted");
		if (rulesFrozen(await editionRow(t, p.processId), ctx.now())) throw new ConflictError("budgets_rules_frozen");
		const id = newId();
		await t.insert(budgetVerification).values({
			id,
			projectId,
			stage: d.stage,
			positive: d.positive,
			justification: d.justification,
			correctedCost: d.correctedCost ?? null,
			decidedBy: ctx.actor.id,
			decidedAt: ctx.now()
		});
		const status = !d.positive ? "rejected" : d.stage === "merit" ? "accepted" : "submitted";
		await t.update(budgetProject).set({
			status,
			...d.correctedCost ? { correctedCost: d.correctedCost } : {},
			updatedAt: ctx.now()
		}).where(eq(budgetProject.id, projectId));
		await recordAudit(t, ctx, {
			action: `budget.verify.${d.stage}`,
			targetType: "budget_project",
			targetId: projectId,
			before: { status: p.status },
			after: {
				...d,
				status
			}
		});
	});
}
/** The author appeals a negative decision within the edition's number of days. */
async function appealDecision(ctx, projectId, body) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const text = parseInput(z.object({ body: z.string({ error: "required" }).trim().min(10, "budgets_appeal_too_short").max(5e3) }), { body }).body;
	return tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError("Project");
		const co = await t.select({ userId: budgetCoauthor.userId }).from(budgetCoauthor).where(eq(budgetCoauthor.projectId, projectId));
		if (!budgetRules.appeal(ctx.actor, [p.authorId, ...co.map((c) => c.userId)])) throw new ForbiddenError();
		if (p.status !== "rejected") throw new ConflictError("budgets_nothing_to_appeal");
		const [v] = await t.select().from(budgetVerification).where(and(eq(budgetVerification.projectId, projectId), eq(budgetVerification.positive, false))).orderBy(desc(budgetVerification.decidedAt)).limit(1);
		if (!v) throw new ConflictError("budgets_nothing_to_appeal");
		const e = await editionRow(t, p.processId);
		if (ctx.now().getTime() > v.decidedAt.getTime() + e.appealDays * 864e5) throw new ConflictError("budgets_appeal_too_late");
		const id = newId();
		if (!(await t.insert(budgetAppeal).values({
			id,
			projectId,
			verificationId: v.id,
			authorId: ctx.actor.id,
			body: text,
			createdAt: ctx.now()
		}).onConflictDoNothing().returning({ id: budgetAppeal.id })).length) throw new ConflictError("budgets_already_appealed");
		return id;
	});
}
var appealDecisionInput = z.object({
	accepted: z.preprocess((v) => v === "yes" ? true : v === "no" ? false : v, z.boolean({ error: "required" })),
	decision: z.string({ error: "required" }).trim().min(10, "budgets_justification_too_short").max(5e3)
});
/** An official decides an appeal with a justification; accepted → the project goes to the ballot. */
async function decideAppeal(ctx, appealId, input) {
	const d = parseInput(appealDecisionInput, input);
	await tx(ctx, async (t) => {
		const [a] = await t.select().from(budgetAppeal).where(eq(budgetAppeal.id, appealId));
		if (!a) throw new NotFoundError("Appeal");
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, a.projectId));
		await requireManage(t, ctx, p.processId);
		if (a.accepted !== null) throw new ConflictError("budgets_already_decided");
		if (rulesFrozen(await editionRow(t, p.processId), ctx.now())) throw new ConflictError("budgets_rules_frozen");
		await t.update(budgetAppeal).set({
			accepted: d.accepted,
			decision: d.decision,
			decidedBy: ctx.actor.id,
			decidedAt: ctx.now()
		}).where(eq(budgetAppeal.id, appealId));
		if (d.accepted) await t.update(budgetProject).set({
			status: "accepted",
			updatedAt: ctx.now()
		}).where(eq(budgetProject.id, p.id));
		await recordAudit(t, ctx, {
			action: "budget.appeal.decide",
			targetType: "budget_project",
			targetId: p.id,
			before: { status: p.status },
			after: {
				appealId,
				...d
			}
		});
	});
}
/** The officials' verification queue: submitted and rejected projects with their appeals. */
async function verificationQueue(ctx, processId) {
	await requireManage(ctx.db, ctx, processId);
	const projects = await ctx.db.select().from(budgetProject).where(and(eq(budgetProject.processId, processId), inArray(budgetProject.status, [
		"submitted",
		"rejected",
		"accepted"
	]))).orderBy(asc(budgetProject.submittedAt));
	const appeals = projects.length ? await ctx.db.select().from(budgetAppeal).where(inArray(budgetAppeal.projectId, projects.map((p) => p.id))) : [];
	const support = projects.length ? await ctx.db.select({
		projectId: budgetSupport.projectId,
		n: sql`count(*)::int`
	}).from(budgetSupport).where(inArray(budgetSupport.projectId, projects.map((p) => p.id))).groupBy(budgetSupport.projectId) : [];
	return projects.map((p) => ({
		...p,
		supporters: support.find((s) => s.projectId === p.id)?.n ?? 0,
		openAppeals: appeals.filter((a) => a.projectId === p.id && a.accepted === null)
	}));
}
/** What a voter sees on the ballot: each pool they may vote in, with the accepted projects. */
async function ballotSheet(ctx, processId) {
	const e = await editionRow(ctx.db, processId);
	const pools = await ctx.db.select({
		pool: budgetPool,
		districtName: district.name,
		districtRoman: district.roman
	}).from(budgetPool).leftJoin(district, eq(district.id, budgetPool.districtId)).where(eq(budgetPool.processId, processId)).orderBy(asc(budgetPool.position));
	const projects = await ctx.db.select({
		id: budgetProject.id,
		code: budgetProject.code,
		poolId: budgetProject.poolId,
		title: budgetProject.title,
		cost: sql`coalesce(${budgetProject.correctedCost}, ${budgetProject.cost})::bigint`.mapWith(Number),
		climateCategory: budgetProject.climateCategory,
		districtId: budgetProject.districtId
	}).from(budgetProject).where(and(eq(budgetProject.processId, processId), eq(budgetProject.status, "accepted"))).orderBy(asc(budgetProject.title));
	return {
		edition: e,
		phase: phaseOf(e, ctx.now()),
		pools: pools.map((r) => ({
			...r.pool,
			pabulib: void 0,
			districtName: r.districtName,
			districtRoman: r.districtRoman,
			projects: projects.filter((p) => p.poolId === r.pool.id)
		}))
	};
}
var castInput = z.object({
	residence: z.literal(true, { error: "budgets_residence_required" }),
	birthYear: z.preprocess((v) => v === "" || v === null ? void 0 : v, z.coerce.number({ error: "budgets_invalid_number" }).int("budgets_invalid_number").min(1900, "budgets_invalid_number").max(2100, "budgets_invalid_number").optional()),
	districtPoolId: z.string().max(100).optional().nullable(),
	/** The receipt code shown on the check-your-answers page: resending the same form (a double
	* click, a replay) returns the same receipt instead of a second ballot. */
	receipt: z.string().regex(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/, "budgets_receipt_invalid").optional(),
	/** poolId → project ids in ballot order; points for cumulative ballots. */
	parts: z.record(z.string().max(100), z.object({
		projects: z.array(z.string().max(100)).max(200),
		points: z.array(z.coerce.number()).max(200).optional()
	}))
});
function newReceipt() {
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	const b = randomBytes(12);
	let s = "";
	for (let i = 0; i < 12; i++) s += alphabet[b[i] % 32];
	return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}
/** Checks a ballot against the edition's configuration with the engine's validateBallot.
* Throws a ValidationError naming each pool's field with the engine's message. */
async function validateParts(db, e, processId, parts, districtPoolId, lang = "pl") {
	const sheet = await ballotSheet({
		db,
		actor: null,
		now: () => /* @__PURE__ */ new Date()
	}, processId);
	const fields = {};
	const used = Object.entries(parts).filter(([, p]) => p.projects.length > 0);
	if (used.length === 0) throw new ValidationError({ ballot: "budgets_ballot_empty" });
	const districtPools = used.filter(([id]) => sheet.pools.find((p) => p.id === id)?.kind === "district");
	if (districtPools.length > 1) throw new ValidationError({ districtPoolId: "budgets_one_district_only" });
	if (districtPools.length === 1 && districtPoolId && districtPools[0][0] !== districtPoolId) throw new ValidationError({ districtPoolId: "budgets_one_district_only" });
	const out = [];
	for (const [poolId, part] of used) {
		const pool = sheet.pools.find((p) => p.id === poolId);
		if (!pool) throw new ValidationError({ ballot: "budgets_unknown_pool" });
		const byId = new Map(pool.projects.map((p) => [p.id, p]));
		const codes = part.projects.map((id) => byId.get(id)?.code ?? `?${id}`);
		const issues = checkBallotPart(cfgOf(e), {
			id: pool.id,
			name: pool.name,
			amount: pool.amount,
			rule: pool.rule
		}, pool.projects.map((p) => ({
			code: p.code,
			cost: p.cost,
			title: p.title
		})), {
			projects: codes,
			...part.points ? { points: part.points } : {}
		});
		if (issues.length) {
			fields[`pool-${poolId}`] = `budgets_ballot_${issues[0].code.replace(/-/g, "_")}`;
			continue;
		}
		const points = e.ballotKind === "krakow" ? part.projects.map((_, k) => Math.max(e.maxChoices - k, 0)) : e.ballotKind === "cumulative" ? part.points : part.projects.map(() => 1);
		out.push({
			poolId,
			projectIds: part.projects,
			points
		});
	}
	if (Object.keys(fields).length) throw new ValidationError(fields, "budgets_ballot_invalid");
	return out;
}
/** Only checks a ballot (for the check-your-answers page); nothing is stored. */
async function checkBallot(ctx, processId, input, lang = "pl") {
	const d = parseInput(castInput.omit({
		residence: true,
		birthYear: true
	}), input);
	const e = await editionRow(ctx.db, processId);
	return validateParts(ctx.db, e, processId, d.parts, d.districtPoolId, lang);
}
/** Casts a ballot. One per person per edition — the UNIQUE constraint on participation decides:
* participation and the anonymous ballot are written in one transaction, so a double submit, a
* second tab or a replay either finds the participation row (409) or waits for it. */
async function castBallot(ctx, processId, input, lang = "pl") {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.vote(ctx.actor)) throw new ForbiddenError("Confirm your e-mail address first");
	const d = parseInput(castInput, input);
	const e = await editionRow(ctx.db, processId);
	if (phaseOf(e, ctx.now()) !== "voting") throw new ConflictError("budgets_voting_closed");
	if (e.minAge > 0) {
		const [u] = await ctx.db.select({ birthYear: user.birthYear }).from(user).where(eq(user.id, ctx.actor.id));
		const by = d.birthYear ?? u?.birthYear;
		if (!by) throw new ValidationError({ birthYear: "budgets_birth_year_required" });
		if (ctx.now().getUTCFullYear() - by < e.minAge) throw new ValidationError({ birthYear: "budgets_too_young" });
	}
	const choices = await validateParts(ctx.db, e, processId, d.parts, d.districtPoolId, lang);
	const receipt = d.receipt ?? newReceipt();
	return {
		receipt,
		replay: await tx(ctx, async (t) => {
			if (!(await t.insert(budgetParticipation).values({
				id: newId(),
				processId,
				userId: ctx.actor.id,
				residenceDeclaredAt: ctx.now()
			}).onConflictDoNothing().returning({ id: budgetParticipation.id })).length) {
				if (d.receipt) {
					const [same] = await t.select({ id: budgetBallot.id }).from(budgetBallot).where(and(eq(budgetBallot.processId, processId), eq(budgetBallot.receipt, d.receipt)));
					if (same) return true;
				}
				throw new ConflictError("budgets_already_voted");
			}
			const [taken] = await t.select({ id: budgetBallot.id }).from(budgetBallot).where(eq(budgetBallot.receipt, receipt));
			if (taken) throw new ConflictError("budgets_receipt_invalid");
			const ballotId = newId();
			await t.insert(budgetBallot).values({
				id: ballotId,
				processId,
				receipt,
				channel: "online"
			});
			const rows = choices.flatMap((c) => c.projectIds.map((projectId, k) => ({
				ballotId,
				poolId: c.poolId,
				projectId,
				position: k,
				points: c.points[k]
			})));
			if (rows.length) await t.insert(budgetBallotChoice).values(rows);
			return false;
		})
	};
}
async function hasVoted(ctx, processId) {
	if (!ctx.actor) return false;
	const [r] = await ctx.db.select({ id: budgetParticipation.id }).from(budgetParticipation).where(and(eq(budgetParticipation.processId, processId), eq(budgetParticipation.userId, ctx.actor.id)));
	return !!r;
}
/** Was the ballot with this receipt counted? Shows what it contains (only its holder has the code). */
async function checkReceipt(ctx, processId, code) {
	const c = parseInput(z.object({ code: z.string().trim().toUpperCase().min(6, "budgets_receipt_invalid").max(20, "budgets_receipt_invalid") }), { code }).code;
	const [b] = await ctx.db.select().from(budgetBallot).where(and(eq(budgetBallot.processId, processId), eq(budgetBallot.receipt, c)));
	if (!b) return { found: false };
	const rows = await ctx.db.select({
		poolId: budgetBallotChoice.poolId,
		title: budgetProject.title,
		position: budgetBallotChoice.position,
		points: budgetBallotChoice.points
	}).from(budgetBallotChoice).innerJoin(budgetProject, eq(budgetProject.id, budgetBallotChoice.projectId)).where(eq(budgetBallotChoice.ballotId, b.id)).orderBy(asc(budgetBallotChoice.poolId), asc(budgetBallotChoice.position));
	const e = await editionRow(ctx.db, processId);
	return {
		found: true,
		channel: b.channel,
		counted: !!e.countedAt,
		choices: rows
	};
}
var paperInput = z.object({
	paperNumber: z.string({ error: "required" }).trim().min(1, "required").max(40),
	parts: z.record(z.string().max(100), z.object({
		projects: z.array(z.string().max(100)).max(200),
		points: z.array(z.coerce.number()).max(200).optional()
	}))
});
/** An official types a paper ballot. It counts only when a second official typed the same. */
async function enterPaperBallot(ctx, processId, input) {
	const d = parseInput(paperInput, input);
	return tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const e = await editionRow(t, processId);
		if (phaseOf(e, ctx.now()) !== "voting") throw new ConflictError("budgets_voting_closed");
		const choices = await validateParts(t, e, processId, d.parts, null);
		const norm = Object.fromEntries(choices.map((c) => [c.poolId, c.projectIds.map((id, k) => `${id}:${c.points[k]}`)]).sort(([a], [b]) => a.localeCompare(b)));
		const others = await t.select().from(budgetPaperEntry).where(and(eq(budgetPaperEntry.processId, processId), eq(budgetPaperEntry.paperNumber, d.paperNumber)));
		if (others.some((o) => o.ballotId)) throw new ConflictError("budgets_paper_already_counted");
		if (others.some((o) => o.enteredBy === ctx.actor.id)) throw new ConflictError("budgets_paper_second_person");
		const id = newId();
		await t.insert(budgetPaperEntry).values({
			id,
			processId,
			paperNumber: d.paperNumber,
			choices: norm,
			enteredBy: ctx.actor.id,
			enteredAt: ctx.now()
		});
		await recordAudit(t, ctx, {
			action: "budget.paper.enter",
			targetType: "process",
			targetId: processId,
			after: { paperNumber: d.paperNumber }
		});
		const match = others.find((o) => JSON.stringify(o.choices) === JSON.stringify(norm));
		if (!match) return { status: others.length ? "mismatch" : "waiting" };
		const ballotId = newId();
		const receipt = newReceipt();
		await t.insert(budgetBallot).values({
			id: ballotId,
			processId,
			receipt,
			channel: "paper"
		});
		const rows = choices.flatMap((c) => c.projectIds.map((projectId, k) => ({
			ballotId,
			poolId: c.poolId,
			projectId,
			position: k,
			points: c.points[k]
		})));
		if (rows.length) await t.insert(budgetBallotChoice).values(rows);
		await t.update(budgetPaperEntry).set({ ballotId }).where(inArray(budgetPaperEntry.id, [id, match.id]));
		await recordAudit(t, ctx, {
			action: "budget.paper.counted",
			targetType: "process",
			targetId: processId,
			after: { paperNumber: d.paperNumber }
		});
		return {
			status: "counted",
			receipt
		};
	});
}
async function paperEntries(ctx, processId) {
	await requireManage(ctx.db, ctx, processId);
	return ctx.db.select({
		paperNumber: budgetPaperEntry.paperNumber,
		enteredAt: budgetPaperEntry.enteredAt,
		ballotId: budgetPaperEntry.ballotId,
		name: user.name
	}).from(budgetPaperEntry).leftJoin(user, eq(user.id, budgetPaperEntry.enteredBy)).where(eq(budgetPaperEntry.processId, processId)).orderBy(desc(budgetPaperEntry.enteredAt)).limit(200);
}
/** The Pabulib file of a pool: the imported file, or the published anonymised ballots of a
* counted live pool. Before the count the ballots stay closed (409). */
async function poolPabulib(ctx, poolId) {
	const [pool] = await ctx.db.select().from(budgetPool).where(eq(budgetPool.id, poolId));
	if (!pool) throw new NotFoundError("Pool");
	const [p] = await ctx.db.select().from(process).where(eq(process.id, pool.processId));
	if (!p || p.status === "draft") throw new NotFoundError("Pool");
	const e = await editionRow(ctx.db, pool.processId);
	const filename = `${p.slug}_${pool.name}`.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 120) + ".pb";
	if (pool.pabulib) return {
		filename,
		text: pool.pabulib
	};
	if (!e.countedAt) throw new ConflictError("budgets_not_counted_yet");
	return {
		filename,
		text: await buildPoolFile(ctx.db, e, pool, p.slug)
	};
}
async function buildPoolFile(db, e, pool, instance) {
	const projects = await db.select().from(budgetProject).where(and(eq(budgetProject.poolId, pool.id), eq(budgetProject.status, "accepted"))).orderBy(asc(budgetProject.code));
	const results = await db.select().from(budgetResult).where(and(eq(budgetResult.poolId, pool.id), eq(budgetResult.official, true)));
	const sel = results[0] ? new Set(results[0].selected) : null;
	const choices = await db.select({
		ballotId: budgetBallotChoice.ballotId,
		projectId: budgetBallotChoice.projectId,
		position: budgetBallotChoice.position,
		points: budgetBallotChoice.points
	}).from(budgetBallotChoice).where(eq(budgetBallotChoice.poolId, pool.id)).orderBy(asc(budgetBallotChoice.ballotId), asc(budgetBallotChoice.position));
	const codeOf = new Map(projects.map((p) => [p.id, p.code]));
	const ballots = [];
	let cur = null;
	for (const c of choices) {
		const code = codeOf.get(c.projectId);
		if (!code) continue;
		if (c.ballotId !== cur) {
			ballots.push({
				projects: [],
				points: []
			});
			cur = c.ballotId;
		}
		ballots[ballots.length - 1].projects.push(code);
		ballots[ballots.length - 1].points.push(c.points);
	}
	const [dn] = pool.districtId ? await db.select({ name: district.name }).from(district).where(eq(district.id, pool.districtId)) : [];
	return poolToPabulib(cfgOf(e), {
		id: pool.id,
		name: pool.name,
		amount: pool.amount,
		rule: pool.rule,
		districtName: dn?.name ?? null
	}, projects.map((p) => ({
		code: p.code,
		cost: p.correctedCost ?? p.cost,
		title: p.title,
		category: p.climateCategory ? CLIMATE_CATEGORY : "",
		...sel ? { selected: sel.has(p.code) } : {}
	})), ballots, { instance: `${e.year} ${instance}` });
}
/** Comparison rules shown beside the official one: greedy and the Method of Equal Shares
* (plain MES: the engine's add1 completion takes one MES run per 1 PLN step per voter, which
* is minutes for a small electorate with a large budget — see the report to packages/pb). */
var COMPARE_RULES = ["greedy", "mes"];
/** Counts every pool with its rule (and the other rules for comparison) and stores the results. */
async function countEdition(ctx, processId, parsed = /* @__PURE__ */ new Map()) {
	await requireManage(ctx.db, ctx, processId);
	const e = await editionRow(ctx.db, processId);
	if (!e.historical && phaseOf(e, ctx.now()) !== "results" && phaseOf(e, ctx.now()) !== "implementation") throw new ConflictError("budgets_voting_not_closed");
	const pools = await ctx.db.select().from(budgetPool).where(eq(budgetPool.processId, processId));
	const [p] = await ctx.db.select({ slug: process.slug }).from(process).where(eq(process.id, processId));
	const counted = [];
	for (const pool of pools) {
		const election = parsed.get(pool.id) ?? parseFile(pool.pabulib ?? await buildPoolFile(ctx.db, e, pool, p.slug));
		const results = [{
			...e.greenMode === "share" && e.greenSharePercent > 0 && pool.kind !== "green" && !e.historical ? countWithGreenShare(election, pool.rule, e.greenSharePercent) : countElection(election, pool.rule),
			rule: pool.rule,
			official: true
		}];
		for (const r of COMPARE_RULES) if (r !== pool.rule && !(pool.rule.startsWith("mes") && r.startsWith("mes"))) results.push({
			...countElection(election, r, { explain: false }),
			rule: r,
			official: false
		});
		counted.push({
			pool,
			results
		});
	}
	await tx(ctx, async (t) => {
		for (const { pool, results } of counted) {
			await t.delete(budgetResult).where(eq(budgetResult.poolId, pool.id));
			await t.insert(budgetResult).values(results.map((r) => ({
				poolId: pool.id,
				rule: r.rule,
				official: r.official,
				selected: r.selected,
				cost: r.cost,
				voters: r.voters,
				explanations: r.explanations,
				metrics: r.metrics,
				countedAt: ctx.now()
			})));
		}
		await t.update(budgetEdition).set({ countedAt: ctx.now() }).where(eq(budgetEdition.processId, processId));
		await recordAudit(t, ctx, {
			action: "budget.count",
			targetType: "process",
			targetId: processId,
			after: counted.map((c) => ({
				pool: c.pool.id,
				selected: c.results[0].selected
			}))
		});
	});
}
/** Results of an edition per pool: the official count and the comparisons, with project titles. */
async function editionResults(ctx, processId) {
	const e = await editionRow(ctx.db, processId);
	const pools = await ctx.db.select({
		pool: budgetPool,
		districtName: district.name
	}).from(budgetPool).leftJoin(district, eq(district.id, budgetPool.districtId)).where(eq(budgetPool.processId, processId)).orderBy(asc(budgetPool.position));
	const results = pools.length ? await ctx.db.select().from(budgetResult).where(inArray(budgetResult.poolId, pools.map((p) => p.pool.id))) : [];
	const projects = await ctx.db.select({
		id: budgetProject.id,
		code: budgetProject.code,
		poolId: budgetProject.poolId,
		title: budgetProject.title,
		cost: sql`coalesce(${budgetProject.correctedCost}, ${budgetProject.cost})::bigint`.mapWith(Number),
		climateCategory: budgetProject.climateCategory
	}).from(budgetProject).where(and(eq(budgetProject.processId, processId), inArray(budgetProject.status, ["accepted"])));
	return {
		counted: !!e.countedAt,
		countedAt: e.countedAt,
		pools: pools.map(({ pool, districtName }) => {
			const rs = results.filter((r) => r.poolId === pool.id).sort((a, b) => Number(b.official) - Number(a.official));
			const own = rs.find((r) => r.official) ?? null;
			const list = projects.filter((x) => x.poolId === pool.id);
			const ranked = own ? [...list].sort((a, b) => (own.explanations[b.code]?.score ?? 0) - (own.explanations[a.code]?.score ?? 0)) : list;
			return {
				id: pool.id,
				name: pool.name,
				kind: pool.kind,
				districtName,
				amount: pool.amount,
				rule: pool.rule,
				official: own,
				comparisons: rs.filter((r) => !r.official),
				projects: ranked.map((x) => ({
					...x,
					score: own?.explanations[x.code]?.score ?? 0,
					funded: own ? own.selected.includes(x.code) : false,
					explanation: own?.explanations[x.code] ?? null,
					otherRules: rs.filter((r) => !r.official).map((r) => ({
						rule: r.rule,
						funded: r.selected.includes(x.code)
					}))
				}))
			};
		})
	};
}
var implementationInput = z.object({
	status: z.enum(IMPL_STATUSES, { error: "required" }),
	progress: z.coerce.number({ error: "budgets_invalid_number" }).int("budgets_invalid_number").min(0, "budgets_invalid_number").max(100, "budgets_invalid_number"),
	department: z.string().trim().max(200).default(""),
	body: z.string({ error: "required" }).trim().min(10, "budgets_update_too_short").max(5e3),
	volunteersWanted: z.string().trim().max(1e3).default("")
});
/** An official reports progress on a winning project (status, %, department, update text). */
async function addImplementationUpdate(ctx, projectId, input) {
	const d = parseInput(implementationInput, input);
	return tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError("Project");
		await requireManage(t, ctx, p.processId);
		const [r] = await t.select().from(budgetResult).where(and(eq(budgetResult.poolId, p.poolId), eq(budgetResult.official, true)));
		if (!r || !r.selected.includes(p.code)) throw new ConflictError("budgets_not_a_winner");
		const id = newId();
		await t.insert(budgetUpdate).values({
			id,
			projectId,
			body: d.body,
			status: d.status,
			progress: d.progress,
			authorId: ctx.actor.id,
			createdAt: ctx.now()
		});
		await t.update(budgetProject).set({
			implStatus: d.status,
			implProgress: d.progress,
			implDepartment: d.department || p.implDepartment,
			volunteersWanted: d.volunteersWanted || null,
			updatedAt: ctx.now()
		}).where(eq(budgetProject.id, projectId));
		await recordAudit(t, ctx, {
			action: "budget.implementation.update",
			targetType: "budget_project",
			targetId: projectId,
			before: {
				status: p.implStatus,
				progress: p.implProgress
			},
			after: d
		});
		return id;
	});
}
/** A resident signs up to help carry out a winning project. */
async function volunteer(ctx, projectId, note) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.volunteer(ctx.actor)) throw new ForbiddenError();
	const n = parseInput(z.object({ note: z.string().trim().max(500).default("") }), { note: note ?? "" }).note;
	const [p] = await ctx.db.select().from(budgetProject).where(eq(budgetProject.id, projectId));
	if (!p) throw new NotFoundError("Project");
	if (!p.volunteersWanted) throw new ConflictError("budgets_no_call_for_volunteers");
	await ctx.db.insert(budgetVolunteer).values({
		projectId,
		userId: ctx.actor.id,
		note: n,
		createdAt: ctx.now()
	}).onConflictDoNothing();
}
async function volunteersOf(ctx, projectId) {
	const [p] = await ctx.db.select().from(budgetProject).where(eq(budgetProject.id, projectId));
	if (!p) throw new NotFoundError("Project");
	await requireManage(ctx.db, ctx, p.processId);
	return ctx.db.select({
		name: user.name,
		email: user.email,
		note: budgetVolunteer.note
	}).from(budgetVolunteer).innerJoin(user, eq(user.id, budgetVolunteer.userId)).where(eq(budgetVolunteer.projectId, projectId));
}
/** Winning projects of every edition with their implementation state. */
async function implementationList(ctx, processId) {
	const winners = (await editionResults(ctx, processId)).pools.flatMap((p) => p.projects.filter((x) => x.funded).map((x) => x.id));
	if (!winners.length) return [];
	return ctx.db.select({
		id: budgetProject.id,
		title: budgetProject.title,
		implStatus: budgetProject.implStatus,
		implProgress: budgetProject.implProgress,
		implDepartment: budgetProject.implDepartment,
		volunteersWanted: budgetProject.volunteersWanted
	}).from(budgetProject).where(inArray(budgetProject.id, winners));
}

export { paperEntries as $, PROJECT_STATUSES as A, POOL_RULES as B, POOL_KINDS as C, CLIMATE_CATEGORIES as D, BALLOT_KINDS as E, listEditions as F, GREEN_MODES as G, listProjects as H, IMPL_STATUSES as I, hasVoted as J, myProjects as K, getEdition as L, implementationList as M, addPhoto as N, getProject as O, PbParseError as P, addCoauthor as Q, volunteer as R, supportProject as S, checkReceipt as T, editionResults as U, ballotSheet as V, checkBallot as W, castBallot as X, verificationQueue as Y, advancePhase as Z, updateEditionRules as _, budgetPool as a, enterPaperBallot as a0, volunteersOf as a1, addImplementationUpdate as a2, poolPabulib as a3, getPhoto as a4, budgetEdition as b, budgetProject as c, countEdition as d, budgetRules as e, budgetBallot as f, budgetAppeal as g, budgetPhoto as h, budgetSupport as i, budgetVolunteer as j, budgetCoauthor as k, budgetParticipation as l, createEdition as m, addPool as n, submitProject as o, parseFile as p, appealDecision as q, decideAppeal as r, saveDraft as s, newReceipt as t, budgetBallotChoice as u, verifyProject as v, budgetVerification as w, budgetUpdate as x, budgetResult as y, budgetPaperEntry as z };
//# sourceMappingURL=service9.js-h2CQjVIl.js.map
