import { N as NotFoundError } from './errors2.js-qlgBpaJE.js';
import { F as listEditions, L as getEdition, H as listProjects, U as editionResults } from './service9.js-h2CQjVIl.js';

// src/lib/server/budgets/public.ts
async function publicEditions(ctx) {
	return (await listEditions(ctx)).map((e) => ({
		id: e.id,
		slug: e.slug,
		title: e.title,
		year: e.year,
		historical: e.historical,
		phase: e.phase,
		ballotKind: e.ballotKind,
		greenMode: e.greenMode,
		total: e.total,
		pools: e.pools
	}));
}
async function publicEdition(ctx, id) {
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
		phases: {
			submission: e.submissionOpensAt,
			support: e.supportOpensAt,
			verification: e.verificationOpensAt,
			appeals: e.appealsOpensAt,
			voting: e.votingOpensAt,
			results: e.votingClosesAt,
			implementation: e.implementationOpensAt
		},
		pools: ed.pools.map((p) => ({
			id: p.id,
			kind: p.kind,
			districtId: p.districtId,
			name: p.name,
			amount: p.amount,
			minCost: p.minCost,
			maxCost: p.maxCost,
			rule: p.rule
		}))
	};
}
async function publicProjects(ctx, id) {
	const ed = await getEdition(ctx, id);
	return {
		ed,
		projects: (await listProjects(ctx, ed.process.id)).map((p) => ({
			id: p.id,
			code: p.code,
			poolId: p.poolId,
			title: p.title,
			description: p.description,
			districtId: p.districtId,
			lat: p.lat,
			lng: p.lng,
			cost: p.cost,
			status: p.status,
			climateCategory: p.climateCategory,
			climateEffect: p.climateEffect,
			votes: p.importedVotes,
			score: p.importedScore,
			implementation: p.implStatus ? {
				status: p.implStatus,
				progress: p.implProgress
			} : null
		}))
	};
}
async function publicResults(ctx, id) {
	const ed = await getEdition(ctx, id);
	return {
		ed,
		pools: (await editionResults(ctx, ed.process.id)).pools.map((p) => ({
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
			comparisons: p.comparisons.map((c) => ({
				rule: c.rule,
				selected: c.selected,
				cost: c.cost,
				metrics: c.metrics
			})),
			projects: p.projects.map((x) => ({
				id: x.id,
				code: x.code,
				title: x.title,
				cost: x.cost,
				score: x.score,
				funded: x.funded,
				explanation: x.explanation
			}))
		}))
	};
}
function assertPoolOf(ed, poolId) {
	if (!ed.pools.some((p) => p.id === poolId)) throw new NotFoundError("Pool");
}

export { publicEdition as a, assertPoolOf as b, publicProjects as c, publicResults as d, publicEditions as p };
//# sourceMappingURL=public.js-BHWnUiSs.js.map
