/**
 * Explanations hold up to a resident's reading: on every pool of the demo data (the Kraków files
 * the demo imports) and on 22 real Pabulib files (fixtures/pabulib, every vote type and rule),
 * each explanation's figures — the project's cost and supporters, funded or not, the pool money
 * spent and left, the money left at a greedy turn, the supporters' equal shares in the Method of
 * Equal Shares — agree with the count itself, recomputed here from the ballots. Then the words:
 * every figure appears formatted in the page's language, and the equal shares are never the
 * money left in the pool.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countElection, parseFile, pb, type Election } from './engine';
import { explanationText, type Explanation } from '../../budgets/explain';
import { formatAmount, formatPercent, type Locale } from '$lib/format';

const here = fileURLToPath(new URL('.', import.meta.url));
const read = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.pb.gz'))
		.sort()
		.map((f) => ({ name: f, election: parseFile(gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8')) }));
const demo = read(`${here}data`);
const real = read(`${here}fixtures/pabulib`);
const LOCALES: Locale[] = ['pl', 'en', 'uk'];

function officialRule(e: Election): string {
	try {
		return pb.officialRuleOf(e);
	} catch {
		return 'greedy';
	}
}

/** The rules each file is counted with: its own, greedy and plain Equal Shares (the comparison
 * the pages show), except Equal Shares on the 65 000 ballots of Kraków's citywide pool. */
function rulesOf(name: string, e: Election): string[] {
	const rules = new Set([officialRule(e), 'greedy']);
	if (e.voters.length < 20_000) rules.add('mes');
	return [...rules];
}

const money = (e: Election, x: bigint) => Number(x) / Number(e.moneyScale);

/** Checks one count's explanations against the ballots; returns how many were checked. */
function checkCount(name: string, e: Election, rule: string): Explanation[] {
	const count = countElection(e, rule);
	const budget = money(e, e.budget);
	const selected = new Set(count.selected);
	const spent = count.selected.reduce((s, code) => s + money(e, e.projects[e.projectIndex.get(code)!]!.cost), 0);
	const list = Object.entries(count.explanations);
	expect(list.length, `${name} ${rule}: one explanation per project`).toBe(e.projects.length);
	const greedyFunded: { rank: number; cost: number }[] = [];
	for (const [code, x] of list) {
		const at = `${name} ${rule} ${code}`;
		const j = e.projectIndex.get(code)!;
		const f = x.facts;
		if (x.key === 'excluded') continue;
		expect(f.cost, at).toBe(money(e, e.projects[j]!.cost));
		expect(f.supporters, at).toBe(e.voters.filter((v) => v.projects.includes(j)).length);
		expect(x.funded, at).toBe(selected.has(code));
		expect(f.budget, at).toBe(budget);
		expect(f.spent, at).toBeCloseTo(spent, 2);
		expect(f.left, at).toBeCloseTo(budget - spent, 2);
		if (x.key === 'greedy_funded') greedyFunded.push({ rank: f.rank!, cost: f.cost });
		if (x.key.startsWith('mes_shares')) {
			// what the supporters had left of their equal shares: at most a share each, and the
			// key says truly whether it reached the cost
			expect(f.sharesLeft!, at).toBeGreaterThanOrEqual(0);
			expect(f.sharesLeft!, at).toBeLessThanOrEqual(f.supporters * f.share! + 0.01 * f.supporters);
			expect(x.key, at).toBe(f.sharesLeft! >= f.cost ? 'mes_shares_enough' : 'mes_shares_short');
		}
		if (x.key === 'mes_funded' || x.key === 'mes_funded_points') {
			expect(f.round, at).toBeGreaterThan(0);
			expect(f.payment, at).toBeGreaterThan(0);
		}
	}
	// Greedy: the money left at each project's turn is the pool minus the projects funded before it.
	for (const [code, x] of list) {
		if (x.key !== 'greedy_funded' && x.key !== 'greedy_does_not_fit') continue;
		const before = greedyFunded.filter((g) => g.rank < x.facts.rank!).reduce((s, g) => s + g.cost, 0);
		expect(x.facts.remaining, `${name} ${rule} ${code}`).toBeCloseTo(budget - before, 2);
		if (x.key === 'greedy_funded') expect(x.facts.remaining!, `${name} ${rule} ${code}`).toBeGreaterThanOrEqual(x.facts.cost);
		else expect(x.facts.remaining!, `${name} ${rule} ${code}`).toBeLessThan(x.facts.cost);
	}
	return list.map(([, x]) => x);
}

/** The sentence states the figures formatted for the language. */
function checkWords(x: Explanation, at: string) {
	const f = x.facts;
	for (const locale of LOCALES) {
		const text = explanationText(x, locale);
		const where = `${at} ${locale}: ${text}`;
		expect(text.length, where).toBeGreaterThan(20);
		expect(text, where).not.toMatch(/\{|undefined|NaN/);
		if (!['excluded', 'mes_funded_free'].includes(x.key)) expect(text, where).toContain(formatAmount(f.cost, locale));
		if (x.key === 'greedy_funded' || x.key === 'greedy_does_not_fit') expect(text, where).toContain(formatAmount(f.remaining!, locale));
		if (x.key.startsWith('mes_shares')) {
			expect(text, where).toContain(formatAmount(f.sharesLeft!, locale));
			expect(text, where).toContain(formatAmount(f.share!, locale));
			// the real pool money is stated apart from the shares
			expect(text, where).toContain(formatAmount(f.left, locale));
			expect(text, where).toContain(formatAmount(f.spent, locale));
			expect(text, where).toContain(formatPercent(f.budget > 0 ? f.spent / f.budget : 0, locale));
		}
		if (locale !== 'en') expect(text.replace(f.stopCode ?? '\u0000', ''), where).not.toMatch(/\d\.\d\d(?!\d)/);
	}
}

describe('explanations agree with the count', () => {
	it.each(demo.map((d) => [d.name, d.election] as const))('demo pool %s', (name, e) => {
		for (const rule of rulesOf(name, e)) for (const x of checkCount(name, e, rule)) checkWords(x, `${name} ${rule}`);
	}, 120_000);

	it('covers at least 20 real Pabulib files of every vote type, three decided by Equal Shares', () => {
		expect(real.length).toBeGreaterThanOrEqual(20);
		expect(new Set(real.map((r) => r.election.voteType))).toEqual(new Set(['approval', 'choose-1', 'cumulative', 'ordinal']));
		expect(real.filter((r) => officialRule(r.election).startsWith('mes')).length).toBe(3);
	});

	it.each(real.map((d) => [d.name, d.election] as const))('Pabulib file %s', (name, e) => {
		const all = rulesOf(name, e).flatMap((rule) => checkCount(name, e, rule).map((x) => [rule, x] as const));
		for (const [rule, x] of all) checkWords(x, `${name} ${rule}`);
	}, 120_000);

	it('the MES explanation of a losing project tells the equal shares from the money left in the pool', () => {
		const w = real.find((r) => r.name.startsWith('Poland_Wieliczka'))!.election;
		const losing = Object.values(countElection(w, 'mes-add1').explanations).filter((x) => x.key === 'mes_shares_short');
		expect(losing.length).toBeGreaterThan(0);
		const x = losing[0]!;
		const pl = explanationText(x, 'pl');
		expect(pl).toContain('równe udziały');
		expect(pl).toContain('nie pieniądze pozostałe w puli');
		expect(pl).toContain(`zostało ${formatAmount(x.facts.left, 'pl')}`);
		expect(explanationText(x, 'en')).toContain('not money left in the pool');
		expect(explanationText(x, 'uk')).toContain('не гроші, що залишилися в пулі');
	}, 120_000);
});
