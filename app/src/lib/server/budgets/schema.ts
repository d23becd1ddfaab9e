import { bigint, boolean, customType, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { contentLang } from '../core/schema';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';
import type { StoredExplanation } from '../../budgets/explain';

/** Ballot kinds an edition can use (each maps to a Pabulib vote type). */
export const BALLOT_KINDS = ['krakow', 'approval', 'approval_budget', 'cumulative'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];
/** How the green budget is reserved: a separate pool, or a guaranteed share of each pool. */
export const GREEN_MODES = ['pool', 'share', 'none'] as const;
export type GreenMode = (typeof GREEN_MODES)[number];
export const POOL_KINDS = ['citywide', 'district', 'green'] as const;
export type PoolKind = (typeof POOL_KINDS)[number];
/** Counting rules offered to officials (names of packages/pb). */
export const POOL_RULES = ['greedy', 'mes-add1', 'mes-add1-comparison'] as const;
export const PROJECT_STATUSES = ['draft', 'submitted', 'rejected', 'accepted', 'withdrawn'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const CLIMATE_CATEGORIES = ['trees_greenery', 'unsealing_water', 'energy', 'mobility', 'heat', 'waste', 'education'] as const;
export type ClimateCategory = (typeof CLIMATE_CATEGORIES)[number];
export const IMPL_STATUSES = ['planned', 'design', 'in_progress', 'done', 'cancelled'] as const;
/** Stages of the assessment of a project (Kraków: formal, then merit). */
export const ASSESSMENT_STAGES = ['formal', 'merit'] as const;
export type AssessmentStage = (typeof ASSESSMENT_STAGES)[number];
/** Who decides appeals: the officials of the edition, or its civic budget council (Kraków: Rada
 * Budżetu Obywatelskiego, whose members have accounts with only that right). */
export const APPEAL_DECIDERS = ['officials', 'council'] as const;
export type AppealDeciders = (typeof APPEAL_DECIDERS)[number];
/** The assessment and appeal path of an edition, as data (see assessment.ts). */
export interface AssessmentPath {
	/** The stages, in order; passing the last one puts the project on the ballot. */
	stages: AssessmentStage[];
	/** Negative decisions of these stages may be appealed. */
	appealAgainst: AssessmentStage[];
	/** Where an upheld appeal against a stage's rejection sends the project. */
	afterUpheldAppeal: Partial<Record<AssessmentStage, AssessmentStage | 'ballot'>>;
}
/** Regulamin BO Krakowa: formal, then merit assessment; either may be appealed; an upheld appeal
 * against a formal rejection goes on to the merit assessment, not to the ballot. */
export const KRAKOW_PATH: AssessmentPath = { stages: ['formal', 'merit'], appealAgainst: ['formal', 'merit'], afterUpheldAppeal: { formal: 'merit', merit: 'ballot' } };

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v))
});

/** An edition of the participatory budget: a `process` row (mechanism 'budget') plus this. */
export const budgetEdition = pgTable('budget_edition', {
	processId: text('process_id')
		.primaryKey()
		.references(() => process.id, { onDelete: 'cascade' }),
	year: integer('year').notNull(),
	ballotKind: text('ballot_kind').$type<BallotKind>().notNull().default('krakow'),
	/** approval: max projects per pool; krakow: ranked choices per pool (3). */
	maxChoices: integer('max_choices').notNull().default(3),
	/** cumulative: points each voter spreads per pool. */
	cumulativePoints: integer('cumulative_points').notNull().default(10),
	greenMode: text('green_mode').$type<GreenMode>().notNull().default('pool'),
	/** share mode: % of each pool guaranteed to climate projects. */
	greenSharePercent: integer('green_share_percent').notNull().default(0),
	minAge: integer('min_age').notNull().default(0),
	supportRequired: integer('support_required').notNull().default(0),
	appealDays: integer('appeal_days').notNull().default(7),
	submissionOpensAt: timestamp('submission_opens_at', { withTimezone: true }).notNull(),
	supportOpensAt: timestamp('support_opens_at', { withTimezone: true }).notNull(),
	verificationOpensAt: timestamp('verification_opens_at', { withTimezone: true }).notNull(),
	appealsOpensAt: timestamp('appeals_opens_at', { withTimezone: true }).notNull(),
	votingOpensAt: timestamp('voting_opens_at', { withTimezone: true }).notNull(),
	votingClosesAt: timestamp('voting_closes_at', { withTimezone: true }).notNull(),
	implementationOpensAt: timestamp('implementation_opens_at', { withTimezone: true }).notNull(),
	/** Set when the results were counted (after voting closed). */
	countedAt: timestamp('counted_at', { withTimezone: true }),
	/** Imported from Pabulib files (a past edition): read-only. */
	historical: boolean('historical').notNull().default(false),
	/** The assessment and appeal path (data of the edition, so another city configures its own). */
	assessmentPath: jsonb('assessment_path').$type<AssessmentPath>().notNull().default(KRAKOW_PATH),
	appealDecidedBy: text('appeal_decided_by').$type<AppealDeciders>().notNull().default('officials')
});

/** Members of an edition's civic budget council: they decide appeals when the edition says so,
 * and nothing else (their accounts need no other role). */
export const budgetCouncilMember = pgTable(
	'budget_council_member',
	{
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		addedBy: text('added_by').references(() => user.id, { onDelete: 'set null' }),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.processId, t.userId] }), index('budget_council_user_idx').on(t.userId)]
);

export const budgetPool = pgTable(
	'budget_pool',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<PoolKind>().notNull(),
		districtId: integer('district_id'),
		name: text('name').notNull(),
		amount: bigint('amount', { mode: 'number' }).notNull(),
		minCost: bigint('min_cost', { mode: 'number' }).notNull().default(0),
		maxCost: bigint('max_cost', { mode: 'number' }).notNull(),
		rule: text('rule').notNull().default('greedy'),
		position: integer('position').notNull().default(0),
		/** Imported pools keep their Pabulib file (the compact form of their ballots). */
		pabulib: text('pabulib')
	},
	(t) => [index('budget_pool_process_idx').on(t.processId)]
);

export type CostItem = { label: string; amount: number };
export type ClimateEffect = { trees?: number; unsealedM2?: number; co2eTonnesPerYear?: number; method?: string };

export const budgetProject = pgTable(
	'budget_project',
	{
		id: text('id').primaryKey(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		poolId: text('pool_id')
			.notNull()
			.references(() => budgetPool.id, { onDelete: 'cascade' }),
		/** Pabulib project_id for imported projects; ballot number for new ones. */
		code: text('code').notNull(),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		districtId: integer('district_id'),
		lat: doublePrecision('lat'),
		lng: doublePrecision('lng'),
		/** Optional area as a list of [lng, lat] points. */
		area: jsonb('area').$type<[number, number][]>(),
		costItems: jsonb('cost_items').$type<CostItem[]>().notNull().default([]),
		cost: bigint('cost', { mode: 'number' }).notNull(),
		/** Cost corrected by the verifying official (replaces `cost` when set). */
		correctedCost: bigint('corrected_cost', { mode: 'number' }),
		climateCategory: text('climate_category').$type<ClimateCategory>(),
		climateEffect: jsonb('climate_effect').$type<ClimateEffect>(),
		status: text('status').$type<ProjectStatus>().notNull().default('draft'),
		/** Imported: the votes/score in the file. */
		importedVotes: integer('imported_votes'),
		importedScore: integer('imported_score'),
		implStatus: text('impl_status'),
		implProgress: integer('impl_progress'),
		implDepartment: text('impl_department'),
		volunteersWanted: text('volunteers_wanted'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('budget_project_process_idx').on(t.processId), index('budget_project_pool_idx').on(t.poolId), index('budget_project_author_idx').on(t.authorId), unique('budget_project_code').on(t.processId, t.code)]
);

export const budgetCoauthor = pgTable(
	'budget_coauthor',
	{
		projectId: text('project_id')
			.notNull()
			.references(() => budgetProject.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.projectId, t.userId] })]
);

/** Support signatures (one per person per project). */
export const budgetSupport = pgTable(
	'budget_support',
	{
		projectId: text('project_id')
			.notNull()
			.references(() => budgetProject.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.projectId, t.userId] })]
);

/** Formal and merit checks by officials; public on the project page. */
export const budgetVerification = pgTable(
	'budget_verification',
	{
		id: text('id').primaryKey(),
		projectId: text('project_id')
			.notNull()
			.references(() => budgetProject.id, { onDelete: 'cascade' }),
		stage: text('stage').$type<'formal' | 'merit'>().notNull(),
		positive: boolean('positive').notNull(),
		justification: text('justification').notNull(),
		correctedCost: bigint('corrected_cost', { mode: 'number' }),
		decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }).notNull()
	},
	(t) => [index('budget_verification_project_idx').on(t.projectId)]
);

export const budgetAppeal = pgTable(
	'budget_appeal',
	{
		id: text('id').primaryKey(),
		projectId: text('project_id')
			.notNull()
			.references(() => budgetProject.id, { onDelete: 'cascade' }),
		verificationId: text('verification_id')
			.notNull()
			.references(() => budgetVerification.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		accepted: boolean('accepted'),
		decision: text('decision'),
		decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [unique('budget_appeal_once').on(t.verificationId)]
);

/** Photos of projects and of implementation updates (bytea, size/type limited by the service). */
export const budgetPhoto = pgTable(
	'budget_photo',
	{
		id: text('id').primaryKey(),
		projectId: text('project_id')
			.notNull()
			.references(() => budgetProject.id, { onDelete: 'cascade' }),
		updateId: text('update_id'),
		mime: text('mime').notNull(),
		bytes: bytea('bytes').notNull(),
		alt: text('alt').notNull(),
		uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('budget_photo_project_idx').on(t.projectId)]
);

/** Who voted in an edition (never what). One row per person: the UNIQUE constraint is the rule. */
export const budgetParticipation = pgTable(
	'budget_participation',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		residenceDeclaredAt: timestamp('residence_declared_at', { withTimezone: true }).notNull()
	},
	(t) => [unique('budget_participation_one_per_person').on(t.processId, t.userId)]
);

/** Ballots, without the voter's identity and without a timestamp (so they cannot be matched
 * with the participation rows). `receipt` lets the voter check their ballot was counted. */
export const budgetBallot = pgTable(
	'budget_ballot',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		receipt: text('receipt').notNull().unique(),
		channel: text('channel').$type<'online' | 'paper'>().notNull().default('online')
	},
	(t) => [index('budget_ballot_process_idx').on(t.processId)]
);

export const budgetBallotChoice = pgTable(
	'budget_ballot_choice',
	{
		ballotId: text('ballot_id')
			.notNull()
			.references(() => budgetBallot.id, { onDelete: 'cascade' }),
		poolId: text('pool_id').notNull(),
		projectId: text('project_id').notNull(),
		position: integer('position').notNull(),
		points: integer('points').notNull()
	},
	(t) => [primaryKey({ columns: [t.ballotId, t.projectId] }), index('budget_choice_pool_idx').on(t.poolId)]
);

/** Paper ballots: typed in twice by two different officials; counted only when both match. */
export const budgetPaperEntry = pgTable(
	'budget_paper_entry',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		/** The number printed on the paper ballot. */
		paperNumber: text('paper_number').notNull(),
		/** JSON of the choices as typed. */
		choices: jsonb('choices').$type<Record<string, string[]>>().notNull(),
		enteredBy: text('entered_by').references(() => user.id, { onDelete: 'set null' }),
		enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
		/** Set on both entries once they matched and the ballot was stored. */
		ballotId: text('ballot_id')
	},
	(t) => [unique('budget_paper_once_per_official').on(t.processId, t.paperNumber, t.enteredBy), index('budget_paper_process_idx').on(t.processId, t.paperNumber)]
);

/** The counted result of a pool (stored when voting closes or on import). */
export const budgetResult = pgTable(
	'budget_result',
	{
		poolId: text('pool_id')
			.notNull()
			.references(() => budgetPool.id, { onDelete: 'cascade' }),
		rule: text('rule').notNull(),
		/** True for the pool's own rule (the official result); false for comparisons. */
		official: boolean('official').notNull(),
		selected: jsonb('selected').$type<string[]>().notNull(),
		cost: bigint('cost', { mode: 'number' }).notNull(),
		voters: integer('voters').notNull(),
		/** Per project code: score, decision and the explanation as a message key with the
		 * figures of the count ($lib/budgets/explain); results counted before that carry the
		 * engine's sentences in pl/en/uk instead (uk missing in the oldest). */
		explanations: jsonb('explanations').$type<Record<string, StoredExplanation>>().notNull(),
		metrics: jsonb('metrics').$type<Record<string, number>>().notNull(),
		countedAt: timestamp('counted_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.poolId, t.rule] })]
);

export const budgetUpdate = pgTable(
	'budget_update',
	{
		id: text('id').primaryKey(),
		projectId: text('project_id')
			.notNull()
			.references(() => budgetProject.id, { onDelete: 'cascade' }),
		body: text('body').notNull(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		status: text('status').notNull(),
		progress: integer('progress').notNull(),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('budget_update_project_idx').on(t.projectId)]
);

export const budgetVolunteer = pgTable(
	'budget_volunteer',
	{
		projectId: text('project_id')
			.notNull()
			.references(() => budgetProject.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.projectId, t.userId] })]
);
