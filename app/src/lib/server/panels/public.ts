import { eq, or } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import { NotFoundError } from '../core/errors';
import { process } from '../processes/schema';
import { panel } from './schema';
import { listPanels } from './views';
import { listQuotas } from './setup.service';
import { publicPoolCounts } from './recruitment.service';
import { publicDraw } from './selection.service';
import { listRecommendations } from './deliberation.service';

/** The open-data views: never personal data, never drafts; asked as an anonymous visitor. */
async function resolveId(ctx: ServiceContext, idOrSlug: string): Promise<string> {
	if (idOrSlug.length > 200) throw new NotFoundError('panel_not_found');
	const [row] = await ctx.db.select({ id: panel.processId, status: process.status }).from(panel).innerJoin(process, eq(process.id, panel.processId)).where(or(eq(process.id, idOrSlug), eq(process.slug, idOrSlug)));
	if (!row || row.status === 'draft') throw new NotFoundError('panel_not_found');
	return row.id;
}

export async function apiPanels(ctx: ServiceContext) {
	const rows = await listPanels(ctx.db);
	return rows.map((r) => ({ id: r.id, slug: r.slug, title: r.title, question: r.question, size: r.size, reserves: r.reserves, stage: r.stage, synthetic: r.synthetic, thresholdPct: r.thresholdPct }));
}

export async function apiPanel(ctx: ServiceContext, idOrSlug: string) {
	const id = await resolveId(ctx, idOrSlug);
	const [r] = (await listPanels(ctx.db)).filter((p) => p.id === id);
	const quotas = await listQuotas(ctx.db, id);
	const features = [...new Set(quotas.map((q) => q.feature))];
	return {
		id: r.id,
		slug: r.slug,
		title: r.title,
		question: r.question,
		size: r.size,
		reserves: r.reserves,
		status: r.stage,
		synthetic: r.synthetic,
		thresholdPct: r.thresholdPct,
		criteria: features,
		quotas: quotas.map((q) => ({ feature: q.feature, value: q.value, label: q.label, share: q.share, shareSource: q.shareSource, min: q.min, max: q.max })),
		volunteers: (await publicPoolCounts(ctx.db, id)).registered,
		monitoringDraw: r.monitorDraw ? { seed: r.monitorDraw.seed, eligibleRows: r.monitorDraw.eligible, drawnRows: r.monitorDraw.drawn, drawnAt: r.monitorDraw.drawnAt } : null
	};
}

export async function apiDraw(ctx: ServiceContext, idOrSlug: string) {
	const id = await resolveId(ctx, idOrSlug);
	const d = await publicDraw({ ...ctx, actor: null }, id);
	if (!d) return { status: 'none' as const };
	return {
		status: d.status,
		algorithm: d.algorithm,
		seedCommitment: d.seedCommitment,
		committedAt: d.committedAt,
		seed: d.seed,
		dice: d.dice,
		/** The public random input entered at the draw (dice with witnesses, or numbers announced after the commitment). */
		publicInput: d.publicInput,
		/** The numbers verifyDraw mixes with the seed (the public input's; dice digits for older draws). */
		drawNumbers: d.drawNumbers,
		drawnAt: d.drawnAt,
		m: d.m,
		chosenIndex: d.chosenIndex,
		features: d.pool?.features ?? null,
		pool: d.pool?.rows ?? null,
		panels: d.panels,
		probabilities: d.status === 'queued' || d.status === 'running' || d.status === 'failed' ? null : d.probabilities,
		reserves: d.reserves,
		lotteryProbabilities: d.status === 'committed' || d.status === 'drawn' ? d.lotteryProbabilities : null,
		/** The engine's PublishedLottery, verbatim: verifyDraw(lottery, seed, dice) gives chosenIndex. */
		lottery: d.published,
		verification: 'packages/sortition verifyDraw: digest = SHA-256("decydujemy-draw/1\\n" + SHA-256(canonicalJson(lottery)) + "\\n" + seed + "\\n" + drawNumbers.join(",")); chosenIndex = 1 + (digest mod m); SHA-256(seed) must equal lottery.seedCommitment'
	};
}

export async function apiRecommendations(ctx: ServiceContext, idOrSlug: string) {
	const id = await resolveId(ctx, idOrSlug);
	const recs = (await listRecommendations(ctx.db, id)).filter((r) => r.status === 'passed' || r.status === 'failed');
	return recs.map((r) => ({
		number: r.number,
		title: r.title,
		text: r.body,
		votes: { support: r.votesFor, oppose: r.votesAgainst, abstain: r.votesAbstain },
		passed: r.status === 'passed',
		binding: r.binding,
		withinCityPowers: r.withinCityPowers,
		response: r.response ? { text: r.response.response, department: r.response.department, deadline: r.response.deadline, status: r.response.status } : null,
		status: r.response?.status ?? null,
		updates: r.updates.map((u) => ({ status: u.status, text: u.body, at: u.createdAt }))
	}));
}

type Cell = string | number | null | undefined;

/** CSV twin of /api/v1/panels: one row per panel. */
export async function apiPanelsCsv(ctx: ServiceContext): Promise<{ header: string[]; rows: Cell[][] }> {
	const list = await apiPanels(ctx);
	return {
		header: ['id', 'slug', 'title', 'question', 'size', 'reserves', 'stage', 'synthetic', 'threshold_pct'],
		rows: list.map((p) => [p.id, p.slug, p.title, p.question, p.size, p.reserves, p.stage, String(p.synthetic), p.thresholdPct])
	};
}

/** CSV twin of /api/v1/panels/{id}/recommendations: one row per voted recommendation. */
export async function apiRecommendationsCsv(ctx: ServiceContext, idOrSlug: string): Promise<{ header: string[]; rows: Cell[][] }> {
	const recs = await apiRecommendations(ctx, idOrSlug);
	return {
		header: ['number', 'title', 'text', 'votes_support', 'votes_oppose', 'votes_abstain', 'passed', 'binding', 'within_city_powers', 'response', 'department', 'deadline', 'status', 'updates'],
		rows: recs.map((r) => [
			r.number,
			r.title,
			r.text,
			r.votes.support,
			r.votes.oppose,
			r.votes.abstain,
			String(r.passed),
			String(r.binding),
			String(r.withinCityPowers),
			r.response?.text ?? '',
			r.response?.department ?? '',
			r.response?.deadline ? new Date(r.response.deadline).toISOString().slice(0, 10) : '',
			r.status ?? '',
			r.updates.length
		])
	};
}
