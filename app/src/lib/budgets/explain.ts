/**
 * Why a project won or lost, as data: a message key and the figures of the count. The engine
 * (packages/pb) explains, `server/budgets/engine.ts` turns its explanation into this shape when
 * a pool is counted, and pages and the API put it into words in the reader's language here, with
 * every amount and percentage formatted by `$lib/format` ("1 299 993,82 zł", "53,9 %").
 *
 * In the Method of Equal Shares the voters' "równe udziały" (equal shares of the pool, raised
 * step by step by the completion) are virtual budgets: they are never called money left in the
 * pool, which is stated separately (`spent`, `left`).
 */
import { formatParams, messageByKey } from '$lib/i18n';
import { formatNumber, type Locale } from '$lib/format';

export const EXPLANATION_KEYS = [
	'greedy_funded',
	'greedy_does_not_fit',
	'greedy_below_threshold',
	'greedy_stopped',
	'excluded',
	'mes_funded',
	'mes_funded_points',
	'mes_funded_free',
	'mes_completion',
	'mes_no_supporters',
	'mes_shares_short',
	'mes_shares_enough',
	'phragmen_funded',
	'phragmen_not_selected'
] as const;
export type ExplanationKey = (typeof EXPLANATION_KEYS)[number];

/** The figures an explanation states. Amounts in złoty, `spentShare` a fraction of the pool. */
export interface ExplanationFacts {
	/** Voters whose ballot names the project. */
	supporters: number;
	/** Its score (votes or points) in this count. */
	score: number;
	cost: number;
	/** The pool: its amount, what the count spent and what is left (real money). */
	budget: number;
	spent: number;
	left: number;
	/** Greedy: 1-based rank and the pool money left when its turn came. */
	rank?: number;
	remaining?: number;
	/** Greedy with a threshold: the minimum score. */
	threshold?: number;
	/** Greedy without skipping: where counting stopped. */
	stopCode?: string;
	stopRank?: number;
	/** MES: the round it was bought in, the most one supporter paid (per point for points
	 * ballots), how many paid the rest of their share. */
	round?: number;
	payment?: number;
	paidAll?: number;
	/** MES: each voter's equal share in the final run, and what the project's supporters had
	 * left of their shares together (virtual budgets, not pool money). */
	share?: number;
	sharesLeft?: number;
	/** Green guarantee (share mode): the reserved share of the pool, a fraction. */
	green?: number;
}

export interface Explanation {
	score: number;
	funded: boolean;
	key: ExplanationKey;
	facts: ExplanationFacts;
}

/** What is stored per project: an Explanation; results counted before explanations were data
 * carry the engine's finished sentences (pl, en, uk) instead. */
export type StoredExplanation = Explanation | { score: number; funded: boolean; pl: string; en: string; uk?: string };

export function isStructured(x: StoredExplanation): x is Explanation {
	return 'key' in x && typeof x.key === 'string';
}

const MES_NOT_FUNDED = new Set<ExplanationKey>(['mes_shares_short', 'mes_shares_enough']);

/** The explanation in words, in the given language. */
export function explanationText(x: StoredExplanation | null | undefined, locale: Locale): string {
	if (!x) return '';
	if (!isStructured(x)) return locale === 'pl' ? x.pl : locale === 'uk' ? (x.uk ?? x.en) : x.en;
	const f = x.facts;
	const n = (v: number | undefined) => (v === undefined ? '' : formatNumber(v, locale));
	const params = formatParams(
		{
			supporters: n(f.supporters),
			score: n(f.score),
			rank: n(f.rank),
			threshold: n(f.threshold),
			round: n(f.round),
			paidAll: n(f.paidAll),
			stopCode: f.stopCode ?? '',
			stopRank: n(f.stopRank),
			costAmount: f.cost,
			budgetAmount: f.budget,
			spentAmount: f.spent,
			leftAmount: f.left,
			spentPercent: f.budget > 0 ? f.spent / f.budget : 0,
			...(f.remaining !== undefined ? { remainingAmount: f.remaining } : {}),
			...(f.payment !== undefined ? { paymentAmount: f.payment } : {}),
			...(f.share !== undefined ? { shareAmount: f.share } : {}),
			...(f.sharesLeft !== undefined ? { sharesAmount: f.sharesLeft } : {}),
			...(f.green !== undefined ? { greenPercent: f.green } : {})
		},
		locale
	);
	const say = (key: string) => messageByKey(`budgets_explain_${key}`, params, locale) ?? key;
	let text = say(x.key);
	if ((x.key === 'mes_funded' || x.key === 'mes_funded_points') && (f.paidAll ?? 0) > 0) text += ` ${say('mes_paid_all')}`;
	if (MES_NOT_FUNDED.has(x.key)) text += ` ${say('pool_money')}`;
	if (f.green !== undefined) text = messageByKey('budgets_explain_green', { ...params, text }, locale) ?? text;
	return text;
}

/** The pool's real money in words ("wydano … z …, zostało …"). */
export function poolMoneyText(f: { budget: number; spent: number }, locale: Locale): string {
	const params = formatParams({ budgetAmount: f.budget, spentAmount: f.spent, leftAmount: f.budget - f.spent, spentPercent: f.budget > 0 ? f.spent / f.budget : 0 }, locale);
	return messageByKey('budgets_explain_pool_money', params, locale) ?? '';
}

/** For the API: the data plus the sentence in each language. */
export function withTexts(x: StoredExplanation): StoredExplanation & { pl: string; en: string; uk: string } {
	return { ...x, pl: explanationText(x, 'pl'), en: explanationText(x, 'en'), uk: explanationText(x, 'uk') };
}
