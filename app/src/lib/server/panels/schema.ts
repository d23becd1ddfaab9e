import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { contentLang } from '../core/schema';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';
import { meeting } from '../meetings/schema';

/** Where a panel is in its life. */
export const PANEL_STAGES = ['setup', 'recruitment', 'selection', 'deliberation', 'voting', 'followup', 'finished'] as const;
export type PanelStage = (typeof PANEL_STAGES)[number];

export interface MonitorDraw {
	seed: string;
	/** Pool row numbers of the people who could be drawn, ascending. */
	eligible: number[];
	/** Pool row numbers drawn, in the order drawn. */
	drawn: number[];
	count: number;
	drawnAt: string;
}

/** A citizens' panel: a `process` row (mechanism 'panel') plus these settings, keyed by process id. */
export const panel = pgTable('panel', {
	processId: text('process_id')
		.primaryKey()
		.references(() => process.id, { onDelete: 'cascade' }),
	question: text('question').notNull(),
	size: integer('size').notNull(),
	reserves: integer('reserves').notNull().default(0),
	stage: text('stage').$type<PanelStage>().notNull().default('setup'),
	/** Volunteers may register without a letter code. */
	openRegistration: boolean('open_registration').notNull().default(false),
	/** Percentage of votes cast (support / (support + oppose [+ abstain])) needed to pass. */
	thresholdPct: integer('threshold_pct').notNull().default(80),
	/** Whether abstentions count among the votes cast. */
	abstainCounts: boolean('abstain_counts').notNull().default(true),
	/** Days after the public draw before non-selected volunteers' personal data are deleted. */
	challengeWindowDays: integer('challenge_window_days').notNull().default(30),
	/** Days between the monitoring panel's reviews. */
	monitoringIntervalDays: integer('monitoring_interval_days').notNull().default(90),
	/** Demo data: the pool is synthetic (shown in the interface). */
	synthetic: boolean('synthetic').notNull().default(false),
	/** Seed of the address lottery: committed (hash) before, published after the letters draw. */
	letterSeed: text('letter_seed'),
	letterSeedHash: text('letter_seed_hash'),
	lettersDrawnAt: timestamp('letters_drawn_at', { withTimezone: true }),
	lettersToDraw: integer('letters_to_draw'),
	poolFrozenAt: timestamp('pool_frozen_at', { withTimezone: true }),
	/** The last lottery of the standing monitoring panel, published: who could be drawn (pool row
	 * numbers), the seed and the rows drawn (the same seeded order as the letters lottery). */
	monitorDraw: jsonb('monitor_draw').$type<MonitorDraw>(),
	purgedAt: timestamp('purged_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** One quota: between `min` and `max` panelists have `value` of `feature` (e.g. gender = K). */
export const panelQuota = pgTable(
	'panel_quota',
	{
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		feature: text('feature').notNull(),
		value: text('value').notNull(),
		/** What volunteers see (e.g. "Kobieta"), in Polish; the value is the stable key. */
		label: text('label').notNull(),
		position: integer('position').notNull(),
		/** Share of the population (0..1) the quota was derived from, when known. */
		share: text('share'),
		/** Where the share came from: 'census' (district × sex data) or 'manual'. */
		shareSource: text('share_source').notNull().default('manual'),
		min: integer('min').notNull(),
		max: integer('max').notNull()
	},
	(t) => [primaryKey({ columns: [t.processId, t.feature, t.value] })]
);

/** Household addresses imported for the letter lottery. */
export const panelAddress = pgTable(
	'panel_address',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		/** Row number in the imported list (0-based): the lottery draws these indices. */
		rowIndex: integer('row_index').notNull(),
		street: text('street').notNull(),
		postcode: text('postcode').notNull(),
		city: text('city').notNull(),
		districtId: integer('district_id'),
		/** Order in which the address came out of the letter lottery (null: not invited). */
		drawOrder: integer('draw_order'),
		/** The letter wave that invited the address (1: the first draw; null: not invited). */
		wave: integer('wave'),
		/** Registration code printed on the letter. */
		code: text('code').unique(),
		codeUsedAt: timestamp('code_used_at', { withTimezone: true })
	},
	(t) => [index('panel_address_process_idx').on(t.processId), unique('panel_address_row').on(t.processId, t.rowIndex)]
);

/** A further wave of letters (2, 3, …) drawn among the households not yet invited, in the chosen
 * districts, with its own published seed; the first wave's seed stays in `panel.letterSeed`. */
export const panelWave = pgTable(
	'panel_wave',
	{
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		seed: text('seed').notNull(),
		seedHash: text('seed_hash').notNull(),
		/** District numbers written to (empty: all). */
		districts: integer('districts').array().notNull(),
		count: integer('count').notNull(),
		/** Households it was drawn among. */
		eligible: integer('eligible').notNull(),
		drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.processId, t.number] })]
);

export const REGISTRATION_CHANNELS = ['online', 'phone', 'paper', 'in_person'] as const;
export type RegistrationChannel = (typeof REGISTRATION_CHANNELS)[number];
export const CONSENT_KINDS = ['online', 'paper_form', 'read_aloud'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const VOLUNTEER_STATUSES = ['registered', 'withdrawn', 'selected', 'reserve', 'not_selected', 'dropped'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** A volunteer in the pool. After the challenge window the contact columns of non-selected
 * volunteers are emptied (`purgedAt`); `answers` and `rowIndex` stay: the anonymised row the
 * published draw is verified against. */
export const panelVolunteer = pgTable(
	'panel_volunteer',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		addressId: text('address_id').references(() => panelAddress.id, { onDelete: 'set null' }),
		/** Row of the anonymised pool published with the draw (set when the pool is frozen). */
		rowIndex: integer('row_index'),
		name: text('name'),
		email: text('email'),
		phone: text('phone'),
		/** Household key (the letter's address or a hash of the typed one): one seat per household. */
		household: text('household'),
		/** feature → value, used only for selection. */
		answers: jsonb('answers').$type<Record<string, string>>().notNull(),
		availability: text('availability'),
		consentAt: timestamp('consent_at', { withTimezone: true }),
		/** How the registration came in: online by the person, or taken by panel staff (by phone,
		 * on a paper form, in person at a place such as a Centrum Obywatelskie). */
		channel: text('channel').$type<RegistrationChannel>().notNull().default('online'),
		/** Where an assisted registration was taken (free text, e.g. "Centrum Aktywności Seniora"). */
		channelPlace: text('channel_place'),
		/** How consent was given: online (the checkbox), a signed paper form, or read aloud and agreed. */
		consentKind: text('consent_kind').$type<ConsentKind>().notNull().default('online'),
		/** The paper form's reference number (consent on paper). */
		consentRef: text('consent_ref'),
		/** The staff member who read the consent aloud (name recorded when it was taken). */
		consentWitness: text('consent_witness'),
		/** Postal address for volunteers contacted by post (no e-mail); purged like the other contact data. */
		postalAddress: text('postal_address'),
		/** The staff member who entered an assisted registration. */
		registeredBy: text('registered_by').references(() => user.id, { onDelete: 'set null' }),
		status: text('status').$type<VolunteerStatus>().notNull().default('registered'),
		reserveRank: integer('reserve_rank'),
		/** Selection probability from the published distribution. */
		probability: text('probability'),
		synthetic: boolean('synthetic').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		purgedAt: timestamp('purged_at', { withTimezone: true })
	},
	(t) => [index('panel_volunteer_process_idx').on(t.processId), unique('panel_volunteer_row').on(t.processId, t.rowIndex)]
);

export const DRAW_STATUSES = ['queued', 'running', 'ready', 'committed', 'drawn', 'failed'] as const;
export type DrawStatus = (typeof DRAW_STATUSES)[number];

/** The selection: computed in a worker thread (progress here), then committed and drawn in public. */
export interface PublicInput {
	kind: 'dice' | 'announced';
	/** Mixed into the draw in this order (dice: each throw 1–6; announced: the published numbers). */
	numbers: number[];
	/** Dice: the witnesses who saw them thrown. */
	witnesses: string;
	/** Announced value: where and what was announced (e.g. "Lotto, 15.01.2027"). */
	source: string;
	/** Announced value: when it was announced (after the commitment); ISO time. */
	announcedAt: string | null;
}

export const panelDraw = pgTable('panel_draw', {
	processId: text('process_id')
		.primaryKey()
		.references(() => process.id, { onDelete: 'cascade' }),
	status: text('status').$type<DrawStatus>().notNull().default('queued'),
	algorithm: text('algorithm').notNull().default('leximin'),
	progress: text('progress'),
	progressPct: integer('progress_pct').notNull().default(0),
	/** Anonymised pool: one array of feature values per row, in `features` order. */
	pool: jsonb('pool').$type<{ features: string[]; rows: string[][] }>(),
	/** The m panels as row indices. */
	panels: jsonb('panels').$type<number[][]>(),
	/** Per-row selection probability (exact distribution) and from the m panels. */
	probabilities: jsonb('probabilities').$type<number[]>(),
	report: jsonb('report').$type<Record<string, unknown>>(),
	reserves: jsonb('reserves').$type<number[]>(),
	seedHash: text('seed_hash'),
	/** Kept secret until the draw. */
	seed: text('seed'),
	dice: text('dice'),
	/** The public random input entered at the draw (dice with witnesses, or a value announced
	 * publicly after the commitment); its numbers are what verifyDraw mixes with the seed. */
	publicInput: jsonb('public_input').$type<PublicInput>(),
	chosenIndex: integer('chosen_index'),
	error: text('error'),
	workerId: text('worker_id'),
	startedAt: timestamp('started_at', { withTimezone: true }),
	finishedAt: timestamp('finished_at', { withTimezone: true }),
	committedAt: timestamp('committed_at', { withTimezone: true }),
	drawnAt: timestamp('drawn_at', { withTimezone: true })
});

export const MEMBER_ROLES = ['panelist', 'monitor'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Per-panel membership: panelists (drawn) and the standing monitoring panel. */
export const panelMember = pgTable(
	'panel_member',
	{
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role').$type<MemberRole>().notNull(),
		active: boolean('active').notNull().default(true),
		volunteerId: text('volunteer_id'),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.processId, t.userId, t.role] })]
);

export const SESSION_KINDS = ['learning', 'deliberation', 'drafting', 'voting', 'monitoring'] as const;
/** Panel sessions. Each is a meeting of the panel's process in the shared meetings module
 * (meetingId): the meeting page, its iCal file, the calendar feed and the reminders; the panel
 * keeps here what only a panel has (the kind of session, its materials). */
export const panelSession = pgTable(
	'panel_session',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<(typeof SESSION_KINDS)[number]>().notNull(),
		title: text('title').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		place: text('place').notNull().default(''),
		description: text('description').notNull().default(''),
		meetingId: text('meeting_id').references(() => meeting.id, { onDelete: 'set null' })
	},
	(t) => [index('panel_session_process_idx').on(t.processId)]
);

export const MATERIAL_KINDS = ['video', 'slides', 'document'] as const;
export const panelMaterial = pgTable('panel_material', {
	id: text('id').primaryKey(),
	sessionId: text('session_id')
		.notNull()
		.references(() => panelSession.id, { onDelete: 'cascade' }),
	kind: text('kind').$type<(typeof MATERIAL_KINDS)[number]>().notNull(),
	title: text('title').notNull(),
	speaker: text('speaker').notNull().default(''),
	url: text('url').notNull()
});

/** "Co proponujecie panelistom?" — the public's submissions that panelists read. */
export const panelSubmission = pgTable(
	'panel_submission',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		organisation: text('organisation'),
		title: text('title').notNull(),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('panel_submission_process_idx').on(t.processId)]
);

export const RECOMMENDATION_STATUSES = ['draft', 'in_vote', 'passed', 'failed'] as const;
export const panelRecommendation = pgTable(
	'panel_recommendation',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		status: text('status').$type<(typeof RECOMMENDATION_STATUSES)[number]>().notNull().default('draft'),
		withinCityPowers: boolean('within_city_powers').notNull().default(true),
		binding: boolean('binding').notNull().default(false),
		votesFor: integer('votes_for').notNull().default(0),
		votesAgainst: integer('votes_against').notNull().default(0),
		votesAbstain: integer('votes_abstain').notNull().default(0),
		/** Optimistic concurrency for co-editing: an edit names the version it started from. */
		version: integer('version').notNull().default(1),
		updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('panel_recommendation_number').on(t.processId, t.number)]
);

export const panelRevision = pgTable('panel_revision', {
	id: text('id').primaryKey(),
	recommendationId: text('recommendation_id')
		.notNull()
		.references(() => panelRecommendation.id, { onDelete: 'cascade' }),
	version: integer('version').notNull(),
	title: text('title').notNull(),
	body: text('body').notNull(),
	authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const panelVoteRound = pgTable('panel_vote_round', {
	id: text('id').primaryKey(),
	processId: text('process_id')
		.notNull()
		.references(() => process.id, { onDelete: 'cascade' }),
	number: integer('number').notNull(),
	status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
	thresholdPct: integer('threshold_pct').notNull(),
	allowAbstain: boolean('allow_abstain').notNull().default(true),
	abstainCounts: boolean('abstain_counts').notNull().default(true),
	recommendationIds: text('recommendation_ids').array().notNull(),
	openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
	closedAt: timestamp('closed_at', { withTimezone: true })
});

export const VOTE_CHOICES = ['support', 'oppose', 'abstain'] as const;
/** One vote per panelist per recommendation per round: a database constraint. */
export const panelVote = pgTable(
	'panel_vote',
	{
		roundId: text('round_id')
			.notNull()
			.references(() => panelVoteRound.id, { onDelete: 'cascade' }),
		recommendationId: text('recommendation_id')
			.notNull()
			.references(() => panelRecommendation.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		voterKey: text('voter_key').notNull(),
		choice: text('choice').$type<(typeof VOTE_CHOICES)[number]>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.recommendationId, t.voterKey] })]
);

export const RESPONSE_STATUSES = ['accepted', 'in_progress', 'done', 'rejected'] as const;
/** The city's response to a recommendation and its implementation state. */
export const panelResponse = pgTable('panel_response', {
	recommendationId: text('recommendation_id')
		.primaryKey()
		.references(() => panelRecommendation.id, { onDelete: 'cascade' }),
	response: text('response').notNull(),
	department: text('department').notNull(),
	deadline: timestamp('deadline', { withTimezone: true }),
	status: text('status').$type<(typeof RESPONSE_STATUSES)[number]>().notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const panelUpdate = pgTable('panel_update', {
	id: text('id').primaryKey(),
	recommendationId: text('recommendation_id')
		.notNull()
		.references(() => panelRecommendation.id, { onDelete: 'cascade' }),
	status: text('status').notNull(),
	body: text('body').notNull(),
	authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const ASSESSMENT_RATINGS = ['on_track', 'at_risk', 'off_track'] as const;
/** The monitoring panel's published assessment of the progress. */
export const panelAssessment = pgTable('panel_assessment', {
	id: text('id').primaryKey(),
	processId: text('process_id')
		.notNull()
		.references(() => process.id, { onDelete: 'cascade' }),
	rating: text('rating').$type<(typeof ASSESSMENT_RATINGS)[number]>().notNull(),
	body: text('body').notNull(),
	authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
