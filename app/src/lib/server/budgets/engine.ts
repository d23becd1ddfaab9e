/** The bridge to packages/pb: every count, ballot check and Pabulib file goes through the engine.
 * This file only translates between our rows and the engine's Election / BallotRules / Outcome. */
import * as pb from '@decydujemy/pb';
import type { BallotKind } from './schema';

type Election = ReturnType<typeof pb.parsePabulib>;
type Outcome = ReturnType<typeof pb.tally>;

/** Optional parts of the engine that may not exist in every version (checked at run time). */
const engine = pb as unknown as Record<string, unknown>;

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

export function voteTypeOf(kind: BallotKind): 'ordinal' | 'approval' | 'cumulative' {
	return kind === 'krakow' ? 'ordinal' : kind === 'cumulative' ? 'cumulative' : 'approval';
}

function cell(s: string): string {
	return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes a pool as a Pabulib file (META, PROJECTS, VOTES), the published anonymised ballots. */
export function poolToPabulib(cfg: EditionBallotConfig, pool: PoolForFile, projects: ProjectForFile[], ballots: BallotPart[], extraMeta: Record<string, string> = {}): string {
	const voteType = voteTypeOf(cfg.ballotKind);
	const meta: Record<string, string> = {
		description: pool.name,
		country: 'Poland',
		unit: 'Kraków',
		...(pool.districtName ? { district: pool.districtName } : {}),
		instance: extraMeta.instance ?? '',
		num_projects: String(projects.length),
		num_votes: String(ballots.length),
		budget: String(pool.amount),
		vote_type: voteType,
		rule: pool.rule.startsWith('mes-add1-comparison') ? 'equalshares/add1-comparison' : pool.rule.startsWith('mes-add1') ? 'equalshares/add1' : pool.rule,
		min_length: '1',
		...(voteType === 'cumulative' ? { max_sum_points: String(cfg.cumulativePoints) } : { max_length: String(cfg.ballotKind === 'approval_budget' ? projects.length : cfg.maxChoices) }),
		...(cfg.ballotKind === 'approval_budget' ? { max_sum_cost: String(pool.amount) } : {}),
		language: 'pl',
		currency: 'PLN',
		...extraMeta
	};
	if (!meta.instance) delete meta.instance;
	const lines = ['META', 'key;value', ...Object.entries(meta).map(([k, v]) => `${k};${cell(v)}`)];
	lines.push('PROJECTS', 'project_id;cost;name;category;selected');
	for (const p of projects) lines.push([p.code, String(p.cost), p.title, p.category ?? '', p.selected === undefined ? '' : p.selected ? '1' : '0'].map(cell).join(';'));
	lines.push('VOTES', voteType === 'cumulative' ? 'voter_id;vote;points' : 'voter_id;vote');
	ballots.forEach((b, i) => {
		const row = [String(i + 1), b.projects.join(',')];
		if (voteType === 'cumulative') row.push((b.points ?? []).join(','));
		lines.push(row.map(cell).join(';'));
	});
	return lines.join('\n') + '\n';
}

export function parseFile(text: string): Election {
	return pb.parsePabulib(text, { strictBallots: false });
}

/** The ballot rules of a pool for `validateBallot` (also usable to explain the limits). */
export function ballotRulesFor(cfg: EditionBallotConfig, pool: PoolForFile, projects: ProjectForFile[]) {
	const text = poolToPabulib(cfg, pool, projects, []);
	return pb.ballotRulesOf(parseFile(text));
}

export interface BallotIssue {
	code: string;
	pl: string;
	en: string;
}

export function checkBallotPart(cfg: EditionBallotConfig, pool: PoolForFile, projects: ProjectForFile[], part: BallotPart): BallotIssue[] {
	const rules = ballotRulesFor(cfg, pool, projects);
	return pb.validateBallot(rules, part.points ? { projects: part.projects, points: part.points } : { projects: part.projects }).map((p) => ({ code: p.code, pl: p.messagePl, en: p.message }));
}

export interface PoolCount {
	rule: string;
	selected: string[];
	cost: number;
	voters: number;
	explanations: Record<string, { score: number; funded: boolean; pl: string; en: string }>;
	metrics: Record<string, number>;
}

const money = (minor: bigint, scale: bigint): string => {
	const f = engine.displayMoney as ((a: bigint, b: bigint) => string) | undefined;
	return f ? f(minor, scale) : String(minor / scale).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
};

/** Text explanations of every project from the engine's outcome (uses the engine's own
 * explanation function when it has one). */
function explain(e: Election, out: Outcome): PoolCount['explanations'] {
	const own = engine.explainOutcome as ((e: Election, o: Outcome, lang: 'pl' | 'en') => Record<string, string> | string[]) | undefined;
	const profileOf = engine.profileOf as ((e: Election) => { score: number[]; supporterCount: number[] }) | undefined;
	const prof = profileOf ? profileOf(e) : null;
	const funded = new Set(out.selected);
	const res: PoolCount['explanations'] = {};
	const d = out.details as { kind: string; steps?: { project: number; rank: number; score: number; remainingBefore: bigint; decision: string }[]; rounds?: { round: number; project: number; supporters: number }[]; unaffordableAfterRound?: Map<number, number>; completion?: number[] };
	e.projects.forEach((p, j) => {
		const score = prof?.score[j] ?? 0;
		let pl = '';
		let en = '';
		if (d.kind === 'greedy') {
			const st = d.steps?.find((s) => s.project === j);
			if (st) {
				const left = money(st.remainingBefore, e.moneyScale);
				const cost = money(p.cost, e.moneyScale);
				if (st.decision === 'funded') {
					pl = `Miejsce ${st.rank} w rankingu (${score} pkt). Zostało ${left} zł, projekt kosztuje ${cost} zł — sfinansowany.`;
					en = `Rank ${st.rank} (${score} points). ${left} PLN were left and it costs ${cost} PLN — funded.`;
				} else if (st.decision === 'does-not-fit') {
					pl = `Miejsce ${st.rank} w rankingu (${score} pkt). Zostało tylko ${left} zł, a projekt kosztuje ${cost} zł — nie zmieścił się.`;
					en = `Rank ${st.rank} (${score} points). Only ${left} PLN were left and it costs ${cost} PLN — it did not fit.`;
				} else if (st.decision === 'below-threshold') {
					pl = `Za mało głosów (${score}), by wziąć udział w podziale.`;
					en = `Too few votes (${score}) to take part.`;
				} else {
					pl = `Miejsce ${st.rank} (${score} pkt); podział zakończono przed tym projektem.`;
					en = `Rank ${st.rank} (${score} points); allocation stopped before this project.`;
				}
			}
		} else if (d.kind === 'mes' || d.kind === 'phragmen') {
			const r = d.rounds?.find((x) => x.project === j);
			if (r) {
				pl = `Wybrany w rundzie ${r.round}: jego ${prof?.supporterCount[j] ?? r.supporters ?? ''} zwolenników mogło wspólnie pokryć koszt ze swoich równych udziałów.`;
				en = `Chosen in round ${r.round}: its ${prof?.supporterCount[j] ?? ''} supporters could cover the cost together from their equal shares.`;
			} else if (d.completion?.includes(j)) {
				pl = 'Dodany na końcu, bo zmieścił się w pozostałych środkach (uzupełnienie według liczby punktów).';
				en = 'Added at the end because it fitted in the money left (completion by score).';
			} else if (funded.has(j)) {
				pl = 'Wybrany (wynik porównania z metodą zachłanną lub projekt bezpłatny).';
				en = 'Chosen (outcome of the comparison with greedy, or a free project).';
			} else {
				const after = d.unaffordableAfterRound?.get(j);
				pl = `Niewybrany: jego zwolennicy (${prof?.supporterCount[j] ?? 0}) nie mieli już dość środków z równych udziałów${after ? ` po rundzie ${after}` : ''}.`;
				en = `Not chosen: its ${prof?.supporterCount[j] ?? 0} supporters no longer had enough money from their equal shares${after ? ` after round ${after}` : ''}.`;
			}
		}
		if (!pl) {
			pl = funded.has(j) ? 'Sfinansowany.' : 'Niesfinansowany.';
			en = funded.has(j) ? 'Funded.' : 'Not funded.';
		}
		res[p.id] = { score, funded: funded.has(j), pl, en };
	});
	if (own) {
		for (const lang of ['pl', 'en'] as const) {
			const txt = own(e, out, lang);
			e.projects.forEach((p, j) => {
				const t = Array.isArray(txt) ? txt[j] : txt[p.id];
				if (t && res[p.id]) res[p.id][lang] = t;
			});
		}
	}
	return res;
}

/** Fairness metrics from the engine when it has them; otherwise the simple, documented ones. */
function metricsOf(e: Election, out: Outcome): Record<string, number> {
	const own = engine.fairnessMetrics as ((e: Election, o: Outcome) => Record<string, number>) | undefined;
	if (own) return own(e, out);
	const funded = new Set(out.selected);
	let withOne = 0;
	for (const v of e.voters) if (v.projects.some((j) => funded.has(j))) withOne++;
	const n = e.voters.length || 1;
	return {
		voters: e.voters.length,
		votersWithFundedProject: withOne,
		shareVotersWithFundedProject: Math.round((withOne / n) * 1000) / 1000,
		budgetUsedShare: e.budget > 0n ? Math.round(Number((out.cost * 1000n) / e.budget)) / 1000 : 0,
		projectsFunded: out.selected.length
	};
}

/** Counts one pool with a rule of the engine. `exclude`/`budget` serve the green-share mode. */
export function countElection(e: Election, rule: string, opts: { budget?: bigint; exclude?: Set<string> } = {}): PoolCount {
	const exclude = opts.exclude ? new Set([...opts.exclude].map((id) => e.projectIndex.get(id)).filter((j): j is number => j !== undefined)) : undefined;
	const out = pb.tally(e, rule, { ...(opts.budget !== undefined ? { budget: opts.budget } : {}), ...(exclude ? { exclude } : {}) });
	return {
		rule: out.rule,
		selected: out.selected.map((j) => e.projects[j]!.id),
		cost: Number(out.cost / e.moneyScale),
		voters: e.voters.length,
		explanations: explain(e, out),
		metrics: metricsOf(e, out)
	};
}

/** The pool's count with a guaranteed share for climate projects (green "share" mode): the
 * engine first counts the climate projects within the reserved share, then the rest of the pool
 * among the remaining projects. (Uses the engine's earmark support when it has it.) */
export function countWithGreenShare(e: Election, rule: string, climateIds: Set<string>, sharePercent: number): PoolCount {
	const reserved = (e.budget * BigInt(sharePercent)) / 100n;
	const nonClimate = new Set(e.projects.map((p) => p.id).filter((id) => !climateIds.has(id)));
	const first = countElection(e, rule, { budget: reserved, exclude: nonClimate });
	const firstCost = first.selected.reduce((s, id) => s + e.projects[e.projectIndex.get(id)!]!.cost, 0n);
	const second = countElection(e, rule, { budget: e.budget - firstCost, exclude: new Set(first.selected) });
	const selected = [...first.selected, ...second.selected];
	const explanations = { ...second.explanations };
	for (const id of first.selected) {
		explanations[id] = {
			...first.explanations[id],
			pl: `Zielona pula gwarantowana (${sharePercent}%): ${first.explanations[id].pl}`,
			en: `Guaranteed green share (${sharePercent}%): ${first.explanations[id].en}`
		};
	}
	const out = { rule: `${rule}+green-share`, selected, cost: first.cost + second.cost, voters: e.voters.length, explanations, metrics: second.metrics };
	out.metrics = { ...second.metrics, projectsFunded: selected.length, greenProjectsFunded: first.selected.length };
	return out;
}

/** The official winners in a Pabulib file (`selected` = 1), or null when the file has none. */
export function officialWinnersOf(e: Election): string[] | null {
	const own = engine.officialWinners as ((e: Election) => Set<string> | null) | undefined;
	if (own) {
		const w = own(e);
		return w ? [...w] : null;
	}
	if (!e.projectColumns.includes('selected')) return null;
	return e.projects.filter((p) => (p.fields['selected'] ?? '').trim() === '1').map((p) => p.id);
}

export { pb };
export type { Election };
