/** Applying: a group of named residents (or an organisation on its behalf) describes what, where,
 * when, the group, its own contribution and what it asks of the city, one question per page, then
 * checks its answers and submits (art. 19b–19d). The group may withdraw until the agreement is
 * signed. */
import { z } from 'zod';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';
import { findDistrictAt } from '../districts/service';
import { INITIATIVE_THEMES, initiativeApplication, initiativeMember, initiativeProgramme } from './schema';
import { initiativeRules } from './permissions';
import { countField, dayField, inTx, loadProgramme, lockProgramme, moneyField, poolFigures, requireApplicant, takingApplications, warsawDay, type Application, type Member, type Programme } from './common';
import { INITIATIVE_BENEFICIARIES_MAX, INITIATIVE_CITY_TASKS_MAX, INITIATIVE_CONTRIBUTION_DESCRIPTION_MAX, INITIATIVE_DESCRIPTION_MAX } from '../../limits';

export { APPLICATION_STEPS, type ApplicationStep } from '$lib/initiatives/lists';

const text = (min: number, max: number, minKey: string) => z.string({ error: 'required' }).trim().min(min, minKey).max(max, 'text_too_long');
const optText = (max: number) => z.string().trim().max(max, 'text_too_long').default('');
/** A coordinate as typed: a decimal dot or comma. */
const coordinate = (min: number, max: number) =>
	z.preprocess((v) => (typeof v === 'string' ? v.trim().replace(',', '.') : v), z.coerce.number({ error: 'initiatives_coordinate_invalid' }).min(min, 'outside_krakow').max(max, 'outside_krakow'));

export const whatInput = z.object({
	title: text(5, 200, 'title_too_short'),
	description: text(20, INITIATIVE_DESCRIPTION_MAX, 'description_too_short'),
	theme: z.enum(INITIATIVE_THEMES, { error: 'initiatives_theme_required' }),
	beneficiaries: optText(INITIATIVE_BENEFICIARIES_MAX)
});
export const placeInput = z.object({ lat: coordinate(49.9, 50.2), lng: coordinate(19.7, 20.3), placeDescription: text(3, 500, 'initiatives_place_required') });
export const whenInput = z
	.object({ startsOn: dayField(), endsOn: dayField() })
	.refine((d) => d.endsOn >= d.startsOn, { message: 'initiatives_dates_order', path: ['endsOn'] });
export const contributionInput = z.object({
	workHours: countField(100_000),
	workDescription: optText(INITIATIVE_CONTRIBUTION_DESCRIPTION_MAX),
	goodsValue: moneyField(),
	goodsDescription: optText(INITIATIVE_CONTRIBUTION_DESCRIPTION_MAX),
	moneyAmount: moneyField()
});
export const requestInput = z.object({ requestedAmount: moneyField({ required: true }), cityTasks: text(10, INITIATIVE_CITY_TASKS_MAX, 'initiatives_city_tasks_required') });
export const memberInput = z.object({
	fullName: z.string({ error: 'required' }).trim().min(3, 'initiatives_member_name_short').max(120, 'text_too_long').regex(/\S+\s+\S+/, 'initiatives_member_name'),
	email: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().toLowerCase().email('invalid_email').max(200).optional())
});

const STEP_INPUT = { what: whatInput, place: placeInput, when: whenInput, contribution: contributionInput, request: requestInput } as const;
export type EditableStep = keyof typeof STEP_INPUT;

/** Starts an application (the "what" page); the person starting it is the group's contact. */
export async function startApplication(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!initiativeRules.apply(ctx.actor)) throw new ForbiddenError('initiatives_confirm_email');
	const d = parseInput(whatInput, input);
	const l = await loadProgramme(ctx, ctx.db, processId);
	if (!takingApplications(l.process, l.programme, ctx.now())) throw new ConflictError('initiatives_not_taking');
	const id = newId();
	await inTx(ctx.db, async (tx) => {
		const [me] = await tx.select({ name: user.name }).from(user).where(eq(user.id, ctx.actor!.id));
		await tx.insert(initiativeApplication).values({ id, processId: l.process.id, createdBy: ctx.actor!.id, ...d, status: 'draft', createdAt: ctx.now(), updatedAt: ctx.now() });
		await tx.insert(initiativeMember).values({ id: newId(), applicationId: id, fullName: me?.name ?? '', userId: ctx.actor!.id, contact: true, position: 0 });
	});
	return id;
}

/** Saves one page of a draft. */
export async function saveApplicationStep(ctx: ServiceContext, id: string, step: EditableStep, input: unknown): Promise<void> {
	const schema = STEP_INPUT[step];
	if (!schema) throw new NotFoundError('initiatives_step_not_found');
	const { application: a } = await requireApplicant(ctx, ctx.db, id);
	if (a.status !== 'draft') throw new ConflictError('initiatives_not_editable');
	const d = parseInput(schema as z.ZodType<Record<string, unknown>>, input);
	const values: Partial<Application> = { ...d };
	if (step === 'place') {
		const p = d as z.infer<typeof placeInput>;
		const districtId = await findDistrictAt(ctx.db, p.lng, p.lat);
		if (districtId === null) throw new ValidationError({ lat: 'initiatives_pin_outside' });
		values.districtId = districtId;
	}
	await ctx.db.update(initiativeApplication).set({ ...values, updatedAt: ctx.now() }).where(eq(initiativeApplication.id, id));
}

/** Places the pin where the map was clicked (the no-JavaScript map sends x/y, turned into a point
 * by the page), keeping the place's description. */
export async function placePin(ctx: ServiceContext, id: string, point: { lat: number; lng: number }): Promise<void> {
	const { application: a } = await requireApplicant(ctx, ctx.db, id);
	if (a.status !== 'draft') throw new ConflictError('initiatives_not_editable');
	const districtId = await findDistrictAt(ctx.db, point.lng, point.lat);
	if (districtId === null) throw new ValidationError({ lat: 'initiatives_pin_outside' });
	await ctx.db.update(initiativeApplication).set({ lat: point.lat, lng: point.lng, districtId, updatedAt: ctx.now() }).where(eq(initiativeApplication.id, id));
}

export const MAX_MEMBERS = 50;

/** Adds a named person to the group; with the e-mail of an account, that person may act for the
 * group too. */
export async function addMember(ctx: ServiceContext, id: string, input: unknown): Promise<void> {
	const d = parseInput(memberInput, input);
	const { application: a } = await requireApplicant(ctx, ctx.db, id);
	if (a.status !== 'draft') throw new ConflictError('initiatives_not_editable');
	await inTx(ctx.db, async (tx) => {
		let userId: string | null = null;
		if (d.email) {
			const [u] = await tx.select({ id: user.id }).from(user).where(eq(user.email, d.email));
			if (!u) throw new ValidationError({ email: 'initiatives_no_such_account' });
			userId = u.id;
			const [dup] = await tx.select({ id: initiativeMember.id }).from(initiativeMember).where(and(eq(initiativeMember.applicationId, id), eq(initiativeMember.userId, userId)));
			if (dup) throw new ValidationError({ email: 'initiatives_member_twice' });
		}
		const [{ n, last }] = await tx.select({ n: sql<number>`count(*)::int`, last: sql<number>`coalesce(max(${initiativeMember.position}), 0)::int` }).from(initiativeMember).where(eq(initiativeMember.applicationId, id));
		if (n >= MAX_MEMBERS) throw new ConflictError('initiatives_too_many_members');
		await tx.insert(initiativeMember).values({ id: newId(), applicationId: id, fullName: d.fullName, userId, contact: false, position: last + 1 });
		await tx.update(initiativeApplication).set({ updatedAt: ctx.now() }).where(eq(initiativeApplication.id, id));
	});
}

/** Removes a person from the group (never the contact person, who answers for the group). */
export async function removeMember(ctx: ServiceContext, id: string, memberId: string): Promise<void> {
	const { application: a } = await requireApplicant(ctx, ctx.db, id);
	if (a.status !== 'draft') throw new ConflictError('initiatives_not_editable');
	const [m] = await ctx.db.select().from(initiativeMember).where(and(eq(initiativeMember.id, memberId), eq(initiativeMember.applicationId, id)));
	if (!m) throw new NotFoundError('initiatives_member_not_found');
	if (m.contact) throw new ConflictError('initiatives_contact_stays');
	await ctx.db.delete(initiativeMember).where(eq(initiativeMember.id, memberId));
}

export async function membersOf(db: Db, id: string): Promise<Member[]> {
	return db.select().from(initiativeMember).where(eq(initiativeMember.applicationId, id)).orderBy(asc(initiativeMember.position));
}

/** What is still missing before a draft can be submitted, by field (message keys); empty when
 * it is complete. The check page lists these; submit refuses while any remain. */
export function missingAnswers(a: Application, memberCount: number, prog: Programme, now: Date): Record<string, string> {
	const miss: Record<string, string> = {};
	if (a.lat === null || a.lng === null) miss.lat = 'initiatives_pin_required';
	if (a.placeDescription.trim().length < 3) miss.placeDescription = 'initiatives_place_required';
	if (!a.startsOn || !a.endsOn) miss.startsOn = 'initiatives_dates_required';
	else if (a.startsOn < warsawDay(now)) miss.startsOn = 'initiatives_start_in_past';
	if (memberCount < prog.minMembers) miss.members = 'initiatives_group_too_small';
	if (a.workHours + a.goodsValue + a.moneyAmount === 0) miss.workHours = 'initiatives_contribution_required';
	if (a.workHours > 0 && a.workDescription.trim().length < 10) miss.workDescription = 'initiatives_work_description_required';
	if (a.goodsValue > 0 && a.goodsDescription.trim().length < 10) miss.goodsDescription = 'initiatives_goods_description_required';
	if (a.cityTasks.trim().length < 10) miss.cityTasks = 'initiatives_city_tasks_required';
	if (a.requestedAmount <= 0) miss.requestedAmount = 'initiatives_amount_required';
	return miss;
}

/** Submits a complete draft with the group's declaration. Refused when the pool has less left
 * than the group asks for: applications are taken all year, while the money lasts. */
export async function submitApplication(ctx: ServiceContext, id: string, input: unknown): Promise<{ number: string }> {
	parseInput(z.object({ declaration: z.literal('yes', { error: 'initiatives_declaration_required' }) }), input);
	const { application: a } = await requireApplicant(ctx, ctx.db, id);
	if (a.status !== 'draft') throw new ConflictError('initiatives_already_submitted');
	return inTx(ctx.db, async (tx) => {
		const prog = await lockProgramme(tx, a.processId);
		const [p] = await tx.select().from(process).where(eq(process.id, a.processId));
		if (!takingApplications(p, prog, ctx.now())) throw new ConflictError('initiatives_not_taking');
		const members = await membersOf(tx, id);
		const miss = missingAnswers(a, members.length, prog, ctx.now());
		if (Object.keys(miss).length) throw new ValidationError(miss, 'initiatives_incomplete');
		const figures = await poolFigures(tx, a.processId, prog.poolAmount);
		if (a.requestedAmount > figures.left) throw new ConflictError('initiatives_pool_exhausted', { requestedAmount: 'initiatives_pool_exhausted' });
		const [{ n }] = await tx.select({ n: sql<number>`count(${initiativeApplication.number})::int` }).from(initiativeApplication).where(eq(initiativeApplication.processId, a.processId));
		const number = `IL/${prog.year}/${n + 1}`;
		await tx.update(initiativeApplication).set({ status: 'submitted', number, submittedAt: ctx.now(), updatedAt: ctx.now() }).where(eq(initiativeApplication.id, id));
		return { number };
	});
}

export const WITHDRAWABLE: readonly Application['status'][] = ['draft', 'submitted', 'approved'];

/** The group withdraws: a draft is deleted; a submitted or approved application (agreement not
 * yet signed) stays in the register as withdrawn and gives its money back to the pool. */
export async function withdrawApplication(ctx: ServiceContext, id: string): Promise<'deleted' | 'withdrawn'> {
	const { application: a } = await requireApplicant(ctx, ctx.db, id);
	if (!WITHDRAWABLE.includes(a.status)) throw new ConflictError('initiatives_not_withdrawable');
	if (a.status === 'draft') {
		await ctx.db.delete(initiativeApplication).where(eq(initiativeApplication.id, id));
		return 'deleted';
	}
	await inTx(ctx.db, async (tx) => {
		await lockProgramme(tx, a.processId);
		await tx.update(initiativeApplication).set({ status: 'withdrawn', committedAmount: 0, updatedAt: ctx.now() }).where(eq(initiativeApplication.id, id));
	});
	return 'withdrawn';
}

/** The applications the actor's groups have (drafts included), newest first. */
export async function myApplications(ctx: ServiceContext) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const mine = ctx.db.select({ id: initiativeMember.applicationId }).from(initiativeMember).where(eq(initiativeMember.userId, ctx.actor.id));
	return ctx.db
		.select({ application: initiativeApplication, slug: process.slug, programmeTitle: process.title, year: initiativeProgramme.year })
		.from(initiativeApplication)
		.innerJoin(process, eq(process.id, initiativeApplication.processId))
		.innerJoin(initiativeProgramme, eq(initiativeProgramme.processId, initiativeApplication.processId))
		.where(inArray(initiativeApplication.id, mine))
		.orderBy(desc(initiativeApplication.updatedAt));
}
