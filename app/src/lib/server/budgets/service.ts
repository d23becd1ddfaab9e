import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, NotFoundError, ServiceError, UnauthenticatedError, ValidationError } from '../core/errors';
import { amountInput, parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { user } from '../accounts/schema';
import { district } from '../districts/schema';
import { findDistrictAt } from '../districts/service';
import { createProcess } from '../processes/service';
import { process, processOfficial } from '../processes/schema';
import { budgetRules } from './permissions';
import { explanationText } from '../../budgets/explain';
import {
	BALLOT_KINDS,
	CLIMATE_CATEGORIES,
	GREEN_MODES,
	IMPL_STATUSES,
	POOL_KINDS,
	POOL_RULES,
	budgetAppeal,
	budgetBallot,
	budgetBallotChoice,
	budgetCoauthor,
	budgetEdition,
	budgetPaperEntry,
	budgetParticipation,
	budgetPhoto,
	budgetPool,
	budgetProject,
	budgetResult,
	budgetSupport,
	budgetUpdate,
	budgetVerification,
	budgetVolunteer
} from './schema';
import { CLIMATE_CATEGORY, checkBallotPart, countElection, countWithGreenShare, parseFile, poolToPabulib, type BallotPart, type PoolCount } from './engine';
import { appealDeadline, cfgOf, editionRow, officialIdsOf, PHASES, phaseOf, poolColumns, requireManage, rulesFrozen, tx, type Edition, type Pool } from './shared';
import { BUDGET_CLIMATE_METHOD_MAX, BUDGET_EDITION_DESCRIPTION_MAX, BUDGET_PROJECT_DESCRIPTION_MAX, BUDGET_UPDATE_MAX, BUDGET_VOLUNTEERS_WANTED_MAX, BUDGET_VOLUNTEER_NOTE_MAX } from '../../limits';

export { PHASES, phaseOf, rulesFrozen, signaturesOf, appealDeadline, type BudgetPhase, type Edition, type Pool, type Project } from './shared';
export * from './assessment.service';
export * from './phase.service';


const dateField = z.coerce.date({ error: 'invalid_date' });
const editionBase = z.object({
		title: z.string().trim().min(5, 'title_too_short').max(200, 'title_too_long'),
		description: z.string().trim().min(10, 'description_too_short').max(BUDGET_EDITION_DESCRIPTION_MAX),
		year: z.coerce.number({ error: 'budgets_invalid_number' }).int().min(2000, 'budgets_invalid_number').max(2100, 'budgets_invalid_number'),
		ballotKind: z.enum(BALLOT_KINDS, { error: 'required' }),
		maxChoices: z.coerce.number({ error: 'budgets_invalid_number' }).int().min(1, 'budgets_invalid_number').max(50, 'budgets_invalid_number').default(3),
		cumulativePoints: z.coerce.number({ error: 'budgets_invalid_number' }).int().min(1, 'budgets_invalid_number').max(100, 'budgets_invalid_number').default(10),
		greenMode: z.enum(GREEN_MODES, { error: 'required' }),
		greenSharePercent: z.coerce.number({ error: 'budgets_invalid_number' }).int().min(0, 'budgets_invalid_number').max(100, 'budgets_invalid_number').default(0),
		minAge: z.coerce.number({ error: 'budgets_invalid_number' }).int().min(0, 'budgets_invalid_number').max(120, 'budgets_invalid_number').default(0),
		supportRequired: z.coerce.number({ error: 'budgets_invalid_number' }).int().min(0, 'budgets_invalid_number').max(10000, 'budgets_invalid_number').default(0),
		appealDays: z.coerce.number({ error: 'budgets_invalid_number' }).int().min(1, 'budgets_invalid_number').max(60, 'budgets_invalid_number').default(7),
		submissionOpensAt: dateField,
		supportOpensAt: dateField,
		verificationOpensAt: dateField,
		appealsOpensAt: dateField,
		votingOpensAt: dateField,
		votingClosesAt: dateField,
		implementationOpensAt: dateField
});
type Dates = Record<'submissionOpensAt' | 'supportOpensAt' | 'verificationOpensAt' | 'appealsOpensAt' | 'votingOpensAt' | 'votingClosesAt' | 'implementationOpensAt', Date>;
function datesInOrder(d: Dates, c: z.RefinementCtx) {
	const order = ['submissionOpensAt', 'supportOpensAt', 'verificationOpensAt', 'appealsOpensAt', 'votingOpensAt', 'votingClosesAt', 'implementationOpensAt'] as const;
	for (let i = 1; i < order.length; i++)
		if (d[order[i]].getTime() < d[order[i - 1]].getTime()) c.addIssue({ code: 'custom', message: 'budgets_dates_out_of_order', path: [order[i]] });
}
export const editionInput = editionBase.superRefine(datesInOrder);

function phasesFor(d: z.infer<typeof editionInput>) {
	const span = (name: string, a: Date, b: Date) => ({ name, startsAt: a, endsAt: b.getTime() > a.getTime() ? b : new Date(a.getTime() + 86_400_000) });
	return [
		span('Zgłaszanie projektów', d.submissionOpensAt, d.supportOpensAt),
		span('Zbieranie podpisów poparcia', d.supportOpensAt, d.verificationOpensAt),
		span('Weryfikacja', d.verificationOpensAt, d.appealsOpensAt),
		span('Odwołania', d.appealsOpensAt, d.votingOpensAt),
		span('Głosowanie', d.votingOpensAt, d.votingClosesAt),
		span('Wyniki', d.votingClosesAt, d.implementationOpensAt),
		span('Realizacja', d.implementationOpensAt, new Date(d.implementationOpensAt.getTime() + 2 * 365 * 86_400_000))
	];
}

/** Creates an edition: a published `process` (mechanism 'budget') plus its rules. */
export async function createEdition(ctx: ServiceContext, input: unknown): Promise<{ id: string; slug: string }> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (ctx.actor.role !== 'official' && ctx.actor.role !== 'admin') throw new ForbiddenError();
	const data = parseInput(editionInput, input);
	const { title, description, ...rules } = data;
	const created = await createProcess(
		ctx,
		{
			mechanism: 'budget',
			title,
			description,
			scopeDecided: 'Pule, kwoty, zasady głosowania i reguła liczenia głosów (zamrożone od otwarcia głosowania).',
			scopeOpen: 'Które projekty zostaną zrealizowane — decydują mieszkańcy w głosowaniu.',
			scopeWhoDecides: 'Mieszkańcy w głosowaniu; urzędnicy weryfikują projekty z pisemnym uzasadnieniem.',
			scopeWhen: `Głosowanie: ${data.votingOpensAt.toISOString().slice(0, 10)} – ${data.votingClosesAt.toISOString().slice(0, 10)}.`,
			topics: ['greenery_water', 'heat', 'energy', 'transport'],
			phases: phasesFor(data)
		},
		{ publish: true }
	);
	await tx(ctx, async (t) => {
		await t.insert(budgetEdition).values({ processId: created.id, ...rules });
		await recordAudit(t, ctx, { action: 'budget.edition.create', targetType: 'process', targetId: created.id, after: rules });
	});
	return created;
}

export const rulesInput = editionBase.omit({ title: true, description: true, year: true }).superRefine(datesInOrder);

/** Changes the rules and dates of an edition; refused once voting has opened. */
export async function updateEditionRules(ctx: ServiceContext, processId: string, input: unknown) {
	const data = parseInput(rulesInput, input);
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const before = await editionRow(t, processId);
		if (rulesFrozen(before, ctx.now())) throw new ConflictError('budgets_rules_frozen');
		await t.update(budgetEdition).set(data).where(eq(budgetEdition.processId, processId));
		await recordAudit(t, ctx, { action: 'budget.edition.rules', targetType: 'process', targetId: processId, before, after: data });
	});
}

export const poolInput = z
	.object({
		kind: z.enum(POOL_KINDS, { error: 'required' }),
		districtId: z.coerce.number().int().min(1).max(18).nullable().default(null),
		name: z.string().trim().min(3, 'name_too_short').max(200, 'name_too_long'),
		// Amounts as people type them ("4 000 000", "4 000 000 zł"), in whole złoty (amountInput).
		amount: amountInput(z.number({ error: 'budgets_invalid_number' }).int('budgets_invalid_number').min(1, 'budgets_invalid_number').max(1e12, 'budgets_invalid_number'), { whole: true }),
		minCost: amountInput(z.number({ error: 'budgets_invalid_number' }).int('budgets_invalid_number').min(0, 'budgets_invalid_number').default(0), { whole: true }),
		maxCost: amountInput(z.number({ error: 'budgets_invalid_number' }).int('budgets_invalid_number').min(1, 'budgets_invalid_number'), { whole: true }),
		rule: z.enum(POOL_RULES, { error: 'required' })
	})
	.refine((p) => p.kind !== 'district' || p.districtId !== null, { message: 'required', path: ['districtId'] })
	.refine((p) => p.maxCost >= p.minCost, { message: 'budgets_max_below_min', path: ['maxCost'] })
	.refine((p) => p.maxCost <= p.amount, { message: 'budgets_max_above_amount', path: ['maxCost'] });

export async function addPool(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(poolInput, input);
	const id = newId();
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const e = await editionRow(t, processId);
		if (rulesFrozen(e, ctx.now())) throw new ConflictError('budgets_rules_frozen');
		const [{ n }] = await t.select({ n: sql<number>`count(*)::int` }).from(budgetPool).where(eq(budgetPool.processId, processId));
		await t.insert(budgetPool).values({ id, processId, ...data, districtId: data.kind === 'district' ? data.districtId : null, position: n });
		await recordAudit(t, ctx, { action: 'budget.pool.add', targetType: 'process', targetId: processId, after: { id, ...data } });
	});
	return id;
}

export async function updatePool(ctx: ServiceContext, poolId: string, input: unknown) {
	const data = parseInput(poolInput, input);
	await tx(ctx, async (t) => {
		const [before] = await t.select().from(budgetPool).where(eq(budgetPool.id, poolId));
		if (!before) throw new NotFoundError('pool_not_found');
		await requireManage(t, ctx, before.processId);
		if (rulesFrozen(await editionRow(t, before.processId), ctx.now())) throw new ConflictError('budgets_rules_frozen');
		await t.update(budgetPool).set({ ...data, districtId: data.kind === 'district' ? data.districtId : null }).where(eq(budgetPool.id, poolId));
		await recordAudit(t, ctx, { action: 'budget.pool.update', targetType: 'budget_pool', targetId: poolId, before, after: data });
	});
}

export const greenInput = z
	.object({
		greenMode: z.enum(GREEN_MODES, { error: 'required' }),
		greenSharePercent: z.coerce.number({ error: 'budgets_invalid_number' }).int('budgets_invalid_number').min(0, 'budgets_invalid_number').max(100, 'budgets_invalid_number').default(0)
	})
	.refine((g) => g.greenMode !== 'share' || g.greenSharePercent >= 1, { message: 'budgets_green_share_needed', path: ['greenSharePercent'] });

/** The green budget of an edition: a separate pool for climate projects, a guaranteed minimum
 * share of each pool for climate-tagged projects, or none. Refused once voting has opened. */
export async function updateGreenBudget(ctx: ServiceContext, processId: string, input: unknown) {
	const data = parseInput(greenInput, input);
	const set = { greenMode: data.greenMode, greenSharePercent: data.greenMode === 'share' ? data.greenSharePercent : 0 };
	await tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const before = await editionRow(t, processId);
		if (rulesFrozen(before, ctx.now())) throw new ConflictError('budgets_rules_frozen');
		await t.update(budgetEdition).set(set).where(eq(budgetEdition.processId, processId));
		await recordAudit(t, ctx, { action: 'budget.edition.green', targetType: 'process', targetId: processId, before: { greenMode: before.greenMode, greenSharePercent: before.greenSharePercent }, after: set });
	});
}

/** One pool of an edition (for its edit page). */
export async function getPool(ctx: ServiceContext, processId: string, poolId: string) {
	const [pool] = await ctx.db.select(poolColumns).from(budgetPool).where(and(eq(budgetPool.id, poolId), eq(budgetPool.processId, processId)));
	if (!pool) throw new NotFoundError('pool_not_found');
	return pool;
}

// ---------------------------------------------------------------- reading

export async function listEditions(ctx: ServiceContext) {
	const rows = await ctx.db
		.select({ e: budgetEdition, p: process })
		.from(budgetEdition)
		.innerJoin(process, eq(process.id, budgetEdition.processId))
		.where(inArray(process.status, ['published', 'closed']))
		.orderBy(desc(budgetEdition.year), asc(budgetEdition.historical), asc(process.title));
	const pools = rows.length ? await ctx.db.select({ processId: budgetPool.processId, amount: budgetPool.amount }).from(budgetPool).where(inArray(budgetPool.processId, rows.map((r) => r.e.processId))) : [];
	// Which of them the person manages (an admin: all; an official: the assigned ones).
	const assigned = ctx.actor?.role === 'official' ? new Set((await ctx.db.select({ id: processOfficial.processId }).from(processOfficial).where(eq(processOfficial.userId, ctx.actor.id))).map((r) => r.id)) : null;
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
		pools: pools.filter((x) => x.processId === p.id).length,
		/** Past editions are read-only for everyone; others are managed by their officials and admins. */
		canManage: !e.historical && (ctx.actor?.role === 'admin' || !!assigned?.has(p.id))
	}));
}

/** An edition by slug or id, with its pools, phase and whether its rules are frozen. */
export async function getEdition(ctx: ServiceContext, slugOrId: string) {
	const [p] = await ctx.db.select().from(process).where(sql`${process.slug} = ${slugOrId} or ${process.id} = ${slugOrId}`);
	if (!p || p.mechanism !== 'budget') throw new NotFoundError('budget_not_found');
	const officials = await officialIdsOf(ctx.db, p.id);
	const canManage = budgetRules.manage(ctx.actor, officials);
	if (p.status === 'draft' && !canManage) throw new NotFoundError('budget_not_found');
	const e = await editionRow(ctx.db, p.id);
	const pools = await ctx.db
		.select({ pool: poolColumns, districtName: district.name, districtRoman: district.roman })
		.from(budgetPool)
		.leftJoin(district, eq(district.id, budgetPool.districtId))
		.where(eq(budgetPool.processId, p.id))
		.orderBy(asc(budgetPool.position));
	return {
		process: p,
		edition: e,
		phase: phaseOf(e, ctx.now()),
		frozen: rulesFrozen(e, ctx.now()),
		canManage,
		pools: pools.map((r) => ({ ...r.pool, districtName: r.districtName, districtRoman: r.districtRoman }))
	};
}

export type PublicProject = Awaited<ReturnType<typeof listProjects>>[number];

/** Projects of an edition visible to everyone (not drafts), optionally by pool or district. */
export async function listProjects(ctx: ServiceContext, processId: string, filter: { poolId?: string; districtId?: number; status?: string; climate?: boolean } = {}) {
	const conds = [eq(budgetProject.processId, processId), inArray(budgetProject.status, ['submitted', 'rejected', 'accepted'])];
	if (filter.poolId) conds.push(eq(budgetProject.poolId, filter.poolId));
	if (filter.districtId) conds.push(eq(budgetProject.districtId, filter.districtId));
	if (filter.status === 'accepted' || filter.status === 'rejected' || filter.status === 'submitted') conds.push(eq(budgetProject.status, filter.status));
	if (filter.climate) conds.push(isNotNull(budgetProject.climateCategory));
	const rows = await ctx.db
		.select({
			id: budgetProject.id,
			code: budgetProject.code,
			poolId: budgetProject.poolId,
			title: budgetProject.title,
			description: budgetProject.description,
			districtId: budgetProject.districtId,
			lat: budgetProject.lat,
			lng: budgetProject.lng,
			cost: sql<number>`coalesce(${budgetProject.correctedCost}, ${budgetProject.cost})::bigint`.mapWith(Number),
			climateCategory: budgetProject.climateCategory,
			climateEffect: budgetProject.climateEffect,
			status: budgetProject.status,
			importedVotes: budgetProject.importedVotes,
			importedScore: budgetProject.importedScore,
			implStatus: budgetProject.implStatus,
			implProgress: budgetProject.implProgress
		})
		.from(budgetProject)
		.where(and(...conds))
		.orderBy(asc(budgetProject.poolId), desc(budgetProject.importedScore), asc(budgetProject.title));
	return rows;
}

/** One project with everything public about it: verification, appeals, updates, photos. The
 * author and co-authors also see a draft. */
export async function getProject(ctx: ServiceContext, projectId: string) {
	const [p] = await ctx.db.select().from(budgetProject).where(eq(budgetProject.id, projectId));
	if (!p) throw new NotFoundError('project_not_found');
	const coauthors = await ctx.db.select({ id: user.id, name: user.name }).from(budgetCoauthor).innerJoin(user, eq(user.id, budgetCoauthor.userId)).where(eq(budgetCoauthor.projectId, projectId));
	const authorIds = [p.authorId, ...coauthors.map((c) => c.id)];
	const isAuthor = !!ctx.actor && authorIds.includes(ctx.actor.id);
	const officials = await officialIdsOf(ctx.db, p.processId);
	const canManage = budgetRules.manage(ctx.actor, officials);
	if (p.status === 'draft' && !isAuthor) throw new NotFoundError('project_not_found');
	const [author] = p.authorId ? await ctx.db.select({ name: user.name }).from(user).where(eq(user.id, p.authorId)) : [];
	const verifications = await ctx.db.select().from(budgetVerification).where(eq(budgetVerification.projectId, projectId)).orderBy(asc(budgetVerification.decidedAt));
	const appeals = await ctx.db.select().from(budgetAppeal).where(eq(budgetAppeal.projectId, projectId)).orderBy(asc(budgetAppeal.createdAt));
	const updates = await ctx.db.select().from(budgetUpdate).where(eq(budgetUpdate.projectId, projectId)).orderBy(desc(budgetUpdate.createdAt));
	const photos = await ctx.db.select({ id: budgetPhoto.id, alt: budgetPhoto.alt, updateId: budgetPhoto.updateId }).from(budgetPhoto).where(eq(budgetPhoto.projectId, projectId)).orderBy(asc(budgetPhoto.createdAt));
	const [{ n: supporters }] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(budgetSupport).where(eq(budgetSupport.projectId, projectId));
	const [{ n: volunteers }] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(budgetVolunteer).where(eq(budgetVolunteer.projectId, projectId));
	const supported = ctx.actor ? (await ctx.db.select().from(budgetSupport).where(and(eq(budgetSupport.projectId, projectId), eq(budgetSupport.userId, ctx.actor.id)))).length > 0 : false;
	const volunteered = ctx.actor ? (await ctx.db.select().from(budgetVolunteer).where(and(eq(budgetVolunteer.projectId, projectId), eq(budgetVolunteer.userId, ctx.actor.id)))).length > 0 : false;
	const [pool] = await ctx.db.select(poolColumns).from(budgetPool).where(eq(budgetPool.id, p.poolId));
	const e = await editionRow(ctx.db, p.processId);
	const [pr] = await ctx.db.select({ slug: process.slug, title: process.title }).from(process).where(eq(process.id, p.processId));
	const results = await ctx.db.select().from(budgetResult).where(eq(budgetResult.poolId, p.poolId));
	const official = results.find((r) => r.official);
	const lastNegative = [...verifications].reverse().find((v) => !v.positive);
	const appealOpenUntil = lastNegative ? appealDeadline(e, lastNegative.decidedAt) : null;
	const appealed = lastNegative ? appeals.some((a) => a.verificationId === lastNegative.id) : false;
	const appealLate = p.status === 'rejected' && !!lastNegative && !appealed && !!appealOpenUntil && ctx.now().getTime() > appealOpenUntil.getTime();
	return {
		project: { ...p, effectiveCost: p.correctedCost ?? p.cost },
		authorName: author?.name ?? null,
		coauthors,
		isAuthor,
		canManage,
		pool: pool ?? null,
		edition: e,
		phase: phaseOf(e, ctx.now()),
		processSlug: pr?.slug ?? '',
		processTitle: pr?.title ?? '',
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
		comparisons: results.filter((r) => !r.official).map((r) => ({ rule: r.rule, funded: r.selected.includes(p.code), explanation: r.explanations[p.code] ?? null })),
		canAppeal: isAuthor && p.status === 'rejected' && !!lastNegative && !appealed && !!appealOpenUntil && ctx.now() <= appealOpenUntil,
		/** Shown on the page for a rejected project (its appeal deadline) whether open or passed. */
		appealOpenUntil: p.status === 'rejected' && !appealed ? appealOpenUntil : null,
		appealLate,
		signatures: { have: supporters, required: e.supportRequired, missing: Math.max(0, e.supportRequired - supporters) },
		canEdit: isAuthor && (p.status === 'draft' || ((p.status === 'submitted' || p.status === 'rejected') && !rulesFrozen(e, ctx.now())))
	};
}

/** Projects the signed-in person wrote or co-wrote (drafts included). */
export async function myProjects(ctx: ServiceContext, processId: string) {
	if (!ctx.actor) return [];
	const co = ctx.db.select({ id: budgetCoauthor.projectId }).from(budgetCoauthor).where(eq(budgetCoauthor.userId, ctx.actor.id));
	return ctx.db
		.select({ id: budgetProject.id, title: budgetProject.title, status: budgetProject.status })
		.from(budgetProject)
		.where(and(eq(budgetProject.processId, processId), sql`(${budgetProject.authorId} = ${ctx.actor.id} or ${budgetProject.id} in (${co}))`))
		.orderBy(desc(budgetProject.updatedAt));
}

// ---------------------------------------------------------------- project area (optional polygon)

export const AREA_MAX_POINTS = 50;

/** The area textarea: one "lat, lng" per line (blank lines ignored). A line with a decimal comma
 * may separate the two numbers with ";" ("50,0436; 19,9567"). Returns [lng, lat] points and the
 * problem of each bad line (message keys), by line number (1-based). */
export function parseAreaText(text: string): { points: [number, number][]; lines: number[]; errors: Record<number, string> } {
	const points: [number, number][] = [];
	const lines: number[] = [];
	const errors: Record<number, string> = {};
	const num = String.raw`(-?\d{1,3}(?:\.\d+)?)`;
	const dotted = new RegExp(String.raw`^${num}\s*[,;\s]\s*${num}$`);
	String(text ?? '')
		.split(/\r?\n/)
		.slice(0, 500)
		.forEach((raw, i) => {
			const line = raw.trim();
			if (!line) return;
			let m = dotted.exec(line);
			if (!m && line.includes(';')) m = dotted.exec(line.split(';').map((x) => x.trim().replace(',', '.')).join('; '));
			if (!m) return void (errors[i + 1] = 'budgets_area_line_format');
			const lat = Number(m[1]);
			const lng = Number(m[2]);
			if (!Number.isFinite(lat) || !Number.isFinite(lng) || lat < 49.9 || lat > 50.2 || lng < 19.7 || lng > 20.3) return void (errors[i + 1] = 'budgets_area_line_outside');
			points.push([lng, lat]);
			lines.push(i + 1);
		});
	return { points, lines, errors };
}

function areaErrors(errors: Record<number, string>, summary = 'budgets_area_invalid'): ValidationError {
	const fields: Record<string, string> = { area: summary };
	for (const [line, key] of Object.entries(errors)) fields[`area.line.${line}`] = key;
	return new ValidationError(fields, summary);
}

/** Reads `area` from the input (textarea text or [lng, lat] pairs) and checks each point is
 * inside Kraków (in one of its districts). An area needs 3 to 50 points. */
async function readArea(db: Db, input: unknown): Promise<{ input: unknown; lines: number[] }> {
	if (!input || typeof input !== 'object' || !('area' in input)) return { input, lines: [] };
	const raw = (input as { area: unknown }).area;
	let points: [number, number][] | undefined;
	let lines: number[] = [];
	if (typeof raw === 'string') {
		const parsed = parseAreaText(raw);
		if (Object.keys(parsed.errors).length) throw areaErrors(parsed.errors);
		points = parsed.points;
		lines = parsed.lines;
	} else if (Array.isArray(raw)) {
		points = raw as [number, number][];
		lines = points.map((_, i) => i + 1);
	} else if (raw !== null && raw !== undefined && raw !== '') throw new ValidationError({ area: 'budgets_area_invalid' });
	if (!points || points.length === 0) return { input: { ...(input as object), area: undefined }, lines: [] };
	if (points.length < 3) throw new ValidationError({ area: 'budgets_area_too_few' });
	if (points.length > AREA_MAX_POINTS) throw new ValidationError({ area: 'budgets_area_too_many' });
	const outside: Record<number, string> = {};
	for (const [k, pt] of points.entries()) {
		if (!Array.isArray(pt) || pt.length !== 2 || !pt.every((x) => typeof x === 'number' && Number.isFinite(x))) outside[lines[k]] = 'budgets_area_line_format';
		else if ((await findDistrictAt(db, pt[0], pt[1])) === null) outside[lines[k]] = 'budgets_area_line_outside';
	}
	if (Object.keys(outside).length) throw areaErrors(outside);
	return { input: { ...(input as object), area: points }, lines };
}

// ---------------------------------------------------------------- projects

const optNum = (max: number) =>
	z.preprocess((v) => (v === '' || v === null || v === undefined ? undefined : v), z.coerce.number({ error: 'budgets_invalid_number' }).min(0, 'budgets_invalid_number').max(max, 'budgets_invalid_number').optional());

export const projectInput = z.object({
	poolId: z.string({ error: 'required' }).min(1, 'required').max(100),
	title: z.string({ error: 'required' }).trim().min(5, 'title_too_short').max(200, 'title_too_long'),
	description: z.string({ error: 'required' }).trim().min(20, 'description_too_short').max(BUDGET_PROJECT_DESCRIPTION_MAX, 'budgets_description_too_long'),
	lat: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number({ error: 'budgets_invalid_number' }).min(49.9, 'outside_krakow').max(50.2, 'outside_krakow').optional()),
	lng: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number({ error: 'budgets_invalid_number' }).min(19.7, 'outside_krakow').max(20.3, 'outside_krakow').optional()),
	/** [lng, lat] points; the form sends the textarea (one "lat, lng" per line), see parseAreaText. */
	area: z.array(z.tuple([z.number(), z.number()])).max(AREA_MAX_POINTS, 'budgets_area_too_many').optional(),
	costItems: z
		.array(z.object({ label: z.string().trim().min(2, 'text_too_short').max(200, 'text_too_long'), amount: amountInput(z.number({ error: 'budgets_invalid_number' }).int('budgets_invalid_number').min(1, 'budgets_invalid_number').max(1e10, 'budgets_invalid_number'), { whole: true }) }))
		.max(20)
		.default([]),
	climateCategory: z.preprocess((v) => (v === '' ? undefined : v), z.enum(CLIMATE_CATEGORIES).optional()),
	trees: optNum(1e6),
	unsealedM2: optNum(1e8),
	co2eTonnesPerYear: optNum(1e6),
	method: z.string().trim().max(BUDGET_CLIMATE_METHOD_MAX).optional().default('')
});

function projectValues(d: z.infer<typeof projectInput>) {
	const effect = d.climateCategory
		? { ...(d.trees !== undefined ? { trees: d.trees } : {}), ...(d.unsealedM2 !== undefined ? { unsealedM2: d.unsealedM2 } : {}), ...(d.co2eTonnesPerYear !== undefined ? { co2eTonnesPerYear: d.co2eTonnesPerYear } : {}), ...(d.method ? { method: d.method } : {}) }
		: null;
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

async function checkPoolFits(t: Db, processId: string, v: ReturnType<typeof projectValues>, strict: boolean) {
	const [pool] = await t.select().from(budgetPool).where(and(eq(budgetPool.id, v.poolId), eq(budgetPool.processId, processId)));
	if (!pool) throw new ValidationError({ poolId: 'required' });
	let districtId = pool.districtId;
	if (v.lat !== null && v.lng !== null) {
		const at = await findDistrictAt(t, v.lng, v.lat);
		if (pool.kind === 'district' && at !== pool.districtId && strict) throw new ValidationError({ lat: 'budgets_pin_outside_district' });
		districtId = pool.districtId ?? at;
	}
	if (pool.kind === 'green' && strict && !v.climateCategory) throw new ValidationError({ climateCategory: 'budgets_green_needs_category' });
	if (strict) {
		if (v.costItems.length === 0) throw new ValidationError({ costItems: 'budgets_cost_items_required' });
		if (v.cost < pool.minCost) throw new ValidationError({ costItems: 'budgets_cost_below_min' }, 'invalid', { costItems: { costAmount: v.cost, minAmount: pool.minCost } });
		if (v.cost > pool.maxCost) throw new ValidationError({ costItems: 'budgets_cost_above_max' }, 'invalid', { costItems: { costAmount: v.cost, maxAmount: pool.maxCost } });
	}
	return { pool, districtId };
}

/** Saves a draft (new or existing). A draft may be incomplete in cost and place. */
export async function saveDraft(ctx: ServiceContext, processId: string, input: unknown, projectId?: string): Promise<string> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.submit(ctx.actor)) throw new ForbiddenError('email_not_verified');
	const d = parseInput(projectInput, (await readArea(ctx.db, input)).input);
	const v = projectValues(d);
	return tx(ctx, async (t) => {
		const e = await editionRow(t, processId);
		const ph = phaseOf(e, ctx.now());
		const { districtId } = await checkPoolFits(t, processId, v, false);
		if (projectId) {
			const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
			if (!p || p.processId !== processId) throw new NotFoundError('project_not_found');
			const co = await t.select({ userId: budgetCoauthor.userId }).from(budgetCoauthor).where(eq(budgetCoauthor.projectId, projectId));
			if (!budgetRules.editProject(ctx.actor, [p.authorId, ...co.map((c) => c.userId)])) throw new ForbiddenError();
			if (p.status === 'draft') {
				if (ph !== 'submission' && ph !== 'before') throw new ConflictError('budgets_submission_closed');
			} else if (p.status === 'submitted' || p.status === 'rejected') {
				// A correction after verification: allowed until voting opens; the project goes back to the officials.
				if (rulesFrozen(e, ctx.now())) throw new ConflictError('budgets_rules_frozen');
				await checkPoolFits(t, processId, v, true);
			} else throw new ConflictError('budgets_project_locked');
			await t.update(budgetProject).set({ ...v, districtId, status: p.status === 'rejected' ? 'submitted' : p.status, updatedAt: ctx.now() }).where(eq(budgetProject.id, projectId));
			return projectId;
		}
		if (ph !== 'submission') throw new ConflictError('budgets_submission_closed');
		const id = newId();
		const [{ n }] = await t.select({ n: sql<number>`count(*)::int` }).from(budgetProject).where(eq(budgetProject.processId, processId));
		await t.insert(budgetProject).values({ id, processId, code: `P${n + 1}-${id.slice(0, 4)}`, authorId: ctx.actor!.id, ...v, districtId, status: 'draft', createdAt: ctx.now(), updatedAt: ctx.now() });
		return id;
	});
}

/** Submits a draft: every required answer must be there and the cost must fit the pool. */
export async function submitProject(ctx: ServiceContext, projectId: string) {
	if (!ctx.actor) throw new UnauthenticatedError();
	await tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError('project_not_found');
		const co = await t.select({ userId: budgetCoauthor.userId }).from(budgetCoauthor).where(eq(budgetCoauthor.projectId, projectId));
		if (!budgetRules.editProject(ctx.actor, [p.authorId, ...co.map((c) => c.userId)])) throw new ForbiddenError();
		if (p.status !== 'draft') throw new ConflictError('budgets_already_submitted');
		const e = await editionRow(t, p.processId);
		if (phaseOf(e, ctx.now()) !== 'submission') throw new ConflictError('budgets_submission_closed');
		await checkPoolFits(t, p.processId, { poolId: p.poolId, title: p.title, description: p.description, lat: p.lat, lng: p.lng, area: p.area, costItems: p.costItems, cost: p.cost, climateCategory: p.climateCategory, climateEffect: p.climateEffect }, true);
		if (p.lat === null || p.lng === null) throw new ValidationError({ lat: 'budgets_pin_required' });
		await t.update(budgetProject).set({ status: 'submitted', submittedAt: ctx.now(), updatedAt: ctx.now() }).where(eq(budgetProject.id, projectId));
	});
}

export async function addCoauthor(ctx: ServiceContext, projectId: string, email: unknown) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const addr = parseInput(z.object({ email: z.string().trim().toLowerCase().email('invalid_email').max(200) }), { email }).email;
	await tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError('project_not_found');
		if (p.authorId !== ctx.actor!.id) throw new ForbiddenError();
		if (p.status !== 'draft' && p.status !== 'submitted') throw new ConflictError('budgets_project_locked');
		const [u] = await t.select({ id: user.id }).from(user).where(eq(user.email, addr));
		if (!u) throw new ValidationError({ email: 'budgets_no_such_account' });
		if (u.id === p.authorId) throw new ValidationError({ email: 'budgets_already_author' });
		await t.insert(budgetCoauthor).values({ projectId, userId: u.id }).onConflictDoNothing();
	});
}

/** Signs the support list of a submitted project (once per person). */
export async function supportProject(ctx: ServiceContext, projectId: string) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.support(ctx.actor)) throw new ForbiddenError();
	const [p] = await ctx.db.select().from(budgetProject).where(eq(budgetProject.id, projectId));
	if (!p || p.status === 'draft') throw new NotFoundError('project_not_found');
	const ph = phaseOf(await editionRow(ctx.db, p.processId), ctx.now());
	if (ph !== 'submission' && ph !== 'support') throw new ConflictError('budgets_support_closed');
	await ctx.db.insert(budgetSupport).values({ projectId, userId: ctx.actor.id, createdAt: ctx.now() }).onConflictDoNothing();
}

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 2_000_000;

function sniffImage(b: Buffer): string | null {
	if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
	if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
	if (b.length > 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
	return null;
}

/** Adds a photo to a project (author while editable) or to an implementation update (official). */
export async function addPhoto(ctx: ServiceContext, projectId: string, input: { bytes: Buffer; alt: unknown; updateId?: string | null }) {
	if (!ctx.actor) throw new UnauthenticatedError();
	const alt = parseInput(z.object({ alt: z.string().trim().min(3, 'budgets_alt_required').max(300) }), { alt: input.alt }).alt;
	if (input.bytes.length === 0) throw new ValidationError({ photo: 'budgets_photo_required' });
	if (input.bytes.length > PHOTO_MAX_BYTES) throw new ValidationError({ photo: 'budgets_photo_too_large' });
	const mime = sniffImage(input.bytes);
	if (!mime || !(PHOTO_TYPES as readonly string[]).includes(mime)) throw new ValidationError({ photo: 'budgets_photo_type' });
	const id = newId();
	await tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError('project_not_found');
		const co = await t.select({ userId: budgetCoauthor.userId }).from(budgetCoauthor).where(eq(budgetCoauthor.projectId, projectId));
		const official = budgetRules.manage(ctx.actor, await officialIdsOf(t, p.processId));
		const author = budgetRules.editProject(ctx.actor, [p.authorId, ...co.map((c) => c.userId)]) && (p.status === 'draft' || p.status === 'submitted');
		if (!official && !author) throw new ForbiddenError();
		const [{ n }] = await t.select({ n: sql<number>`count(*)::int` }).from(budgetPhoto).where(eq(budgetPhoto.projectId, projectId));
		if (n >= 10) throw new ConflictError('budgets_too_many_photos');
		await t.insert(budgetPhoto).values({ id, projectId, updateId: input.updateId ?? null, mime, bytes: input.bytes, alt, uploadedBy: ctx.actor!.id, createdAt: ctx.now() });
		if (official) await recordAudit(t, ctx, { action: 'budget.photo.add', targetType: 'budget_project', targetId: projectId, after: { id, alt } });
	});
	return id;
}

export async function getPhoto(ctx: ServiceContext, photoId: string) {
	const [ph] = await ctx.db.select({ photo: budgetPhoto, status: budgetProject.status }).from(budgetPhoto).innerJoin(budgetProject, eq(budgetProject.id, budgetPhoto.projectId)).where(eq(budgetPhoto.id, photoId));
	if (!ph) throw new NotFoundError('photo_not_found');
	if (ph.status === 'draft') await getProject(ctx, ph.photo.projectId); // drafts: authors only
	return { mime: ph.photo.mime, bytes: ph.photo.bytes };
}


// ---------------------------------------------------------------- voting

/** What a voter sees on the ballot: each pool they may vote in, with the accepted projects. */
export async function ballotSheet(ctx: ServiceContext, processId: string) {
	const e = await editionRow(ctx.db, processId);
	const pools = await ctx.db.select({ pool: poolColumns, districtName: district.name, districtRoman: district.roman }).from(budgetPool).leftJoin(district, eq(district.id, budgetPool.districtId)).where(eq(budgetPool.processId, processId)).orderBy(asc(budgetPool.position));
	const projects = await ctx.db
		.select({ id: budgetProject.id, code: budgetProject.code, poolId: budgetProject.poolId, title: budgetProject.title, cost: sql<number>`coalesce(${budgetProject.correctedCost}, ${budgetProject.cost})::bigint`.mapWith(Number), climateCategory: budgetProject.climateCategory, districtId: budgetProject.districtId })
		.from(budgetProject)
		.where(and(eq(budgetProject.processId, processId), eq(budgetProject.status, 'accepted')))
		.orderBy(asc(budgetProject.title));
	return {
		edition: e,
		phase: phaseOf(e, ctx.now()),
		pools: pools.map((r) => ({ ...r.pool, districtName: r.districtName, districtRoman: r.districtRoman, projects: projects.filter((p) => p.poolId === r.pool.id) }))
	};
}

export const castInput = z.object({
	residence: z.literal(true, { error: 'budgets_residence_required' }),
	birthYear: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number({ error: 'budgets_invalid_number' }).int('budgets_invalid_number').min(1900, 'budgets_invalid_number').max(2100, 'budgets_invalid_number').optional()),
	districtPoolId: z.string().max(100).optional().nullable(),
	/** The receipt code shown on the check-your-answers page: resending the same form (a double
	 * click, a replay) returns the same receipt instead of a second ballot. */
	receipt: z.string().regex(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/, 'budgets_receipt_invalid').optional(),
	/** poolId → project ids in ballot order; points for cumulative ballots. */
	parts: z.record(z.string().max(100), z.object({ projects: z.array(z.string().max(100)).max(200), points: z.array(z.coerce.number()).max(200).optional() }))
});

export function newReceipt(): string {
	// 12 characters from an alphabet without look-alikes, grouped for reading aloud.
	const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
	const b = randomBytes(12);
	let s = '';
	for (let i = 0; i < 12; i++) s += alphabet[b[i] % alphabet.length];
	return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** Checks a ballot against the edition's configuration with the engine's validateBallot.
 * Throws a ValidationError naming each pool's field with the engine's message. */
async function validateParts(db: Db, e: Edition, processId: string, parts: Record<string, BallotPart>, districtPoolId: string | null | undefined, lang: 'pl' | 'en' = 'pl') {
	const sheet = await ballotSheet({ db, actor: null, now: () => new Date() }, processId);
	const fields: Record<string, string> = {};
	const used = Object.entries(parts).filter(([, p]) => p.projects.length > 0);
	if (used.length === 0) throw new ValidationError({ ballot: 'budgets_ballot_empty' });
	const districtPools = used.filter(([id]) => sheet.pools.find((p) => p.id === id)?.kind === 'district');
	if (districtPools.length > 1) throw new ValidationError({ districtPoolId: 'budgets_one_district_only' });
	if (districtPools.length === 1 && districtPoolId && districtPools[0][0] !== districtPoolId) throw new ValidationError({ districtPoolId: 'budgets_one_district_only' });
	const out: { poolId: string; projectIds: string[]; points: number[] }[] = [];
	for (const [poolId, part] of used) {
		const pool = sheet.pools.find((p) => p.id === poolId);
		if (!pool) throw new ValidationError({ ballot: 'budgets_unknown_pool' });
		const byId = new Map(pool.projects.map((p) => [p.id, p]));
		const codes = part.projects.map((id) => byId.get(id)?.code ?? `?${id}`);
		const issues = checkBallotPart(cfgOf(e), { id: pool.id, name: pool.name, amount: pool.amount, rule: pool.rule }, pool.projects.map((p) => ({ code: p.code, cost: p.cost, title: p.title })), { projects: codes, ...(part.points ? { points: part.points } : {}) });
		if (issues.length) {
			// A message key per problem code of the engine (translated in pl/en/uk by the pages).
			void lang;
			fields[`pool-${poolId}`] = `budgets_ballot_${issues[0].code.replace(/-/g, '_')}`;
			continue;
		}
		const points = e.ballotKind === 'krakow' ? part.projects.map((_, k) => Math.max(e.maxChoices - k, 0)) : e.ballotKind === 'cumulative' ? part.points! : part.projects.map(() => 1);
		out.push({ poolId, projectIds: part.projects, points });
	}
	if (Object.keys(fields).length) throw new ValidationError(fields, 'budgets_ballot_invalid');
	return out;
}

/** Only checks a ballot (for the check-your-answers page); nothing is stored. */
export async function checkBallot(ctx: ServiceContext, processId: string, input: unknown, lang: 'pl' | 'en' = 'pl') {
	const d = parseInput(castInput.omit({ residence: true, birthYear: true }), input);
	const e = await editionRow(ctx.db, processId);
	return validateParts(ctx.db, e, processId, d.parts, d.districtPoolId, lang);
}

/** Casts a ballot. One per person per edition — the UNIQUE constraint on participation decides:
 * participation and the anonymous ballot are written in one transaction, so a double submit, a
 * second tab or a replay either finds the participation row (409) or waits for it. */
export async function castBallot(ctx: ServiceContext, processId: string, input: unknown, lang: 'pl' | 'en' = 'pl'): Promise<{ receipt: string; replay: boolean }> {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.vote(ctx.actor)) throw new ForbiddenError('email_not_verified');
	const d = parseInput(castInput, input);
	const e = await editionRow(ctx.db, processId);
	if (phaseOf(e, ctx.now()) !== 'voting') throw new ConflictError('budgets_voting_closed');
	if (e.minAge > 0) {
		const [u] = await ctx.db.select({ birthYear: user.birthYear }).from(user).where(eq(user.id, ctx.actor.id));
		const by = d.birthYear ?? u?.birthYear;
		if (!by) throw new ValidationError({ birthYear: 'budgets_birth_year_required' });
		if (ctx.now().getUTCFullYear() - by < e.minAge) throw new ValidationError({ birthYear: 'budgets_too_young' });
	}
	const choices = await validateParts(ctx.db, e, processId, d.parts, d.districtPoolId, lang);
	const receipt = d.receipt ?? newReceipt();
	const replay = await tx(ctx, async (t) => {
		const ins = await t
			.insert(budgetParticipation)
			.values({ id: newId(), processId, userId: ctx.actor!.id, residenceDeclaredAt: ctx.now() })
			.onConflictDoNothing()
			.returning({ id: budgetParticipation.id });
		if (!ins.length) {
			// Already voted. The same form sent again (same receipt) is answered with the receipt.
			if (d.receipt) {
				const [same] = await t.select({ id: budgetBallot.id }).from(budgetBallot).where(and(eq(budgetBallot.processId, processId), eq(budgetBallot.receipt, d.receipt)));
				if (same) return true;
			}
			throw new ConflictError('budgets_already_voted');
		}
		const [taken] = await t.select({ id: budgetBallot.id }).from(budgetBallot).where(eq(budgetBallot.receipt, receipt));
		if (taken) throw new ConflictError('budgets_receipt_invalid');
		const ballotId = newId();
		await t.insert(budgetBallot).values({ id: ballotId, processId, receipt, channel: 'online' });
		const rows = choices.flatMap((c) => c.projectIds.map((projectId, k) => ({ ballotId, poolId: c.poolId, projectId, position: k, points: c.points[k] })));
		if (rows.length) await t.insert(budgetBallotChoice).values(rows);
		return false;
	});
	return { receipt, replay };
}

export async function hasVoted(ctx: ServiceContext, processId: string): Promise<boolean> {
	if (!ctx.actor) return false;
	const [r] = await ctx.db.select({ id: budgetParticipation.id }).from(budgetParticipation).where(and(eq(budgetParticipation.processId, processId), eq(budgetParticipation.userId, ctx.actor.id)));
	return !!r;
}

/** Was the ballot with this receipt counted? Shows what it contains (only its holder has the code). */
export async function checkReceipt(ctx: ServiceContext, processId: string, code: unknown) {
	const c = parseInput(z.object({ code: z.string().trim().toUpperCase().min(6, 'budgets_receipt_invalid').max(20, 'budgets_receipt_invalid') }), { code }).code;
	const [b] = await ctx.db.select().from(budgetBallot).where(and(eq(budgetBallot.processId, processId), eq(budgetBallot.receipt, c)));
	if (!b) return { found: false as const };
	const rows = await ctx.db.select({ poolId: budgetBallotChoice.poolId, title: budgetProject.title, position: budgetBallotChoice.position, points: budgetBallotChoice.points }).from(budgetBallotChoice).innerJoin(budgetProject, eq(budgetProject.id, budgetBallotChoice.projectId)).where(eq(budgetBallotChoice.ballotId, b.id)).orderBy(asc(budgetBallotChoice.poolId), asc(budgetBallotChoice.position));
	const e = await editionRow(ctx.db, processId);
	return { found: true as const, channel: b.channel, counted: !!e.countedAt, choices: rows };
}

// ---------------------------------------------------------------- paper ballots (double entry)

export const paperInput = z.object({
	paperNumber: z.string({ error: 'required' }).trim().min(1, 'required').max(40),
	parts: z.record(z.string().max(100), z.object({ projects: z.array(z.string().max(100)).max(200), points: z.array(z.coerce.number()).max(200).optional() }))
});

/** An official types a paper ballot. It counts only when a second official typed the same. */
export async function enterPaperBallot(ctx: ServiceContext, processId: string, input: unknown): Promise<{ status: 'waiting' | 'counted' | 'mismatch'; receipt?: string }> {
	const d = parseInput(paperInput, input);
	return tx(ctx, async (t) => {
		await requireManage(t, ctx, processId);
		const e = await editionRow(t, processId);
		const ph = phaseOf(e, ctx.now());
		if (ph !== 'voting') throw new ConflictError('budgets_voting_closed');
		const choices = await validateParts(t, e, processId, d.parts, null);
		const norm = Object.fromEntries(choices.map((c) => [c.poolId, c.projectIds.map((id, k) => `${id}:${c.points[k]}`)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
		const others = await t.select().from(budgetPaperEntry).where(and(eq(budgetPaperEntry.processId, processId), eq(budgetPaperEntry.paperNumber, d.paperNumber)));
		if (others.some((o) => o.ballotId)) throw new ConflictError('budgets_paper_already_counted');
		if (others.some((o) => o.enteredBy === ctx.actor!.id)) throw new ConflictError('budgets_paper_second_person');
		const id = newId();
		await t.insert(budgetPaperEntry).values({ id, processId, paperNumber: d.paperNumber, choices: norm, enteredBy: ctx.actor!.id, enteredAt: ctx.now() });
		await recordAudit(t, ctx, { action: 'budget.paper.enter', targetType: 'process', targetId: processId, after: { paperNumber: d.paperNumber } });
		const match = others.find((o) => JSON.stringify(o.choices) === JSON.stringify(norm));
		if (!match) return { status: others.length ? ('mismatch' as const) : ('waiting' as const) };
		const ballotId = newId();
		const receipt = newReceipt();
		await t.insert(budgetBallot).values({ id: ballotId, processId, receipt, channel: 'paper' });
		const rows = choices.flatMap((c) => c.projectIds.map((projectId, k) => ({ ballotId, poolId: c.poolId, projectId, position: k, points: c.points[k] })));
		if (rows.length) await t.insert(budgetBallotChoice).values(rows);
		await t.update(budgetPaperEntry).set({ ballotId }).where(inArray(budgetPaperEntry.id, [id, match.id]));
		await recordAudit(t, ctx, { action: 'budget.paper.counted', targetType: 'process', targetId: processId, after: { paperNumber: d.paperNumber } });
		return { status: 'counted' as const, receipt };
	});
}

export async function paperEntries(ctx: ServiceContext, processId: string) {
	await requireManage(ctx.db, ctx, processId);
	return ctx.db.select({ paperNumber: budgetPaperEntry.paperNumber, enteredAt: budgetPaperEntry.enteredAt, ballotId: budgetPaperEntry.ballotId, name: user.name }).from(budgetPaperEntry).leftJoin(user, eq(user.id, budgetPaperEntry.enteredBy)).where(eq(budgetPaperEntry.processId, processId)).orderBy(desc(budgetPaperEntry.enteredAt)).limit(200);
}

// ---------------------------------------------------------------- counting and results

/** The Pabulib file of a pool: the imported file, or the published anonymised ballots of a
 * counted live pool. Before the count the ballots stay closed (409). */
export async function poolPabulib(ctx: ServiceContext, poolId: string): Promise<{ filename: string; text: string }> {
	const [pool] = await ctx.db.select().from(budgetPool).where(eq(budgetPool.id, poolId));
	if (!pool) throw new NotFoundError('pool_not_found');
	const [p] = await ctx.db.select().from(process).where(eq(process.id, pool.processId));
	if (!p || p.status === 'draft') throw new NotFoundError('pool_not_found');
	const e = await editionRow(ctx.db, pool.processId);
	const filename = `${p.slug}_${pool.name}`.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 120) + '.pb';
	if (pool.pabulib) return { filename, text: pool.pabulib };
	if (!e.countedAt) throw new ConflictError('budgets_not_counted_yet');
	return { filename, text: await buildPoolFile(ctx.db, e, pool, p.slug) };
}

async function buildPoolFile(db: Db, e: Edition, pool: Pool, instance: string): Promise<string> {
	const projects = await db.select().from(budgetProject).where(and(eq(budgetProject.poolId, pool.id), eq(budgetProject.status, 'accepted'))).orderBy(asc(budgetProject.code));
	const results = await db.select().from(budgetResult).where(and(eq(budgetResult.poolId, pool.id), eq(budgetResult.official, true)));
	const sel = results[0] ? new Set(results[0].selected) : null;
	const choices = await db.select({ ballotId: budgetBallotChoice.ballotId, projectId: budgetBallotChoice.projectId, position: budgetBallotChoice.position, points: budgetBallotChoice.points }).from(budgetBallotChoice).where(eq(budgetBallotChoice.poolId, pool.id)).orderBy(asc(budgetBallotChoice.ballotId), asc(budgetBallotChoice.position));
	const codeOf = new Map(projects.map((p) => [p.id, p.code]));
	const ballots: BallotPart[] = [];
	let cur: string | null = null;
	for (const c of choices) {
		const code = codeOf.get(c.projectId);
		if (!code) continue;
		if (c.ballotId !== cur) {
			ballots.push({ projects: [], points: [] });
			cur = c.ballotId;
		}
		ballots[ballots.length - 1].projects.push(code);
		ballots[ballots.length - 1].points!.push(c.points);
	}
	const [dn] = pool.districtId ? await db.select({ name: district.name }).from(district).where(eq(district.id, pool.districtId)) : [];
	return poolToPabulib(
		cfgOf(e),
		{ id: pool.id, name: pool.name, amount: pool.amount, rule: pool.rule, districtName: dn?.name ?? null },
		projects.map((p) => ({ code: p.code, cost: p.correctedCost ?? p.cost, title: p.title, category: p.climateCategory ? CLIMATE_CATEGORY : '', ...(sel ? { selected: sel.has(p.code) } : {}) })),
		ballots,
		{ instance: `${e.year} ${instance}` }
	);
}

/** Comparison rules shown beside the official one: greedy and the Method of Equal Shares
 * (plain MES: the engine's add1 completion takes one MES run per 1 PLN step per voter, which
 * is minutes for a small electorate with a large budget — see the report to packages/pb). */
const COMPARE_RULES = ['greedy', 'mes'] as const;

/** Counts every pool with its rule (and the other rules for comparison) and stores the results. */
export async function countEdition(ctx: ServiceContext, processId: string, parsed: Map<string, ReturnType<typeof parseFile>> = new Map()) {
	await requireManage(ctx.db, ctx, processId);
	const e = await editionRow(ctx.db, processId);
	if (!e.historical && phaseOf(e, ctx.now()) !== 'results' && phaseOf(e, ctx.now()) !== 'implementation') throw new ConflictError('budgets_voting_not_closed');
	const pools = await ctx.db.select().from(budgetPool).where(eq(budgetPool.processId, processId));
	const [p] = await ctx.db.select({ slug: process.slug }).from(process).where(eq(process.id, processId));
	const counted: { pool: Pool; results: (PoolCount & { official: boolean })[] }[] = [];
	for (const pool of pools) {
		const election = parsed.get(pool.id) ?? parseFile(pool.pabulib ?? (await buildPoolFile(ctx.db, e, pool, p.slug)));
		const own = e.greenMode === 'share' && e.greenSharePercent > 0 && pool.kind !== 'green' && !e.historical ? countWithGreenShare(election, pool.rule, e.greenSharePercent) : countElection(election, pool.rule);
		const results = [{ ...own, rule: pool.rule, official: true }];
		// Comparisons: greedy vs the Method of Equal Shares. Imported pools (tens of thousands of
		// ballots) are compared with plain MES, which the engine counts in milliseconds.
		for (const r of COMPARE_RULES) if (r !== pool.rule && !(pool.rule.startsWith('mes') && r.startsWith('mes'))) results.push({ ...countElection(election, r, { explain: false }), rule: r, official: false });
		counted.push({ pool, results });
	}
	await tx(ctx, async (t) => {
		for (const { pool, results } of counted) {
			await t.delete(budgetResult).where(eq(budgetResult.poolId, pool.id));
			await t.insert(budgetResult).values(results.map((r) => ({ poolId: pool.id, rule: r.rule, official: r.official, selected: r.selected, cost: r.cost, voters: r.voters, explanations: r.explanations, metrics: r.metrics, countedAt: ctx.now() })));
		}
		await t.update(budgetEdition).set({ countedAt: ctx.now() }).where(eq(budgetEdition.processId, processId));
		await recordAudit(t, ctx, { action: 'budget.count', targetType: 'process', targetId: processId, after: counted.map((c) => ({ pool: c.pool.id, selected: c.results[0].selected })) });
	});
}

/** Results of an edition per pool (or of one pool): the official count and the comparisons, with project titles. */
export async function editionResults(ctx: ServiceContext, processId: string, onlyPoolId?: string) {
	const e = await editionRow(ctx.db, processId);
	const poolCond = onlyPoolId ? and(eq(budgetPool.processId, processId), eq(budgetPool.id, onlyPoolId)) : eq(budgetPool.processId, processId);
	const pools = await ctx.db.select({ pool: { id: budgetPool.id, name: budgetPool.name, kind: budgetPool.kind, amount: budgetPool.amount, rule: budgetPool.rule, position: budgetPool.position }, districtName: district.name }).from(budgetPool).leftJoin(district, eq(district.id, budgetPool.districtId)).where(poolCond).orderBy(asc(budgetPool.position));
	if (onlyPoolId && !pools.length) throw new NotFoundError('pool_not_found');
	const results = pools.length ? await ctx.db.select().from(budgetResult).where(inArray(budgetResult.poolId, pools.map((p) => p.pool.id))) : [];
	const projects = await ctx.db.select({ id: budgetProject.id, code: budgetProject.code, poolId: budgetProject.poolId, title: budgetProject.title, cost: sql<number>`coalesce(${budgetProject.correctedCost}, ${budgetProject.cost})::bigint`.mapWith(Number), climateCategory: budgetProject.climateCategory }).from(budgetProject).where(and(eq(budgetProject.processId, processId), inArray(budgetProject.status, ['accepted']), ...(onlyPoolId ? [eq(budgetProject.poolId, onlyPoolId)] : [])));
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
				projects: ranked.map((x) => ({ ...x, score: own?.explanations[x.code]?.score ?? 0, funded: own ? own.selected.includes(x.code) : false, explanation: own?.explanations[x.code] ?? null, otherRules: rs.filter((r) => !r.official).map((r) => ({ rule: r.rule, funded: r.selected.includes(x.code) })) }))
			};
		})
	};
}

/** The light results page: every pool with its winners and totals (no explanations, no losing
 * projects); the full explanations are on one page per pool (poolResults). */
export async function resultsSummary(ctx: ServiceContext, processId: string) {
	const r = await editionResults(ctx, processId);
	const pools = r.pools.map((p) => {
		const winners = p.projects.filter((x) => x.funded).map((x) => ({ id: x.id, title: x.title, cost: x.cost, score: x.score, climateCategory: x.climateCategory }));
		return { id: p.id, name: p.name, kind: p.kind, districtName: p.districtName, amount: p.amount, rule: p.official?.rule ?? p.rule, counted: !!p.official, cost: p.official?.cost ?? 0, voters: p.official?.voters ?? 0, projects: p.projects.length, winners, comparisons: p.comparisons.map((c) => ({ rule: c.rule, n: c.selected.length, cost: c.cost })) };
	});
	return {
		counted: r.counted,
		countedAt: r.countedAt,
		totals: { amount: pools.reduce((s, p) => s + p.amount, 0), cost: pools.reduce((s, p) => s + p.cost, 0), winners: pools.reduce((s, p) => s + p.winners.length, 0), projects: pools.reduce((s, p) => s + p.projects, 0) },
		pools
	};
}

/** One pool's full result: every project with its score, decision and explanation (in the
 * reader's language only), the official rule's metrics and the comparisons. */
export async function poolResults(ctx: ServiceContext, processId: string, poolId: string, lang: 'pl' | 'en' | 'uk' = 'pl') {
	const r = await editionResults(ctx, processId, poolId);
	const p = r.pools[0];
	const slim = (x: { rule: string; selected: string[]; cost: number; voters: number; metrics: Record<string, number> }) => ({ rule: x.rule, selected: x.selected, cost: x.cost, voters: x.voters, metrics: x.metrics });
	return {
		counted: r.counted,
		countedAt: r.countedAt,
		pool: { id: p.id, name: p.name, kind: p.kind, districtName: p.districtName, amount: p.amount, rule: p.rule },
		official: p.official ? slim(p.official) : null,
		comparisons: p.comparisons.map(slim),
		projects: p.projects.map((x) => ({ id: x.id, title: x.title, cost: x.cost, score: x.score, funded: x.funded, climateCategory: x.climateCategory, explanation: explanationText(x.explanation, lang), otherRules: x.otherRules }))
	};
}

// ---------------------------------------------------------------- implementation

export const implementationInput = z.object({
	status: z.enum(IMPL_STATUSES, { error: 'required' }),
	progress: z.coerce.number({ error: 'budgets_invalid_number' }).int('budgets_invalid_number').min(0, 'budgets_invalid_number').max(100, 'budgets_invalid_number'),
	department: z.string().trim().max(200).default(''),
	body: z.string({ error: 'required' }).trim().min(10, 'budgets_update_too_short').max(BUDGET_UPDATE_MAX),
	volunteersWanted: z.string().trim().max(BUDGET_VOLUNTEERS_WANTED_MAX).default('')
});

/** An official reports progress on a winning project (status, %, department, update text). */
export async function addImplementationUpdate(ctx: ServiceContext, projectId: string, input: unknown): Promise<string> {
	const d = parseInput(implementationInput, input);
	return tx(ctx, async (t) => {
		const [p] = await t.select().from(budgetProject).where(eq(budgetProject.id, projectId));
		if (!p) throw new NotFoundError('project_not_found');
		await requireManage(t, ctx, p.processId);
		const [r] = await t.select().from(budgetResult).where(and(eq(budgetResult.poolId, p.poolId), eq(budgetResult.official, true)));
		if (!r || !r.selected.includes(p.code)) throw new ConflictError('budgets_not_a_winner');
		const id = newId();
		await t.insert(budgetUpdate).values({ id, projectId, body: d.body, status: d.status, progress: d.progress, authorId: ctx.actor!.id, createdAt: ctx.now() });
		await t.update(budgetProject).set({ implStatus: d.status, implProgress: d.progress, implDepartment: d.department || p.implDepartment, volunteersWanted: d.volunteersWanted || null, updatedAt: ctx.now() }).where(eq(budgetProject.id, projectId));
		await recordAudit(t, ctx, { action: 'budget.implementation.update', targetType: 'budget_project', targetId: projectId, before: { status: p.implStatus, progress: p.implProgress }, after: d });
		return id;
	});
}

/** A resident signs up to help carry out a winning project. */
export async function volunteer(ctx: ServiceContext, projectId: string, note: unknown) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!budgetRules.volunteer(ctx.actor)) throw new ForbiddenError();
	const n = parseInput(z.object({ note: z.string().trim().max(BUDGET_VOLUNTEER_NOTE_MAX).default('') }), { note: note ?? '' }).note;
	const [p] = await ctx.db.select().from(budgetProject).where(eq(budgetProject.id, projectId));
	if (!p) throw new NotFoundError('project_not_found');
	if (!p.volunteersWanted) throw new ConflictError('budgets_no_call_for_volunteers');
	await ctx.db.insert(budgetVolunteer).values({ projectId, userId: ctx.actor.id, note: n, createdAt: ctx.now() }).onConflictDoNothing();
}

export async function volunteersOf(ctx: ServiceContext, projectId: string) {
	const [p] = await ctx.db.select().from(budgetProject).where(eq(budgetProject.id, projectId));
	if (!p) throw new NotFoundError('project_not_found');
	await requireManage(ctx.db, ctx, p.processId);
	return ctx.db.select({ name: user.name, email: user.email, note: budgetVolunteer.note }).from(budgetVolunteer).innerJoin(user, eq(user.id, budgetVolunteer.userId)).where(eq(budgetVolunteer.projectId, projectId));
}

/** Winning projects of every edition with their implementation state. */
export async function implementationList(ctx: ServiceContext, processId: string) {
	const res = await editionResults(ctx, processId);
	const winners = res.pools.flatMap((p) => p.projects.filter((x) => x.funded).map((x) => x.id));
	if (!winners.length) return [];
	return ctx.db.select({ id: budgetProject.id, title: budgetProject.title, implStatus: budgetProject.implStatus, implProgress: budgetProject.implProgress, implDepartment: budgetProject.implDepartment, volunteersWanted: budgetProject.volunteersWanted }).from(budgetProject).where(inArray(budgetProject.id, winners));
}

export { ServiceError };
