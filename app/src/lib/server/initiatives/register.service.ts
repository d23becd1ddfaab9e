/** The public register of applications (everything but drafts) and its open-data shapes:
 * filterable by programme (year), district, theme, climate and state. No personal data: the
 * group is a number of people. */
import { z } from 'zod';
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import { parseInput } from '../core/validate';
import { process } from '../processes/schema';
import { PUBLIC_STATUSES, type ApplicationStatus } from '$lib/initiatives/lists';

type PublicStatus = Exclude<ApplicationStatus, 'draft'>;
import { CLIMATE_THEMES, INITIATIVE_THEMES, initiativeApplication, initiativeAssessment, initiativeCriterion, initiativeMember, initiativePayment, initiativeProgramme, isClimateTheme } from './schema';
import { contributionOf, criteriaOf, notDraft } from './common';
import { listProgrammes, scoreScale } from './programme.service';
import { getApplication } from './view.service';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const registerFilter = z.object({
	year: z.preprocess(blankToUndefined, z.coerce.number({ error: 'initiatives_filter_year' }).int('initiatives_filter_year').min(2000, 'initiatives_filter_year').max(2100, 'initiatives_filter_year').optional()),
	programme: z.preprocess(blankToUndefined, z.string().max(200).optional()),
	district: z.preprocess(blankToUndefined, z.coerce.number({ error: 'initiatives_filter_district' }).int('initiatives_filter_district').min(1, 'initiatives_filter_district').max(18, 'initiatives_filter_district').optional()),
	theme: z.preprocess(blankToUndefined, z.enum(INITIATIVE_THEMES, { error: 'initiatives_filter_theme' }).optional()),
	climate: z.preprocess((v) => (v === '' || v === null || v === undefined || v === 'false' || v === '0' ? undefined : v === 'true' || v === '1' || v === 'on' ? true : v), z.literal(true, { error: 'initiatives_filter_climate' }).optional()),
	status: z.preprocess(blankToUndefined, z.enum(PUBLIC_STATUSES as [PublicStatus, ...PublicStatus[]], { error: 'initiatives_filter_status' }).optional())
});
export type RegisterFilter = z.infer<typeof registerFilter>;

/** Reads the filter from URL parameters; a bad value is a 400 naming the parameter. */
export function parseRegisterFilter(params: URLSearchParams): RegisterFilter {
	const raw: Record<string, string> = {};
	for (const k of Object.keys(registerFilter.shape)) {
		const v = params.get(k);
		if (v !== null) raw[k] = v;
	}
	return parseInput(registerFilter, raw);
}

export async function listRegister(ctx: ServiceContext, filter: RegisterFilter = {}) {
	const conds: SQL[] = [notDraft, sql`${process.status} <> 'draft'`];
	if (filter.year) conds.push(eq(initiativeProgramme.year, filter.year));
	if (filter.programme) conds.push(sql`(${process.slug} = ${filter.programme} or ${process.id} = ${filter.programme})`);
	if (filter.district) conds.push(eq(initiativeApplication.districtId, filter.district));
	if (filter.theme) conds.push(eq(initiativeApplication.theme, filter.theme));
	if (filter.climate) conds.push(inArray(initiativeApplication.theme, [...CLIMATE_THEMES]));
	if (filter.status) conds.push(eq(initiativeApplication.status, filter.status));
	const rows = await ctx.db
		.select({ a: initiativeApplication, slug: process.slug, year: initiativeProgramme.year, rate: initiativeProgramme.workHourRate })
		.from(initiativeApplication)
		.innerJoin(initiativeProgramme, eq(initiativeProgramme.processId, initiativeApplication.processId))
		.innerJoin(process, eq(process.id, initiativeApplication.processId))
		.where(and(...conds))
		.orderBy(desc(initiativeProgramme.year), desc(initiativeApplication.submittedAt));
	const ids = rows.map((r) => r.a.id);
	const members = ids.length ? await ctx.db.select({ id: initiativeMember.applicationId, n: sql<number>`count(*)::int` }).from(initiativeMember).where(inArray(initiativeMember.applicationId, ids)).groupBy(initiativeMember.applicationId) : [];
	const paid = ids.length ? await ctx.db.select({ id: initiativePayment.applicationId, n: sql<string>`sum(${initiativePayment.amount})` }).from(initiativePayment).where(inArray(initiativePayment.applicationId, ids)).groupBy(initiativePayment.applicationId) : [];
	const scores = ids.length
		? await ctx.db
				.select({ id: initiativeAssessment.applicationId, n: sql<number>`sum(${initiativeAssessment.score} * ${initiativeCriterion.weight})::int` })
				.from(initiativeAssessment)
				.innerJoin(initiativeCriterion, eq(initiativeCriterion.id, initiativeAssessment.criterionId))
				.where(inArray(initiativeAssessment.applicationId, ids))
				.groupBy(initiativeAssessment.applicationId)
		: [];
	const maxima = await ctx.db.select({ id: initiativeCriterion.processId, n: sql<number>`sum(${initiativeCriterion.maxScore} * ${initiativeCriterion.weight})::int` }).from(initiativeCriterion).groupBy(initiativeCriterion.processId);
	return rows.map(({ a, slug, year, rate }) => {
		const decided = a.status !== 'submitted';
		return {
			id: a.id,
			number: a.number!,
			programme: slug,
			year,
			title: a.title,
			description: a.description,
			lang: a.lang,
			theme: a.theme,
			climate: isClimateTheme(a.theme),
			districtId: a.districtId,
			lat: a.lat,
			lng: a.lng,
			startsOn: a.startsOn,
			endsOn: a.endsOn,
			status: a.status,
			members: members.find((m) => m.id === a.id)?.n ?? 0,
			contribution: { workHours: a.workHours, ...contributionOf(a, rate) },
			requestedAmount: a.requestedAmount,
			approvedAmount: a.approvedAmount,
			committedAmount: a.committedAmount,
			paidOut: Number(paid.find((p) => p.id === a.id)?.n ?? 0),
			score: decided && a.status !== 'withdrawn' ? { total: scores.find((s) => s.id === a.id)?.n ?? 0, max: maxima.find((m) => m.id === a.processId)?.n ?? 0 } : null,
			submittedAt: a.submittedAt,
			decidedAt: a.decidedAt
		};
	});
}

export type RegisterRow = Awaited<ReturnType<typeof listRegister>>[number];

/** Amounts in the open data are in złoty (two decimals), as people read them. */
const zl = (grosze: number | null) => (grosze === null ? null : Math.round(grosze) / 100);

/** The JSON shape of /api/v1/initiatives. */
export function publicRow(r: RegisterRow) {
	return {
		id: r.id,
		number: r.number,
		programme: r.programme,
		year: r.year,
		title: r.title,
		description: r.description,
		theme: r.theme,
		climate: r.climate,
		districtId: r.districtId,
		lat: r.lat,
		lng: r.lng,
		startsOn: r.startsOn,
		endsOn: r.endsOn,
		status: r.status,
		groupSize: r.members,
		contribution: { workHours: r.contribution.workHours, workValue: zl(r.contribution.work), goodsValue: zl(r.contribution.goods), money: zl(r.contribution.money), total: zl(r.contribution.total) },
		requestedAmount: zl(r.requestedAmount),
		approvedAmount: zl(r.approvedAmount),
		committedAmount: zl(r.committedAmount),
		paidOut: zl(r.paidOut),
		score: r.score,
		submittedAt: r.submittedAt,
		decidedAt: r.decidedAt
	};
}

export const CSV_HEADER = ['id', 'number', 'year', 'title', 'theme', 'climate', 'district_id', 'lat', 'lng', 'starts_on', 'ends_on', 'status', 'group_size', 'work_hours', 'work_value_pln', 'goods_value_pln', 'money_pln', 'contribution_total_pln', 'requested_pln', 'approved_pln', 'committed_pln', 'paid_out_pln', 'score', 'score_max'];

export function csvRow(r: RegisterRow): (string | number | null)[] {
	const p = publicRow(r);
	return [p.id, p.number, p.year, p.title, p.theme, p.climate ? 'yes' : 'no', p.districtId, p.lat, p.lng, p.startsOn, p.endsOn, p.status, p.groupSize, p.contribution.workHours, p.contribution.workValue, p.contribution.goodsValue, p.contribution.money, p.contribution.total, p.requestedAmount, p.approvedAmount, p.committedAmount, p.paidOut, p.score?.total ?? null, p.score?.max ?? null];
}

/** /api/v1/initiatives/programmes: each year's pool live, the rate and the published criteria. */
export async function publicProgrammes(ctx: ServiceContext) {
	const list = await listProgrammes(ctx);
	return Promise.all(
		list.map(async ({ process: p, programme: g, figures, open }) => {
			const criteria = await criteriaOf(ctx.db, p.id);
			return {
				id: p.id,
				slug: p.slug,
				title: p.title,
				year: g.year,
				open,
				opensAt: g.opensAt,
				closesAt: g.closesAt,
				resolution: g.resolution,
				workHourRate: zl(g.workHourRate),
				minMembers: g.minMembers,
				minScorePercent: g.minScorePercent,
				pool: { amount: zl(figures.pool), committed: zl(figures.committed), paidOut: zl(figures.paidOut), left: zl(figures.left) },
				scoreMax: scoreScale(criteria, g.minScorePercent).max,
				criteria: criteria.map((c) => ({ name: c.name, description: c.description, maxScore: c.maxScore, weight: c.weight }))
			};
		})
	);
}

/** /api/v1/initiatives/{id}: the public record of one application (never the group's names). */
export async function publicApplication(ctx: ServiceContext, id: string) {
	const v = await getApplication({ ...ctx, actor: null }, id);
	const [row] = (await listRegister({ ...ctx, actor: null }, { programme: v.process.id })).filter((r) => r.id === id);
	return {
		...publicRow(row),
		placeDescription: v.application.placeDescription,
		beneficiaries: v.application.beneficiaries,
		cityTasks: v.application.cityTasks,
		decisionJustification: v.assessment ? v.application.decisionJustification : null,
		assessment: v.assessment ? v.assessment.items.map((i) => ({ criterion: i.criterion.name, maxScore: i.criterion.maxScore, weight: i.criterion.weight, score: i.score, justification: i.justification })) : null,
		agreement: v.agreement ? { startsOn: v.agreement.startsOn, endsOn: v.agreement.endsOn, cityTasks: v.agreement.cityTasks, groupTasks: v.agreement.groupTasks, workHours: v.agreement.workHours, goodsValue: zl(v.agreement.goodsValue), money: zl(v.agreement.moneyAmount), cityAmount: zl(v.agreement.cityAmount), signedAt: v.agreement.signedAt } : null,
		updates: v.updates.map((u) => ({ body: u.body, createdAt: u.createdAt, byCity: u.byCity, photos: u.photos.map((ph) => ({ url: `/initiatives/photos/${ph.id}`, alt: ph.alt })) })),
		payments: v.payments.map((p) => ({ amount: zl(p.amount), description: p.description, paidOn: p.paidOn })),
		report: v.report ? { summary: v.report.summary, participants: v.report.participants, workHoursDelivered: v.report.workHoursDelivered, goodsValueDelivered: zl(v.report.goodsValueDelivered), moneyDelivered: zl(v.report.moneyDelivered), acceptedAt: v.report.reviewedAt } : null
	};
}
