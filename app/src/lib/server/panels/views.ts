import { desc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { process } from '../processes/schema';
import { panel, panelDraw } from './schema';
import { loadPanel, panelIdBySlug } from './common';
import { panelRules } from './permissions';
import { listQuotas } from './setup.service';
import { myRegistration, publicPoolCounts } from './recruitment.service';

/** What every panel page shows: the panel, its criteria, counts, and who the visitor is in it. */
export async function panelView(ctx: ServiceContext, slug: string) {
	const id = await panelIdBySlug(ctx.db, slug);
	const { panel: p, process: proc, standing } = await loadPanel(ctx.db, ctx, id);
	const quotas = await listQuotas(ctx.db, id);
	const [draw] = await ctx.db.select({ status: panelDraw.status }).from(panelDraw).where(eq(panelDraw.processId, id));
	return {
		id,
		slug: proc.slug,
		title: proc.title,
		description: proc.description,
		processStatus: proc.status,
		question: p.question,
		size: p.size,
		reserves: p.reserves,
		stage: p.stage,
		openRegistration: p.openRegistration,
		thresholdPct: p.thresholdPct,
		abstainCounts: p.abstainCounts,
		challengeWindowDays: p.challengeWindowDays,
		monitoringIntervalDays: p.monitoringIntervalDays,
		synthetic: p.synthetic,
		letterSeed: p.letterSeed,
		letterSeedHash: p.letterSeedHash,
		lettersDrawnAt: p.lettersDrawnAt,
		poolFrozenAt: p.poolFrozenAt,
		monitorDraw: p.monitorDraw,
		purgedAt: p.purgedAt,
		quotas,
		features: [...new Set(quotas.map((q) => q.feature))],
		counts: await publicPoolCounts(ctx.db, id),
		drawStatus: draw?.status ?? null,
		mine: await myRegistration(ctx, id),
		canManage: panelRules.manage(ctx.actor, standing),
		isPanelist: panelRules.deliberate(ctx.actor, standing),
		isMonitor: panelRules.assess(ctx.actor, standing)
	};
}
export type PanelView = Awaited<ReturnType<typeof panelView>>;

/** Public list of panels (published or closed processes), newest first. */
export async function listPanels(db: Db, opts: { includeDrafts?: boolean; ids?: string[] } = {}) {
	const rows = await db
		.select({ id: panel.processId, slug: process.slug, title: process.title, status: process.status, question: panel.question, size: panel.size, reserves: panel.reserves, stage: panel.stage, synthetic: panel.synthetic, thresholdPct: panel.thresholdPct, monitorDraw: panel.monitorDraw, createdAt: process.createdAt })
		.from(panel)
		.innerJoin(process, eq(process.id, panel.processId))
		.where(opts.ids ? inArray(panel.processId, opts.ids.length ? opts.ids : ['-']) : undefined)
		.orderBy(desc(process.createdAt));
	return opts.includeDrafts ? rows : rows.filter((r) => r.status !== 'draft');
}
