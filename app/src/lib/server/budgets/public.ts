/** Public shapes of the open-data API (no personal data: no author ids, no participation). */
import type { ServiceContext } from '../core/context';
import { NotFoundError } from '../core/errors';
import { withTexts } from '../../budgets/explain';
import { editionResults, getEdition, listEditions, listProjects } from './service';

export async function publicEditions(ctx: ServiceContext) {
	return (await listEditions(ctx)).map((e) => ({ id: e.id, slug: e.slug, title: e.title, year: e.year, historical: e.historical, phase: e.phase, ballotKind: e.ballotKind, greenMode: e.greenMode, total: e.total, pools: e.pools }));
}

export async function publicEdition(ctx: ServiceContext, id: string) {
	const ed = await getEdition(ctx, id);
	const e = ed.edition;
	return {
		id: ed.process.id,
		slug: ed.process.slug,
		title: ed.process.title,
		description: ed.process.description,
		year: e.year,
		historical: e.historical,
		phase: ed.phase,
		rulesFrozen: ed.frozen,
		ballotKind: e.ballotKind,
		maxChoices: e.maxChoices,
		cumulativePoints: e.cumulativePoints,
		greenMode: e.greenMode,
		greenSharePercent: e.greenSharePercent,
		minAge: e.minAge,
		supportRequired: e.supportRequired,
		appealDays: e.appealDays,
		phases: { submission: e.submissionOpensAt, support: e.supportOpensAt, verification: e.verificationOpensAt, appeals: e.appealsOpensAt, voting: e.votingOpensAt, results: e.votingClosesAt, implementation: e.implementationOpensAt },
		pools: ed.pools.map((p) => ({ id: p.id, kind: p.kind, districtId: p.districtId, name: p.name, amount: p.amount, minCost: p.minCost, maxCost: p.maxCost, rule: p.rule }))
	};
}

export async function publicProjects(ctx: ServiceContext, id: string) {
	const ed = await getEdition(ctx, id);
	return { ed, projects: (await listProjects(ctx, ed.process.id)).map((p) => ({ id: p.id, code: p.code, poolId: p.poolId, title: p.title, description: p.description, districtId: p.districtId, lat: p.lat, lng: p.lng, cost: p.cost, status: p.status, climateCategory: p.climateCategory, climateEffect: p.climateEffect, votes: p.importedVotes, score: p.importedScore, implementation: p.implStatus ? { status: p.implStatus, progress: p.implProgress } : null })) };
}

export async function publicResults(ctx: ServiceContext, id: string) {
	const ed = await getEdition(ctx, id);
	const r = await editionResults(ctx, ed.process.id);
	return {
		ed,
		pools: r.pools.map((p) => ({
			poolId: p.id,
			name: p.name,
			kind: p.kind,
			amount: p.amount,
			rule: p.official?.rule ?? p.rule,
			counted: !!p.official,
			selected: p.official?.selected ?? [],
			selectedIds: p.projects.filter((x) => x.funded).map((x) => x.id),
			cost: p.official?.cost ?? 0,
			voters: p.official?.voters ?? 0,
			metrics: p.official?.metrics ?? {},
			comparisons: p.comparisons.map((c) => ({ rule: c.rule, selected: c.selected, cost: c.cost, metrics: c.metrics })),
			projects: p.projects.map((x) => ({ id: x.id, code: x.code, title: x.title, cost: x.cost, score: x.score, funded: x.funded, explanation: x.explanation ? withTexts(x.explanation) : null }))
		}))
	};
}

export function assertPoolOf(ed: { pools: { id: string }[] }, poolId: string) {
	if (!ed.pools.some((p) => p.id === poolId)) throw new NotFoundError('pool_not_found');
}
