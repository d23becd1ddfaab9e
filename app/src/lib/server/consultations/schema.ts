import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { contentLang } from '../core/schema';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';
import { comment } from '../comments/schema';
import { organisation } from '../organisations/schema';

export const AGE_BANDS = ['under_18', '18_29', '30_44', '45_59', '60_74', '75_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const STAKEHOLDERS = ['residents', 'youth', 'seniors', 'ngos', 'businesses', 'housing', 'schools', 'experts'] as const;
export const FORMS = ['survey', 'document', 'map', 'meetings', 'partners'] as const;
export type ConsultationForm = (typeof FORMS)[number];
export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'short_text', 'long_text', 'ranking', 'matrix', 'map_point'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const PARTNER_KINDS = ['school', 'ngo', 'housing', 'senior_centre', 'civic_centre', 'other'] as const;
export const ANSWER_STATUSES = ['accepted', 'partly', 'not_accepted'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
export const SUBMISSION_KINDS = ['comment', 'pin', 'session'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** A consultation's own settings, keyed by its process (mechanism 'consultation'). */
export const consultation = pgTable('consultation', {
	processId: text('process_id')
		.primaryKey()
		.references(() => process.id, { onDelete: 'cascade' }),
	/** Target groups: used to invite and to measure reach. */
	targetDistricts: integer('target_districts').array().notNull().default([]),
	targetAgeBands: text('target_age_bands').array().notNull().default([]),
	targetStakeholders: text('target_stakeholders').array().notNull().default([]),
	forms: text('forms').array().$type<ConsultationForm[]>().notNull().default([]),
	infoStartsAt: timestamp('info_starts_at', { withTimezone: true }),
	startsAt: timestamp('starts_at', { withTimezone: true }),
	endsAt: timestamp('ends_at', { withTimezone: true }),
	reportDueAt: timestamp('report_due_at', { withTimezone: true }),
	/** An admin may accept dates shorter than the city's minimums, with a reason. */
	durationOverrideReason: text('duration_override_reason'),
	surveyAnonymous: boolean('survey_anonymous').notNull().default(false),
	surveyIntro: text('survey_intro').notNull().default(''),
	/** What the city decided and why (shown in the report). */
	decision: text('decision'),
	reportPublishedAt: timestamp('report_published_at', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A paragraph of the consulted document; residents comment on it (comment target 'paragraph'). */
export const paragraph = pgTable(
	'consultation_paragraph',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		heading: text('heading').notNull().default(''),
		body: text('body').notNull()
	},
	(t) => [index('consultation_paragraph_process_idx').on(t.processId)]
);

/** "I support this comment": one per person and comment. */
export const commentSupport = pgTable(
	'consultation_comment_support',
	{
		commentId: text('comment_id')
			.notNull()
			.references(() => comment.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.commentId, t.userId] })]
);

export const surveyQuestion = pgTable(
	'survey_question',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: text('kind').$type<QuestionKind>().notNull(),
		prompt: text('prompt').notNull(),
		hint: text('hint').notNull().default(''),
		/** Choices (single, multiple, ranking) or matrix columns. */
		options: jsonb('options').$type<string[]>().notNull().default([]),
		/** Matrix rows. */
		rows: jsonb('rows').$type<string[]>().notNull().default([]),
		scaleMin: integer('scale_min').notNull().default(1),
		scaleMax: integer('scale_max').notNull().default(5),
		required: boolean('required').notNull().default(false),
		/** Shown only when the answer to that question includes conditionValue. */
		conditionQuestionId: text('condition_question_id'),
		conditionValue: text('condition_value')
	},
	(t) => [index('survey_question_process_idx').on(t.processId)]
);

/** One response per person (signed surveys) or per device (anonymous surveys): unique keys. */
export const surveyResponse = pgTable(
	'survey_response',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		/** SHA-256 of the device cookie, for anonymous surveys. */
		deviceKey: text('device_key'),
		/** Kept for the report's reach figures only (from the profile when answered). */
		districtId: integer('district_id'),
		ageBand: text('age_band'),
		receipt: text('receipt').notNull(),
		/** The language the free-text answers are written in (core/schema contentLang). */
		lang: contentLang(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('survey_response_one_per_person').on(t.processId, t.userId), unique('survey_response_one_per_device').on(t.processId, t.deviceKey)]
);

export const surveyAnswer = pgTable(
	'survey_answer',
	{
		responseId: text('response_id')
			.notNull()
			.references(() => surveyResponse.id, { onDelete: 'cascade' }),
		questionId: text('question_id')
			.notNull()
			.references(() => surveyQuestion.id, { onDelete: 'cascade' }),
		/** string (single/text), string[] (multiple/ranking), number (scale),
		 * Record<row, column> (matrix), {lon, lat} (map point). */
		value: jsonb('value').notNull()
	},
	(t) => [primaryKey({ columns: [t.responseId, t.questionId] })]
);

/** A pin on the districts' map with a comment, filtered by topic. */
export const mapPin = pgTable(
	'consultation_map_pin',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		topic: text('topic').notNull(),
		lon: doublePrecision('lon').notNull(),
		lat: doublePrecision('lat').notNull(),
		districtId: integer('district_id'),
		body: text('body').notNull(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('consultation_map_pin_process_idx').on(t.processId)]
);

/** A partner organisation authorised by the official for one consultation; its representative
 * (a signed-in person) records the sessions it ran. Every partner is an organisation of the
 * organisations module (organisation_id; partners from before it were linked by migration 0010),
 * whose admins and representatives may record its sessions too. */
export const partner = pgTable(
	'consultation_partner',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		kind: text('kind').notNull(),
		representativeId: text('representative_id').references(() => user.id, { onDelete: 'set null' }),
		organisationId: text('organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('consultation_partner_rep_once').on(t.processId, t.representativeId), index('consultation_partner_organisation_idx').on(t.organisationId)]
);

export const partnerSession = pgTable(
	'consultation_partner_session',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		partnerId: text('partner_id')
			.notNull()
			.references(() => partner.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
		districtId: integer('district_id'),
		ageBand: text('age_band'),
		participants: integer('participants').notNull(),
		notes: text('notes').notNull(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('consultation_partner_session_process_idx').on(t.processId)]
);

/** A theme groups submissions; the city answers the theme (and may answer single submissions). */
export const theme = pgTable(
	'consultation_theme',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		status: text('status').$type<AnswerStatus>(),
		reason: text('reason'),
		/** The language the title and the city's answer are written in (core/schema contentLang). */
		lang: contentLang(),
		answeredBy: text('answered_by').references(() => user.id, { onDelete: 'set null' }),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('consultation_theme_process_idx').on(t.processId)]
);

/** A submission's place in a theme and/or its own answer. One row per submission. */
export const submissionAnswer = pgTable(
	'consultation_submission',
	{
		kind: text('kind').$type<SubmissionKind>().notNull(),
		submissionId: text('submission_id').notNull(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		themeId: text('theme_id').references(() => theme.id, { onDelete: 'set null' }),
		status: text('status').$type<AnswerStatus>(),
		reason: text('reason'),
		/** The language the city's answer is written in (core/schema contentLang). */
		lang: contentLang(),
		answeredBy: text('answered_by').references(() => user.id, { onDelete: 'set null' }),
		answeredAt: timestamp('answered_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.kind, t.submissionId] }), index('consultation_submission_process_idx').on(t.processId)]
);

/** After the report: was the scope clear, was I heard, will I take part again. One per person. */
export const evaluation = pgTable(
	'consultation_evaluation',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => process.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		scopeClear: integer('scope_clear').notNull(),
		heard: integer('heard').notNull(),
		again: text('again').notNull(),
		comment: text('comment').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('consultation_evaluation_once').on(t.processId, t.userId)]
);
