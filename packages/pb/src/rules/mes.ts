/**
 * Method of Equal Shares (MES), exact.
 *
 * Every voter starts with the same budget. In each round, for every remaining project p the
 * affordability ρ(p) is the smallest ρ such that Σ_{i supports p} min(b_i, ρ·u_i(p)) = cost(p);
 * the project with the smallest ρ is funded and each supporter pays min(b_i, ρ·u_i(p)).
 * Utilities: approval ballots use cost utilities (u_i(p) = cost(p), pabutools' Cost_Sat, the
 * equalshares.net rule), so every supporter pays the same amount unless they cannot; ordinal,
 * cumulative and scoring ballots use the points given as utilities. Projects that no group of
 * supporters can afford any more are dropped; the rule stops when nothing is affordable.
 *
 * All arithmetic is exact (BigInt fractions). Speed comes from three facts:
 * - voters are grouped by their current budget ("classes"): after each round only the payers
 *   move to a new class, and most voters share a handful of budget values;
 * - money is scaled so the initial share is an integer;
 * - ρ(p) can only grow between rounds (budgets only shrink), so projects are re-evaluated lazily
 *   in increasing order of their last ρ, stopping as soon as the last ρ exceeds the best found.
 */
import { Rational } from '../rational.ts';
import { tieCriterion, type Profile, type TieBreak } from '../profile.ts';
import type { MesDetails, MesRound, Outcome } from './types.ts';

export interface MesOptions {
  /** Budget of each voter, in minor units (the election's money times `moneyScale`). */
  voterBudget: Rational;
  /** Stop (returning `overBudget: true`) as soon as the funded cost exceeds this. */
  abortAbove?: bigint;
  /** Projects that may not be funded. */
  exclude?: ReadonlySet<number>;
  rule?: string;
}

export interface MesRun extends Outcome {
  details: MesDetails;
  /** True when the run was cut short by `abortAbove`. */
  overBudget: boolean;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function mes(p: Profile, opts: MesOptions): MesRun {
  const n = p.numVoters;
  const m = p.numProjects;
  const D = opts.voterBudget.den;
  const E = opts.voterBudget.num;
  const scaledCost = p.cost.map((c) => c * D);
  // Voter budget classes: exact value num/den (lowest terms) and a float for ordering.
  const cNum: bigint[] = [E];
  const cDen: bigint[] = [1n];
  const cF: number[] = [Number(E)];
  const classKey = new Map<string, number>([[`${E}/1`, 0]]);
  const cls = new Int32Array(n);
  let cnt = new Int32Array(16);
  const classOf = (num: bigint, den: bigint): number => {
    const g = gcd(num, den);
    if (g !== 1n && g !== 0n) {
      num /= g;
      den /= g;
    }
    if (num === 0n) den = 1n;
    const key = `${num}/${den}`;
    let c = classKey.get(key);
    if (c === undefined) {
      c = cNum.length;
      cNum.push(num);
      cDen.push(den);
      cF.push(Number(num) / Number(den));
      classKey.set(key, c);
      if (c >= cnt.length) {
        const bigger = new Int32Array(cnt.length * 2);
        bigger.set(cnt);
        cnt = bigger;
      }
    }
    return c;
  };

  // Supporters split by weight (points); approval has one group of weight 1.
  const byWeight: { w: number; voters: Int32Array }[][] = [];
  const totalWeight: number[] = [];
  for (let j = 0; j < m; j++) {
    const sup = p.supporters[j]!;
    const wts = p.weights[j];
    if (wts === null || wts === undefined) {
      byWeight.push([{ w: 1, voters: sup }]);
      totalWeight.push(sup.length);
    } else {
      const groups = new Map<number, number[]>();
      let tw = 0;
      for (let k = 0; k < sup.length; k++) {
        const w = wts[k]!;
        tw += w;
        let g = groups.get(w);
        if (!g) groups.set(w, (g = []));
        g.push(sup[k]!);
      }
      byWeight.push([...groups].map(([w, v]) => ({ w, voters: Int32Array.from(v) })));
      totalWeight.push(tw);
    }
  }
  // ρ = π / f: with cost utilities every supporter's utility is cost(p), so ρ = payment / cost.
  const factor = p.cost.map((c) => (p.pointsUtility ? 1n : c));

  const selected: number[] = [];
  const free: number[] = [];
  const tieBreaks: TieBreak[] = [];
  const rounds: MesRound[] = [];
  const unaffordableAfterRound = new Map<number, number>();
  let spent = 0n;
  const remaining: number[] = [];
  // Last known ρ (a lower bound of the current one) as exact fraction and float.
  const lastN: bigint[] = new Array(m).fill(0n);
  const lastD: bigint[] = new Array(m).fill(1n);
  const lastF: number[] = new Array(m).fill(0);
  for (let j = 0; j < m; j++) {
    if (opts.exclude?.has(j)) continue;
    if (p.supporterCount[j] === 0) {
      unaffordableAfterRound.set(j, 0);
      continue;
    }
    if (p.cost[j] === 0n) {
      free.push(j);
      selected.push(j);
      continue;
    }
    lastN[j] = scaledCost[j]!;
    lastD[j] = factor[j]! * BigInt(totalWeight[j]!);
    lastF[j] = Number(lastN[j]) / Number(lastD[j]);
    remaining.push(j);
  }

  // Affordability of project j under the current budgets: π = payment per unit of weight,
  // returned as [num, den], or null if all supporters together cannot pay.
  const touched: number[] = [];
  type Group = { c: number; w: number; count: number; key: number };
  const evaluate = (j: number): [bigint, bigint] | null => {
    const groups: Group[] = [];
    for (const { w, voters } of byWeight[j]!) {
      touched.length = 0;
      for (let k = 0; k < voters.length; k++) {
        const c = cls[voters[k]!]!;
        if (cnt[c]++ === 0) touched.push(c);
      }
      for (const c of touched) {
        groups.push({ c, w, count: cnt[c]!, key: cF[c]! / w });
        cnt[c] = 0;
      }
    }
    groups.sort((a, b) => {
      const d = a.key - b.key;
      if (Math.abs(d) > 1e-9 * Math.max(Math.abs(a.key), Math.abs(b.key))) return d;
      const l = cNum[a.c]! * BigInt(b.w) * cDen[b.c]!;
      const r = cNum[b.c]! * BigInt(a.w) * cDen[a.c]!;
      return l < r ? -1 : l > r ? 1 : 0;
    });
    let rn = scaledCost[j]!;
    let rd = 1n;
    let W = BigInt(totalWeight[j]!);
    for (const g of groups) {
      const bn = cNum[g.c]!;
      const bd = cDen[g.c]!;
      const w = BigInt(g.w);
      // Can this group pay the equal split R/W per unit of weight?  R·w/W ≤ b
      if (rn * w * bd <= bn * rd * W) {
        const gg = gcd(rn, rd * W);
        return [rn / gg, (rd * W) / gg];
      }
      const cntB = BigInt(g.count);
      rn = rn * bd - cntB * bn * rd;
      rd = rd * bd;
      const g2 = gcd(rn, rd);
      if (g2 > 1n) {
        rn /= g2;
        rd /= g2;
      }
      W -= cntB * w;
    }
    return null;
  };

  let overBudget = false;
  let roundNo = 0;
  while (remaining.length > 0) {
    remaining.sort((a, b) => lastF[a]! - lastF[b]! || p.tieRank[a]! - p.tieRank[b]!);
    let best: number[] = [];
    let bestN = 0n;
    let bestD = 1n;
    let bestF = Infinity;
    let bestPi: [bigint, bigint] = [0n, 1n];
    const pis = new Map<number, [bigint, bigint]>();
    const drop: number[] = [];
    for (const j of remaining) {
      if (lastF[j]! > bestF * (1 + 1e-12)) break;
      const pi = evaluate(j);
      if (pi === null) {
        drop.push(j);
        unaffordableAfterRound.set(j, roundNo);
        continue;
      }
      // ρ = π / factor
      let rN = pi[0];
      let rD = pi[1] * factor[j]!;
      const g = gcd(rN, rD);
      if (g > 1n) {
        rN /= g;
        rD /= g;
      }
      lastN[j] = rN;
      lastD[j] = rD;
      lastF[j] = Number(rN) / Number(rD);
      pis.set(j, pi);
      if (best.length === 0) {
        best = [j];
        bestN = rN;
        bestD = rD;
        bestF = lastF[j]!;
        continue;
      }
      const l = rN * bestD;
      const r = bestN * rD;
      if (l < r) {
        best = [j];
        bestN = rN;
        bestD = rD;
        bestF = lastF[j]!;
      } else if (l === r) best.push(j);
    }
    if (drop.length > 0) {
      const dropSet = new Set(drop);
      for (let k = remaining.length - 1; k >= 0; k--) if (dropSet.has(remaining[k]!)) remaining.splice(k, 1);
    }
    if (best.length === 0) break;
    roundNo++;
    best.sort((a, b) => p.tieRank[a]! - p.tieRank[b]!);
    const win = best[0]!;
    if (best.length > 1) {
      tieBreaks.push({
        at: `MES round ${roundNo}`,
        tied: best.map((k) => p.election.projects[k]!.id),
        chosen: p.election.projects[win]!.id,
        decidedBy: tieCriterion(p, win, best[1]!),
      });
    }
    bestPi = pis.get(win)!;
    selected.push(win);
    remaining.splice(remaining.indexOf(win), 1);
    spent += p.cost[win]!;
    // Pay: supporters in class c with weight w move to the class b - min(b, π·w).
    let paidAll = 0;
    const [pn, pd] = bestPi;
    for (const { w, voters } of byWeight[win]!) {
      const moved = new Map<number, number>();
      const wB = BigInt(w);
      for (let k = 0; k < voters.length; k++) {
        const i = voters[k]!;
        const c = cls[i]!;
        let to = moved.get(c);
        if (to === undefined) {
          const bn = cNum[c]!;
          const bd = cDen[c]!;
          // b - π·w = (bn·pd - pn·w·bd) / (bd·pd)
          const num = bn * pd - pn * wB * bd;
          to = num <= 0n ? classOf(0n, 1n) : classOf(num, bd * pd);
          moved.set(c, to);
        }
        if (cNum[to] === 0n && cNum[c]! * pd < pn * wB * cDen[c]!) paidAll++;
        cls[i] = to;
      }
    }
    const scaleDen = D * p.election.moneyScale;
    rounds.push({
      round: roundNo,
      project: win,
      rho: Rational.of(bestN, bestD),
      fullPayment: Rational.of(pn * (p.pointsUtility ? 1n : 1n), pd * scaleDen),
      paidAllTheyHad: paidAll,
      supporters: p.supporterCount[win]!,
    });
    if (opts.abortAbove !== undefined && spent > opts.abortAbove) {
      overBudget = true;
      break;
    }
  }
  const moneyScale = p.election.moneyScale;
  const details: MesDetails = {
    kind: 'mes',
    voterBudget: Rational.of(E, D * moneyScale),
    rounds,
    finalBudget: (i: number) => Rational.of(cNum[cls[i]!]!, cDen[cls[i]!]! * D * moneyScale),
    unaffordableAfterRound,
    free,
  };
  let cost = 0n;
  for (const j of selected) cost += p.cost[j]!;
  return { rule: opts.rule ?? 'mes', selected, cost, tieBreaks, details, overBudget };
}

/** Plain MES: each voter holds B/n. */
export function mesPlain(p: Profile, budget: bigint = p.election.budget, exclude?: ReadonlySet<number>): MesRun {
  const n = Math.max(p.numVoters, 1);
  return mes(p, { voterBudget: Rational.of(budget, BigInt(n)), ...(exclude ? { exclude } : {}) });
}

/**
 * MES completed by add1 in "integral" mode (the Pabulib checker / equalshares.net): each voter
 * starts with floor(B/n) currency units; the per-voter budget grows by 1 unit per step and the
 * last outcome whose cost stays within B is kept. When every project together fits in B, plain
 * MES is used (as equalshares.net does: nothing to complete).
 */
export function mesAdd1(p: Profile, budget: bigint = p.election.budget, exclude?: ReadonlySet<number>): MesRun {
  const n = BigInt(Math.max(p.numVoters, 1));
  const scale = p.election.moneyScale;
  let total = 0n;
  for (let j = 0; j < p.numProjects; j++) if (!exclude?.has(j)) total += p.cost[j]!;
  if (total <= budget) {
    const r = mesPlain(p, budget, exclude);
    r.rule = 'mes-add1';
    r.details.add1Steps = 0;
    return r;
  }
  const supportable = new Set<number>();
  for (let j = 0; j < p.numProjects; j++) if (p.supporterCount[j]! > 0 && !exclude?.has(j)) supportable.add(j);
  let perVoter = (budget / scale / n) * scale; // floor(B/n) whole currency units, in minor units
  const run = (b: bigint) => mes(p, { voterBudget: Rational.of(b), abortAbove: budget, ...(exclude ? { exclude } : {}) });
  let current = run(perVoter);
  let steps = 0;
  // Bounded: once one voter's share exceeds the whole budget every supported project is funded.
  while (current.selected.length < supportable.size && perVoter <= budget) {
    const next = run(perVoter + scale);
    if (next.overBudget || next.cost > budget) break;
    current = next;
    perVoter += scale;
    steps++;
  }
  current.rule = 'mes-add1';
  current.details.add1Steps = steps;
  return current;
}
