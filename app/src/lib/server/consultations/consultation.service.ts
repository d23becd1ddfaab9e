import { z } from 'zod';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import { ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';
import { getProcess } from '../processes/service';
import { consultation, AGE_BANDS, FORMS, STAKEHOLDERS } from './schema';
import { inTx, loadConsultation, requireManager, stageOf, defaultSettings, type Settings } from './common';
import { consultationRules } from './permissions';
import { answeredCounts } from './answers.service';
import { CONSULTATION_DECISION_MAX, CONSULTATION_OVERRIDE_REASON_MAX, CONSULTATION_SURVEY_INTRO_MAX } from '../../limits';

/** Kraków's rules for public consultations. */
export const MINIMUMS = { informationDays: 7, consultationDays: 21, forms: 3 } as const;
const DAY = 86_400_000;

export type DateWarning = 'information_too_short' | 'consultation_too_short' | 'report_before_end' | 'too_few_forms' | 'no_open_meeting' | 'dates_missing';

/** Checks the dates and forms against the minimums. Duration warnings block saving unless an
 * admin overrides them with a reason; the forms warnings are advice. */
export function checkMinimums(s: Pick<Settings, 'infoStartsAt' | 'startsAt' | 'endsAt' | 'reportDueAt' | 'forms'>): DateWarning[] {
	const w: DateWarning[] = [];
	if (!s.infoStartsAt || !s.startsAt || !s.endsAt || !s.reportDueAt) w.push('dates_missing');
	if (s.infoStartsAt && s.startsAt && (s.startsAt.getTime() - s.infoStartsAt.getTime()) / DAY < MINIMUMS.informationDays) w.push('information_too_short');
	if (s.startsAt && s.endsAt && (s.endsAt.getTime() - s.startsAt.getTime()) / DAY < MINIMUMS.consultationDays) w.push('consultation_too_short');
	if (s.endsAt && s.reportDueAt && s.reportDueAt < s.endsAt) w.push('report_before_end');
	if (s.forms.length < MINIMUMS.forms) w.push('too_few_forms');
	if (!s.forms.includes('meetings')) w.push('no_open_meeting');
	return w;
}
const BLOCKING: DateWarning[] = ['information_too_short', 'consultation_too_short', 'report_before_end'];

const date = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), z.coerce.date({ error: 'invalid_date' }).nullable());
const list = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values)).max(values.length));

export const settingsInput = z
	.object({
		targetDistricts: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.coerce.number().int().min(1).max(18)).max(18)),
		targetAgeBands: list(AGE_BANDS),
		targetStakeholders: list(STAKEHOLDERS),
		forms: list(FORMS),
		infoStartsAt: date,
		startsAt: date,
		endsAt: date,
		reportDueAt: date,
		surveyAnonymous: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
		surveyIntro: z.string().trim().max(CONSULTATION_SURVEY_INTRO_MAX).default(''),
		overrideReason: z.string().trim().max(CONSULTATION_OVERRIDE_REASON_MAX).default('')
	})
	.refine((d) => !d.infoStartsAt || !d.startsAt || d.infoStartsAt <= d.startsAt, { message: 'end_before_start', path: ['startsAt'] })
	.refine((d) => !d.startsAt || !d.endsAt || d.startsAt < d.endsAt, { message: 'end_before_start', path: ['endsAt'] });

/** Saves target groups, forms and dates. Durations below the minimums are refused, except by an
 * admin giving a reason (audited). */
export async function saveConsultationSettings(ctx: ServiceContext, processId: string, input: unknown): Promise<{ warnings: DateWarning[] }> {
	const data = parseInput(settingsInput, input);
	return inTx(ctx.db, async (tx) => {
		const c = await requireManager(ctx, tx, processId);
		const { overrideReason, ...fields } = data;
		const targetDistricts = [...new Set(fields.targetDistricts)].sort((a, b) => a - b);
		const warnings = checkMinimums(fields);
		const blocking = warnings.filter((w) => BLOCKING.includes(w));
		let durationOverrideReason: string | null = null;
		if (blocking.length) {
			if (!consultationRules.overrideDurations(ctx.actor)) {
				const f: Record<string, string> = {};
				if (blocking.includes('information_too_short')) f.infoStartsAt = 'information_too_short';
				if (blocking.includes('consultation_too_short')) f.endsAt = 'consultation_too_short';
				if (blocking.includes('report_before_end')) f.reportDueAt = 'report_before_end';
				throw new ValidationError(f, 'dates_below_minimum');
			}
			if (overrideReason.length < 10) throw new ValidationError({ overrideReason: 'override_reason_required' }, 'override_reason_required');
			durationOverrideReason = overrideReason;
		}
		const values = { ...fields, targetDistricts, durationOverrideReason, updatedAt: ctx.now() };
		await tx.insert(consultation).values({ processId, ...values }).onConflictDoUpdate({ target: consultation.processId, set: values });
		await recordAudit(tx, ctx, { action: durationOverrideReason ? 'consultation.settings_override' : 'consultation.settings', targetType: 'process', targetId: processId, before: c.settings, after: values });
		return { warnings };
	});
}

/** Records what the city decided and why, and publishes the report (audited). */
export async function publishReport(ctx: ServiceContext, processId: string, input: unknown) {
	const data = parseInput(z.object({ decision: z.string().trim().min(10, 'decision_required').max(CONSULTATION_DECISION_MAX) }), input);
	await inTx(ctx.db, async (tx) => {
		const c = await requireManager(ctx, tx, processId);
		const values = { decision: data.decision, reportPublishedAt: c.settings.reportPublishedAt ?? ctx.now(), updatedAt: ctx.now() };
		await tx.insert(consultation).values({ processId, ...values }).onConflictDoUpdate({ target: consultation.processId, set: values });
		await recordAudit(tx, ctx, { action: 'consultation.report_publish', targetType: 'process', targetId: processId, before: { decision: c.settings.decision }, after: values });
	});
}

export async function getConsultation(ctx: ServiceContext, slug: string) {
	const p = await getProcess(ctx, slug);
	if (p.mechanism !== 'consultation') throw new (await import('../core/errors')).NotFoundError('consultation_not_found');
	const c = await loadConsultation(ctx, ctx.db, p.id);
	const officials = c.officials.length ? await ctx.db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, c.officials)).orderBy(asc(user.name)) : [];
	const answered = await answeredCounts(ctx.db, p.id);
	const now = ctx.now();
	return {
		process: p,
		settings: c.settings,
		officials: officials.map((o) => o.name),
		canManage: c.canManage,
		stage: stageOf(p, c.settings, now),
		open: stageOf(p, c.settings, now) === 'open',
		warnings: checkMinimums(c.settings),
		answered
	};
}

/** Public consultations with their settings (for the list and the API). */
export async function listConsultations(ctx: ServiceContext) {
	const rows = await ctx.db
		.select({ p: process, s: consultation })
		.from(process)
		.leftJoin(consultation, eq(consultation.processId, process.id))
		.where(and(eq(process.mechanism, 'consultation'), or(eq(process.status, 'published'), eq(process.status, 'closed'))))
		.orderBy(sql`${consultation.startsAt} desc nulls last`, asc(process.title));
	const now = ctx.now();
	return rows.map(({ p, s }) => {
		const settings = s ?? defaultSettings(p.id);
		return { id: p.id, slug: p.slug, title: p.title, description: p.description, status: p.status, districtId: p.districtId, topics: p.topics, settings, stage: stageOf(p, settings, now) };
	});
}


