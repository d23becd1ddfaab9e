import { bigint, boolean, check, customType, date, doublePrecision, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { contentLang } from '../core/schema';
import { sql } from 'drizzle-orm';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';

import type { ApplicationStatus, InitiativeTheme } from '../../initiatives/lists';

export { APPLICATION_STATUSES, CLIMATE_THEMES, INITIATIVE_THEMES, isClimateTheme, type ApplicationStatus, type InitiativeTheme } from '../../initiatives/lists';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v))
});

/** A year's programme of the local initiative: a `process` (mechanism 'initiative') plus the
 * rules the council's resolution sets for the year. Money is in grosze (1 zł = 100). */
export const initiativeProgramme = pgTable(
	'initiative_programme',
	{
		processId: text('process_id')
			.primaryKey()
			.references(() => process.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		/** The money the city has for the year's initiatives. */
		poolAmount: bigint('pool_amount', { mode: 'number' }).notNull(),
		/** The value of one hour of residents' social work, set by the city. */
		workHourRate: bigint('work_hour_rate', { mode: 'number' }).notNull(),
		/** Fewest named people in an applying group. */
		minMembers: integer('min_members').notNull().default(3),
		/** An application needs at least this share of the weighted maximum to be approved. */
		minScorePercent: integer('min_score_percent').notNull().default(50),
		/** The council's resolution that sets the criteria (its number and title). */
		resolution: text('resolution').notNull().default(''),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull()
	},
	(t) => [check('initiative_programme_money', sql`${t.poolAmount} >= 0 and ${t.workHourRate} >= 0`)]
);

/** The assessment criteria published for the year (from the council's resolution). */
export const initiativeCriterion = pgTable(
	'initiative_criterion',
	{
		id: text('id').primaryKey(),
		processId: text('process_id')
			.notNull()
			.references(() => initiativeProgramme.processId, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		maxScore: integer('max_score').notNull(),
		weight: integer('weight').notNull().default(1)
	},
	(t) => [index('initiative_criterion_process_idx').on(t.processId), check('initiative_criterion_limits', sql`${t.maxScore} between 1 and 100 and ${t.weight} between 1 and 10`)]
);

export const initiativeApplication = pgTable(
	'initiative_application',
	{
		id: text('id').primaryKey(),
		/** The language the text is written in (core/schema contentLang). */
		lang: contentLang(),
		processId: text('process_id')
			.notNull()
			.references(() => initiativeProgramme.processId, { onDelete: 'cascade' }),
		/** Public number, given on submission: "IL/2026/7". */
		number: text('number'),
		/** The person who started it (the group's contact); null once their account is deleted. */
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		/** An organisation applying on the group's behalf (organisations module), if any. */
		organisationId: text('organisation_id'),
		title: text('title').notNull(),
		description: text('description').notNull(),
		theme: text('theme').$type<InitiativeTheme>().notNull(),
		/** Who benefits: the residents the task is for. */
		beneficiaries: text('beneficiaries').notNull().default(''),
		districtId: integer('district_id'),
		lat: doublePrecision('lat'),
		lng: doublePrecision('lng'),
		placeDescription: text('place_description').notNull().default(''),
		startsOn: date('starts_on', { mode: 'string' }),
		endsOn: date('ends_on', { mode: 'string' }),
		/** The residents' own contribution: social work (hours × the programme's rate), goods, money. */
		workHours: integer('work_hours').notNull().default(0),
		workDescription: text('work_description').notNull().default(''),
		goodsValue: bigint('goods_value', { mode: 'number' }).notNull().default(0),
		goodsDescription: text('goods_description').notNull().default(''),
		moneyAmount: bigint('money_amount', { mode: 'number' }).notNull().default(0),
		/** What the group asks the city for: an amount and the tasks the city carries out. */
		requestedAmount: bigint('requested_amount', { mode: 'number' }).notNull().default(0),
		cityTasks: text('city_tasks').notNull().default(''),
		status: text('status').$type<ApplicationStatus>().notNull().default('draft'),
		/** The amount the city approved (≤ requested). */
		approvedAmount: bigint('approved_amount', { mode: 'number' }),
		/** What this application holds of the pool now: the approved amount, then the agreement's,
		 * then (once completed) what was paid out; 0 when rejected or withdrawn. */
		committedAmount: bigint('committed_amount', { mode: 'number' }).notNull().default(0),
		decisionJustification: text('decision_justification'),
		decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [
		index('initiative_application_process_idx').on(t.processId),
		index('initiative_application_status_idx').on(t.status),
		unique('initiative_application_number').on(t.processId, t.number),
		check('initiative_application_money', sql`${t.workHours} >= 0 and ${t.goodsValue} >= 0 and ${t.moneyAmount} >= 0 and ${t.requestedAmount} >= 0 and ${t.committedAmount} >= 0`)
	]
);

/** The named people of the applying group. A member with an account (`userId`) may act for the
 * group; the others are named only. */
export const initiativeMember = pgTable(
	'initiative_member',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => initiativeApplication.id, { onDelete: 'cascade' }),
		fullName: text('full_name').notNull(),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		/** The group's contact person. */
		contact: boolean('contact').notNull().default(false),
		position: integer('position').notNull()
	},
	(t) => [index('initiative_member_application_idx').on(t.applicationId), index('initiative_member_user_idx').on(t.userId), unique('initiative_member_once').on(t.applicationId, t.userId)]
);

/** The city's score and written justification per criterion (one per criterion). */
export const initiativeAssessment = pgTable(
	'initiative_assessment',
	{
		applicationId: text('application_id')
			.notNull()
			.references(() => initiativeApplication.id, { onDelete: 'cascade' }),
		criterionId: text('criterion_id')
			.notNull()
			.references(() => initiativeCriterion.id, { onDelete: 'cascade' }),
		score: integer('score').notNull(),
		justification: text('justification').notNull(),
		assessedBy: text('assessed_by').references(() => user.id, { onDelete: 'set null' }),
		assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull()
	},
	(t) => [unique('initiative_assessment_once').on(t.applicationId, t.criterionId), check('initiative_assessment_score', sql`${t.score} >= 0`)]
);

/** The agreement between the city and the group (art. 19e): dates, each side's tasks, the
 * contribution to deliver and the city's amount. The group accepts it, then the city signs. */
export const initiativeAgreement = pgTable(
	'initiative_agreement',
	{
		applicationId: text('application_id')
			.primaryKey()
			.references(() => initiativeApplication.id, { onDelete: 'cascade' }),
		startsOn: date('starts_on', { mode: 'string' }).notNull(),
		endsOn: date('ends_on', { mode: 'string' }).notNull(),
		cityTasks: text('city_tasks').notNull(),
		groupTasks: text('group_tasks').notNull(),
		workHours: integer('work_hours').notNull(),
		goodsValue: bigint('goods_value', { mode: 'number' }).notNull(),
		moneyAmount: bigint('money_amount', { mode: 'number' }).notNull(),
		cityAmount: bigint('city_amount', { mode: 'number' }).notNull(),
		preparedBy: text('prepared_by').references(() => user.id, { onDelete: 'set null' }),
		preparedAt: timestamp('prepared_at', { withTimezone: true }).notNull(),
		acceptedBy: text('accepted_by').references(() => user.id, { onDelete: 'set null' }),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		signedBy: text('signed_by').references(() => user.id, { onDelete: 'set null' }),
		signedAt: timestamp('signed_at', { withTimezone: true })
	},
	(t) => [check('initiative_agreement_money', sql`${t.workHours} >= 0 and ${t.goodsValue} >= 0 and ${t.moneyAmount} >= 0 and ${t.cityAmount} >= 0`)]
);

/** Progress updates of the group (or the city) while the initiative is carried out. */
export const initiativeUpdate = pgTable(
	'initiative_update',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => initiativeApplication.id, { onDelete: 'cascade' }),
		body: text('body').notNull(),
		authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('initiative_update_application_idx').on(t.applicationId)]
);

/** Photos of progress updates (bytea; type and size checked by the service). */
export const initiativePhoto = pgTable(
	'initiative_photo',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => initiativeApplication.id, { onDelete: 'cascade' }),
		updateId: text('update_id').references(() => initiativeUpdate.id, { onDelete: 'cascade' }),
		mime: text('mime').notNull(),
		bytes: bytea('bytes').notNull(),
		alt: text('alt').notNull(),
		uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [index('initiative_photo_application_idx').on(t.applicationId)]
);

/** Money the city paid out for an initiative (invoices it settled: the city never hands money
 * to the group, art. 19h). */
export const initiativePayment = pgTable(
	'initiative_payment',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => initiativeApplication.id, { onDelete: 'cascade' }),
		amount: bigint('amount', { mode: 'number' }).notNull(),
		description: text('description').notNull(),
		paidOn: date('paid_on', { mode: 'string' }).notNull(),
		recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull()
	},
	(t) => [index('initiative_payment_application_idx').on(t.applicationId), check('initiative_payment_positive', sql`${t.amount} > 0`)]
);

/** The group's final report: what was done and the contribution actually delivered; the city
 * accepts it or returns it with a note. */
export const initiativeReport = pgTable(
	'initiative_report',
	{
		applicationId: text('application_id')
			.primaryKey()
			.references(() => initiativeApplication.id, { onDelete: 'cascade' }),
		summary: text('summary').notNull(),
		workHoursDelivered: integer('work_hours_delivered').notNull(),
		goodsValueDelivered: bigint('goods_value_delivered', { mode: 'number' }).notNull(),
		moneyDelivered: bigint('money_delivered', { mode: 'number' }).notNull(),
		participants: integer('participants').notNull().default(0),
		submittedBy: text('submitted_by').references(() => user.id, { onDelete: 'set null' }),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
		reviewedBy: text('reviewed_by').references(() => user.id, { onDelete: 'set null' }),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		accepted: boolean('accepted'),
		reviewNote: text('review_note')
	},
	(t) => [check('initiative_report_money', sql`${t.workHoursDelivered} >= 0 and ${t.goodsValueDelivered} >= 0 and ${t.moneyDelivered} >= 0 and ${t.participants} >= 0`)]
);
