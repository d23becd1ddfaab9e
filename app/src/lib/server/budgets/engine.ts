/** The bridge to packages/pb: every count, ballot check, explanation, metric and Pabulib file
 * goes through the engine. This file only translates between our rows and the engine's
 * Election / BallotRules / Outcome. */
import * as pb from '@decydujemy/pb';
import type { Election } from '@decydujemy/pb';
import type { BallotKind } from './schema';
import type { Explanation, ExplanationFacts, ExplanationKey } from '../../budgets/explain';

export interface PoolForFile {
	id: string;
	name: string;
	amount: number;
	rule: string;
	districtName?: string | null;
}
export interface ProjectForFile {
	code: string;
	cost: number;
	title: string;
	/** 'climate' for climate projects (the green earmark's category). */
	category?: string | null;
	selected?: boolean;
}
/** One voter's part of a ballot for a pool: project codes in ballot order, points when needed. */
export interface BallotPart {
	projects: string[];
	points?: number[];
}

export interface EditionBallotConfig {
	ballotKind: BallotKind;
	maxChoices: number;
	cumulativePoints: number;
}

/** The category label our climate projects carry in Pabulib files. */
export const CLIMATE_CATEGORY = 'climate';

export function voteTypeOf(kind: BallotKind): 'ordinal' | 'approval' | 'cumulative' {
	return kind === 'krakow' ? 'ordinal' : kind === 'cumulative' ? 'cumulative' : 'approval';
}

function fileRule(rule: string): string {
	return rule === 'mes-add1-comparison' ? 'equalshares/add1-comparison' : rule === 'mes-add1' ? 'equalshares/add1' : rule;
}

/** A pool as an engine Election (amounts in whole PLN: moneyScale 1). */
export function buildElection(cfg: EditionBallotConfig, pool: PoolForFile, projects: ProjectForFile[], ballots: BallotPart[], extraMeta: Record<string, string> = {}): Election {
	const voteType = voteTypeOf(cfg.ballotKind);
	const meta: Record<string, string> = {
		description: pool.name,
		country: 'Poland',
		unit: 'Kraków',
		...(pool.districtName ? { district: pool.districtName } : {}),
		...extraMeta,
		num_projects: String(projects.length),
		num_votes: String(ballots.length),
		budget: String(pool.amount),
		vote_type: voteType,
		rule: fileRule(pool.rule),
		min_length: '1',
		...(voteType === 'cumulative' ? { max_sum_points: String(cfg.cumulativePoints) } : { max_length: String(cfg.ballotKind === 'approval_budget' ? Math.max(1, projects.length) : cfg.maxChoices) }),
		...(cfg.ballotKind === 'approval_budget' ? { max_sum_cost: String(pool.amount) } : {}),
		language: 'pl',
		currency: 'PLN'
	};
	const withSelected = projects.some((p) => p.selected !== undefined);
	const projectColumns = ['project_id', 'cost', 'name', 'category', ...(withSelected ? ['selected'] : [])];
	const list = projects.map((p) => ({
		id: p.code,
		cost: BigInt(Math.round(p.cost)),
		fields: { project_id: p.code, cost: String(Math.round(p.cost)), name: p.title, category: p.category ?? '', ...(withSelected ? { selected: p.selected ? '1' : '0' } : {}) }
	}));
	const projectIndex = new Map(list.map((p, j) => [p.id, j]));
	const hasPoints = voteType === 'cumulative';
	const voters = ballots.map((b, i) => ({
		id: String(i + 1),
		projects: b.projects.map((c) => projectIndex.get(c)).filter((j): j is number => j !== undefined),
		points: hasPoints ? (b.points ?? []) : null,
		extra: [] as string[]
	}));
	return { meta, voteType, moneyScale: 1n, budget: BigInt(pool.amount), projects: list, projectColumns, voters, voterExtraColumns: [], hasPointsColumn: hasPoints, projectIndex };
}

/** Writes a pool as a Pabulib file (the published anonymised ballots) with the engine's writer. */
export function poolToPabulib(cfg: EditionBallotConfig, pool: PoolForFile, projects: ProjectForFile[], ballots: BallotPart[], extraMeta: Record<string, string> = {}): string {
	return pb.writePabulib(buildElection(cfg, pool, projects, ballots, extraMeta));
}

export function parseFile(text: string): Election {
	return pb.parsePabulib(text, { strictBallots: false });
}

export interface BallotIssue {
	code: string;
	pl: string;
	en: string;
}

/** Checks one voter's part of a ballot with the engine's validateBallot. */
export function checkBallotPart(cfg: EditionBallotConfig, pool: PoolForFile, projects: ProjectForFile[], part: BallotPart): BallotIssue[] {
	const rules = pb.ballotRulesOf(buildElection(cfg, pool, projects, []));
	return pb.validateBallot(rules, part.points ? { projects: part.projects, points: part.points } : { projects: part.projects }).map((p) => ({ code: p.code, pl: p.messagePl, en: p.message }));
}

export interface PoolCount {
	rule: string;
	selected: string[];
	cost: number;
	voters: number;
	/** Per project code: why it won or lost, as a message key and the figures of this count. */
	explanations: Record<string, Explanation>;
	metrics: Record<string, number>;
}

function numericMetrics(m: pb.Metrics): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [k, v] of Object.entries(m)) if (typeof v === 'number' && Number.isFinite(v)) out[k] = Math.round(v * 10000) / 10000;
	return out;
}

const money = (e: Election, x: bigint) => Number(x) / Number(e.moneyScale);
/** The engine's exact decimal text ("1\u00a0299\u00a0993.82") as a number. */
const decimal = (t: string | undefined) => (t === undefined ? undefined : Number(t.replace(/\s/g, '')));

function keyOf(x: pb.ProjectExplanation, kind: string, points: boolean): ExplanationKey {
	if (x.reason === 'excluded') return 'excluded';
	if (kind === 'greedy') return x.reason === 'funded' ? 'greedy_funded' : x.reason === 'below-threshold' ? 'greedy_below_threshold' : x.reason === 'stopped' ? 'greedy_stopped' : 'greedy_does_not_fit';
	if (kind === 'mes') {
		if (x.reason === 'funded') return points ? 'mes_funded_points' : 'mes_funded';
		if (x.reason === 'funded-free') return 'mes_funded_free';
		if (x.reason === 'funded-by-completion') return 'mes_completion';
		if (x.reason === 'no-supporters') return 'mes_no_supporters';
		return decimal(x.supportersMoneyLeft)! >= decimal(x.cost)! ? 'mes_shares_enough' : 'mes_shares_short';
	}
	return x.funded ? 'phragmen_funded' : 'phragmen_not_selected';
}

/** The engine's explanations as data: a message key and the figures (pages word them). */
function explained(e: Election, out: pb.Outcome): PoolCount['explanations'] {
	const res: PoolCount['explanations'] = {};
	const budget = money(e, e.budget);
	const spent = money(e, out.cost);
	const points = pb.profileOf(e).pointsUtility;
	for (const x of pb.explainProjects(e, out)) {
		const facts: ExplanationFacts = { supporters: x.supporters, score: x.score, cost: decimal(x.cost)!, budget, spent, left: budget - spent };
		const add = <K extends keyof ExplanationFacts>(k: K, v: ExplanationFacts[K] | undefined) => {
			if (v !== undefined) facts[k] = v;
		};
		add('rank', x.rank);
		add('remaining', decimal(x.remainingAtTurn));
		add('threshold', x.threshold);
		add('stopCode', x.stoppedAt?.projectId);
		add('stopRank', x.stoppedAt?.rank);
		add('round', x.round);
		add('payment', decimal(x.paymentPerSupporter));
		add('paidAll', x.paidAllTheyHad);
		add('share', decimal(x.voterShare));
		add('sharesLeft', decimal(x.supportersMoneyLeft));
		res[x.projectId] = { score: x.score, funded: x.funded, key: keyOf(x, out.details.kind, points), facts };
	}
	return res;
}

/** Counts one pool with a rule of the engine, with explanations and fairness metrics. */
export function countElection(e: Election, rule: string, opts: { explain?: boolean } = {}): PoolCount {
	const out = pb.tally(e, rule);
	return {
		rule: out.rule,
		selected: out.selected.map((j) => e.projects[j]!.id),
		cost: Number(out.cost / e.moneyScale),
		voters: e.voters.length,
		// Explanations of comparison rules are skipped: the engine's MES explanation takes
		// seconds on 65,000 ballots, and the pages show them for the official rule only.
		explanations: opts.explain === false ? {} : explained(e, out),
		metrics: numericMetrics(pb.computeMetrics(e, out.selected))
	};
}

/** Green "share" mode: the engine's earmark (at least `sharePercent` % of the pool for
 * projects of the climate category), then the rest of the pool. */
export function countWithGreenShare(e: Election, rule: string, sharePercent: number): PoolCount & { earmark: { reserved: number; spent: number; met: boolean; reason: { pl: string; en: string } | null } } {
	const r = pb.tallyWithEarmark(e, rule, { category: CLIMATE_CATEGORY, share: [BigInt(sharePercent), 100n] });
	const firstSet = new Set(r.earmarkOutcome.selected);
	const explanations = explained(e, r.restOutcome);
	for (const [id, x] of Object.entries(explained(e, r.earmarkOutcome))) {
		const j = e.projectIndex.get(id)!;
		if (firstSet.has(j)) explanations[id] = { ...x, facts: { ...x.facts, green: sharePercent / 100 } };
	}
	const selectedIdx = r.selected.map((id) => e.projectIndex.get(id)!);
	for (const id of r.selected) explanations[id] = { ...explanations[id], funded: true };
	// The pool's real money is the whole count's (guarantee and the rest together).
	const spent = Number(r.cost) / Number(e.moneyScale);
	for (const x of Object.values(explanations)) x.facts = { ...x.facts, spent, left: x.facts.budget - spent };
	return {
		rule: `${rule}+green-share`,
		selected: r.selected,
		cost: Number(r.cost / e.moneyScale),
		voters: e.voters.length,
		explanations,
		metrics: { ...numericMetrics(pb.computeMetrics(e, selectedIdx)), greenReserved: Number(r.reserved / e.moneyScale), greenSpent: Number(r.categorySpent / e.moneyScale) },
		earmark: { reserved: Number(r.reserved / e.moneyScale), spent: Number(r.categorySpent / e.moneyScale), met: r.met, reason: r.reason }
	};
}

/** The official winners in a Pabulib file (`selected` = 1), or null when the file has none. */
export function officialWinnersOf(e: Election): string[] | null {
	const w = pb.officialWinners(e);
	return w ? [...w] : null;
}

export { pb };
export type { Election };
