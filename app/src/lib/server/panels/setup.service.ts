import { z } from 'zod';
import { asc, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { createProcess, setProcessStatus } from '../processes/service';
import { district } from '../districts/schema';
import { process } from '../processes/schema';
import { panel, panelDraw, panelQuota, panelVolunteer, type PanelStage } from './schema';
import { allow, inTx, loadPanel, standingOf } from './common';
import { panelRules } from './permissions';
import { PANEL_DESCRIPTION_MAX, PANEL_QUESTION_MAX } from '../../limits';

export const panelSettingsInput = z.object({
	question: z.string().trim().min(10, 'question_too_short').max(PANEL_QUESTION_MAX, 'question_too_long'),
	size: z.coerce.number({ error: 'size_invalid' }).int('size_invalid').min(2, 'size_invalid').max(1000, 'size_invalid'),
	reserves: z.coerce.number({ error: 'reserves_invalid' }).int('reserves_invalid').min(0, 'reserves_invalid').max(1000, 'reserves_invalid'),
	openRegistration: z.coerce.boolean().default(false),
	thresholdPct: z.coerce.number({ error: 'threshold_invalid' }).int('threshold_invalid').min(50, 'threshold_invalid').max(100, 'threshold_invalid').default(80),
	abstainCounts: z.coerce.boolean().default(true),
	challengeWindowDays: z.coerce.number({ error: 'window_invalid' }).int('window_invalid').min(1, 'window_invalid').max(365, 'window_invalid').default(30),
	monitoringIntervalDays: z.coerce.number({ error: 'interval_invalid' }).int('interval_invalid').min(7, 'interval_invalid').max(730, 'interval_invalid').default(90)
});

export const newPanelInput = panelSettingsInput.extend({
	title: z.string().trim().min(5, 'title_too_short').max(200, 'title_too_long'),
	description: z.string().trim().min(10, 'description_too_short').max(PANEL_DESCRIPTION_MAX)
});

/** Creates a panel: a published `process` (mechanism 'panel') and its settings, stage 'setup'. */
export async function createPanel(ctx: ServiceContext, input: unknown, opts: { synthetic?: boolean } = {}): Promise<{ id: string; slug: string }> {
	const data = parseInput(newPanelInput, input);
	const { title, description, ...settings } = data;
	const created = await createProcess(
		ctx,
		{ mechanism: 'panel', title, description, scopeOpen: data.question, scopeWhoDecides: `≥ ${data.thresholdPct}%`, topics: ['energy'] },
		{ publish: true }
	);
	await inTx(ctx, async (tx) => {
		await tx.insert(panel).values({ processId: created.id, ...settings, synthetic: !!opts.synthetic, createdAt: ctx.now(), updatedAt: ctx.now() });
		await recordAudit(tx, ctx, { action: 'panel.create', targetType: 'panel', targetId: created.id, after: settings });
	});
	return created;
}

/** Attaches panel settings to an existing panel process (e.g. the one the platform seed made). */
export async function attachPanel(ctx: ServiceContext, processId: string, input: unknown, opts: { synthetic?: boolean } = {}) {
	const data = parseInput(panelSettingsInput, input);
	await inTx(ctx, async (tx) => {
		const [p] = await tx.select().from(process).where(eq(process.id, processId));
		if (!p || p.mechanism !== 'panel') throw new ValidationError({ processId: 'not_a_panel' });
		allow(ctx, panelRules.manage(ctx.actor, await standingOf(tx, ctx.actor?.id, processId)));
		await tx.insert(panel).values({ processId, ...data, synthetic: !!opts.synthetic, createdAt: ctx.now(), updatedAt: ctx.now() });
		await recordAudit(tx, ctx, { action: 'panel.create', targetType: 'panel', targetId: processId, after: data });
	});
}

export async function updatePanelSettings(ctx: ServiceContext, processId: string, input: unknown) {
	const data = parseInput(panelSettingsInput, input);
	await inTx(ctx, async (tx) => {
		const { panel: before, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (before.poolFrozenAt && (data.size !== before.size || data.reserves !== before.reserves)) throw new ConflictError('pool_frozen', { size: 'pool_frozen' });
		await tx.update(panel).set({ ...data, updatedAt: ctx.now() }).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, { action: 'panel.update', targetType: 'panel', targetId: processId, before, after: data });
	});
}

const STAGE_ORDER: PanelStage[] = ['setup', 'recruitment', 'selection', 'deliberation', 'voting', 'followup', 'finished'];

/** Moves the panel to another stage (forwards, or one step back while nothing irreversible happened). */
export async function setStage(ctx: ServiceContext, processId: string, stage: PanelStage) {
	if (!STAGE_ORDER.includes(stage)) throw new ValidationError({ stage: 'invalid' });
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (stage === 'recruitment') {
			const quotas = await tx.select().from(panelQuota).where(eq(panelQuota.processId, processId));
			if (!quotas.length) throw new ValidationError({ stage: 'quotas_required' });
		}
		if (STAGE_ORDER.indexOf(stage) > STAGE_ORDER.indexOf('selection') && STAGE_ORDER.indexOf(p.stage) <= STAGE_ORDER.indexOf('selection')) {
			const [d] = await tx.select({ status: panelDraw.status }).from(panelDraw).where(eq(panelDraw.processId, processId));
			if (d?.status !== 'drawn') throw new ConflictError('draw_first', { stage: 'draw_first' });
		}
		await tx.update(panel).set({ stage, updatedAt: ctx.now() }).where(eq(panel.processId, processId));
		await recordAudit(tx, ctx, { action: 'panel.stage', targetType: 'panel', targetId: processId, before: { stage: p.stage }, after: { stage } });
	});
	if (stage === 'finished') {
		const [proc] = await ctx.db.select({ outcome: process.outcome }).from(process).where(eq(process.id, processId));
		if (!proc?.outcome) return;
		await setProcessStatus(ctx, processId, 'closed');
	}
}

// ---------------------------------------------------------------- criteria and quotas

export interface QuotaView {
	feature: string;
	value: string;
	label: string;
	share: number | null;
	shareSource: string;
	min: number;
	max: number;
}

export async function listQuotas(db: Db, processId: string): Promise<QuotaView[]> {
	const rows = await db.select().from(panelQuota).where(eq(panelQuota.processId, processId)).orderBy(asc(panelQuota.position));
	return rows.map((r) => ({ feature: r.feature, value: r.value, label: r.label, share: r.share === null ? null : Number(r.share), shareSource: r.shareSource, min: r.min, max: r.max }));
}

/** Seats proposed for a share of the population: the floor and the ceiling of share × size. */
export function seatsFor(share: number, size: number): { min: number; max: number } {
	const exact = share * size;
	return { min: Math.floor(exact + 1e-9), max: Math.ceil(exact - 1e-9) };
}

/** Census-based proposals: gender and district from the registered-residents data (district × sex). */
export async function censusShares(db: Db, feature: 'gender' | 'district'): Promise<{ value: string; label: string; share: number }[]> {
	const rows = await db.select().from(district).orderBy(asc(district.id));
	const total = rows.reduce((s, r) => s + r.population, 0);
	if (feature === 'gender') {
		const f = rows.reduce((s, r) => s + r.populationFemale, 0);
		const m = rows.reduce((s, r) => s + r.populationMale, 0);
		return [
			{ value: 'K', label: 'Kobieta', share: f / (f + m) },
			{ value: 'M', label: 'Mężczyzna', share: m / (f + m) }
		];
	}
	return rows.map((r) => ({ value: `D${String(r.id).padStart(2, '0')}`, label: `${r.roman}. ${r.name}`, share: r.population / total }));
}

const featureKey = z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, 'feature_invalid');
const quotaRow = z
	.object({
		feature: featureKey,
		value: z.string().trim().min(1, 'value_required').max(60, 'value_invalid'),
		label: z.string().trim().min(1, 'label_required').max(120, 'label_invalid'),
		share: z.coerce.number({ error: 'share_invalid' }).min(0, 'share_invalid').max(1, 'share_invalid').nullable().default(null),
		shareSource: z.enum(['census', 'manual']).default('manual'),
		min: z.coerce.number({ error: 'min_invalid' }).int('min_invalid').min(0, 'min_invalid'),
		max: z.coerce.number({ error: 'max_invalid' }).int('max_invalid').min(0, 'max_invalid')
	})
	.refine((q) => q.max >= q.min, { message: 'max_below_min', path: ['max'] });
export const quotasInput = z.array(quotaRow).max(400);

/** Replaces all quotas (criteria are the distinct features). Allowed until the pool is frozen. */
export async function setQuotas(ctx: ServiceContext, processId: string, input: unknown) {
	const rows = parseInput(quotasInput, input);
	const seen = new Set<string>();
	rows.forEach((r, i) => {
		const key = `${r.feature}\u0000${r.value}`;
		if (seen.has(key)) throw new ValidationError({ [`q${i}_value`]: 'duplicate_value' });
		seen.add(key);
	});
	await inTx(ctx, async (tx) => {
		const { panel: p, standing } = await loadPanel(tx, ctx, processId);
		allow(ctx, panelRules.manage(ctx.actor, standing));
		if (p.poolFrozenAt) throw new ConflictError('pool_frozen');
		const before = await listQuotas(tx, processId);
		const registered = await tx.select({ n: sql<number>`count(*)::int` }).from(panelVolunteer).where(eq(panelVolunteer.processId, processId));
		const removesFeature = before.some((b) => !rows.some((r) => r.feature === b.feature && r.value === b.value));
		if (removesFeature && (registered[0]?.n ?? 0) > 0) throw new ConflictError('criteria_in_use', { _: 'criteria_in_use' });
		await tx.delete(panelQuota).where(eq(panelQuota.processId, processId));
		if (rows.length)
			await tx.insert(panelQuota).values(rows.map((r, i) => ({ processId, position: i, feature: r.feature, value: r.value, label: r.label, share: r.share === null ? null : String(r.share), shareSource: r.shareSource, min: r.min, max: r.max })));
		await recordAudit(tx, ctx, { action: 'panel.quotas', targetType: 'panel', targetId: processId, before, after: rows });
	});
}

/** Adds (or replaces) one criterion proposed from the census, or from shares typed by hand
 * (one line per value: `value;label;share` with share in % or as a fraction). */
export async function addCriterion(ctx: ServiceContext, processId: string, input: { feature: unknown; source: unknown; lines?: unknown }) {
	const feature = parseInput(z.object({ feature: featureKey }), { feature: input.feature }).feature;
	const { panel: p } = await loadPanel(ctx.db, ctx, processId);
	let values: { value: string; label: string; share: number | null; shareSource: 'census' | 'manual' }[];
	if (input.source === 'census') {
		if (feature !== 'gender' && feature !== 'district') throw new ValidationError({ feature: 'no_census_data' });
		values = (await censusShares(ctx.db, feature)).map((v) => ({ ...v, shareSource: 'census' }));
	} else {
		const lines = String(input.lines ?? '')
			.split(/\r?\n/)
			.map((l) => l.trim())
			.filter(Boolean);
		if (!lines.length) throw new ValidationError({ lines: 'values_required' });
		if (lines.length > 60) throw new ValidationError({ lines: 'too_many_values' });
		values = lines.map((l) => {
			const [value, label, shareText] = l.split(';').map((s) => s.trim());
			let share: number | null = null;
			if (shareText) {
				const n = Number(shareText.replace('%', '').replace(',', '.'));
				if (!Number.isFinite(n) || n < 0) throw new ValidationError({ lines: 'share_invalid' });
				share = shareText.includes('%') || n > 1 ? n / 100 : n;
				if (share > 1) throw new ValidationError({ lines: 'share_invalid' });
			}
			if (!value) throw new ValidationError({ lines: 'value_required' });
			return { value, label: label || value, share, shareSource: 'manual' as const };
		});
	}
	const existing = (await listQuotas(ctx.db, processId)).filter((q) => q.feature !== feature);
	const added = values.map((v) => ({ feature, ...v, ...(v.share === null ? { min: 0, max: p.size } : seatsFor(v.share, p.size)) }));
	await setQuotas(ctx, processId, [...existing, ...added]);
}

export async function removeCriterion(ctx: ServiceContext, processId: string, feature: string) {
	const existing = await listQuotas(ctx.db, processId);
	await setQuotas(
		ctx,
		processId,
		existing.filter((q) => q.feature !== feature)
	);
}

export interface FeasibilityNote {
	feature: string;
	/** 'min_sum_too_high' | 'max_sum_too_low' | 'pool_short' */
	problem: string;
	detail: string;
}

/** The quick, always-available feasibility check (necessary conditions; the engine's full check
 * with the smallest relaxation runs with the selection): per criterion the minimums must fit in
 * the panel and the maximums must fill it; when volunteers exist, each group needs enough of them. */
export function quickFeasibility(size: number, quotas: QuotaView[], poolCounts?: Record<string, Record<string, number>>): FeasibilityNote[] {
	const notes: FeasibilityNote[] = [];
	const features = [...new Set(quotas.map((q) => q.feature))];
	for (const f of features) {
		const qs = quotas.filter((q) => q.feature === f);
		const minSum = qs.reduce((s, q) => s + q.min, 0);
		const maxSum = qs.reduce((s, q) => s + q.max, 0);
		if (minSum > size) notes.push({ feature: f, problem: 'min_sum_too_high', detail: `${minSum} > ${size}` });
		if (maxSum < size) notes.push({ feature: f, problem: 'max_sum_too_low', detail: `${maxSum} < ${size}` });
		if (poolCounts) for (const q of qs) if ((poolCounts[f]?.[q.value] ?? 0) < q.min) notes.push({ feature: f, problem: 'pool_short', detail: `${q.label}: ${poolCounts[f]?.[q.value] ?? 0} < ${q.min}` });
	}
	return notes;
}
