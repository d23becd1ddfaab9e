import { N as NotFoundError } from './errors2.js-qlgBpaJE.js';
import { p as process } from './schema4.js-DVO4fwmJ.js';
import { H as listPanels, O as listQuotas, ar as publicPoolCounts, e as panel, a6 as publicDraw, X as listRecommendations } from './views.js-DTyBJOYt.js';
import { eq, or } from 'drizzle-orm';

// src/lib/server/panels/public.ts
/** The open-data views: never personal data, never drafts; asked as an anonymous visitor. */
async function resolveId(ctx, idOrSlug) {
	if (idOrSlug.length > 200) throw new NotFoundError("Panel");
	const [row] = await ctx.db.select({
		id: panel.processId,
		status: process.status
	}).from(panel).innerJoin(process, eq(process.id, panel.processId)).where(or(eq(process.id, idOrSlug), eq(process.slug, idOrSlug)));
	if (!row || row.status === "draft") throw new NotFoundError("Panel");
	return row.id;
}
async function apiPanels(ctx) {
	return (await listPanels(ctx.db)).map((r) => ({
		id: r.id,
		slug: r.slug,
		title: r.title,
		question: r.question,
		size: r.size,
		reserves: r.reserves,
		stage: r.stage,
		synthetic: r.synthetic,
		thresholdPct: r.thresholdPct
	}));
}
async function apiPanel(ctx, idOrSlug) {
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
		quotas: quotas.map((q) => ({
			feature: q.feature,
			value: q.value,
			label: q.label,
			share: q.share,
			shareSource: q.shareSource,
			min: q.min,
			max: q.max
		})),
		volunteers: (await publicPoolCounts(ctx.db, id)).registered
	};
}
async function apiDraw(ctx, idOrSlug) {
	const id = await resolveId(ctx, idOrSlug);
	const d = await publicDraw({
		...ctx,
		actor: null
	}, id);
	if (!d) return { status: "none" };
	return {
		status: d.status,
		algorithm: d.algorithm,
		seedCommitment: d.seedCommitment,
		committedAt: d.committedAt,
		seed: d.seed,
		dice: d.dice,
		drawnAt: d.drawnAt,
		m: d.m,
		chosenIndex: d.chosenIndex,
		features: d.pool?.features ?? null,
		pool: d.pool?.rows ?? null,
		panels: d.panels,
		probabilities: d.status === "queued" || d.status === "running" || d.status === "failed" ? null : d.probabilities,
		reserves: d.reserves,
		lotteryProbabilities: d.status === "committed" || d.status === "drawn" ? d.lotteryProbabilities : null,
		/** The engine's PublishedLottery, verbatim: verifyDraw(lottery, seed, dice) gives chosenIndex. */
		lottery: d.published,
		verification: "packages/sortition verifyDraw: digest = SHA-256(\"decydujemy-draw/1\\n\" + SHA-256(canonicalJson(lottery)) + \"\\n\" + seed + \"\\n\" + dice.join(\",\")); chosenIndex = 1 + (digest mod m); SHA-256(seed) must equal lottery.seedCommitment"
	};
}
async function apiRecommendations(ctx, idOrSlug) {
	const id = await resolveId(ctx, idOrSlug);
	return (await listRecommendations(ctx.db, id)).filter((r) => r.status === "passed" || r.status === "failed").map((r) => ({
		number: r.number,
		title: r.title,
		text: r.body,
		votes: {
			support: r.votesFor,
			oppose: r.votesAgainst,
			abstain: r.votesAbstain
		},
		passed: r.status === "passed",
		binding: r.binding,
		withinCityPowers: r.withinCityPowers,
		response: r.response ? {
			text: r.response.response,
			department: r.response.department,
			deadline: r.response.deadline,
			status: r.response.status
		} : null,
		status: r.response?.status ?? null,
		updates: r.updates.map((u) => ({
			status: u.status,
			text: u.body,
			at: u.createdAt
		}))
	}));
}

export { apiPanels as a, apiPanel as b, apiDraw as c, apiRecommendations as d };
//# sourceMappingURL=public3.js-BbqXuGKX.js.map
