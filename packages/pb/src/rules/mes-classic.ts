/**
 * TEST ORACLE — not used by `tally`. The previous exact MES implementation (budget classes in a
 * global order, per-candidate histograms rebuilt from the supporters every evaluation), kept
 * verbatim so that the tests can check the optimised `mes()` in ./mes.ts against an independent
 * exact implementation on real corpus files and random elections (same winners, same rounds,
 * same ρ and payments, same tie records, same final budgets).
 */
import { Rational } from '../rational.ts';
import { tieCriterion, type Profile, type TieBreak } from '../profile.ts';
import type { MesDetails, MesRound } from './types.ts';
import type { MesOptions, MesRun } from './mes.ts';

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(16).length * 4;
}

/** n/d as a float, accurate even when both exceed the float range. */
function ratioToFloat(n: bigint, d: bigint): number {
  const nf = Number(n);
  const df = Number(d);
  if (nf !== Infinity && nf !== -Infinity && df !== Infinity) return nf / df;
  const shift = Math.max(0, Math.max(bitLength(n), bitLength(d)) - 1000);
  if (shift === 0) return Number(n) / Number(d);
  const s = BigInt(shift);
  return Number(n >> s) / Number(d >> s);
}

/** A funded round; the exact fractions are reduced only when read (add1 runs never read them). */
class Round implements MesRound {
  #rho: Rational | null = null;
  #pay: Rational | null = null;
  constructor(
    readonly round: number,
    readonly project: number,
    private readonly rhoN: bigint,
    private readonly rhoD: bigint,
    private readonly payN: bigint,
    private readonly payD: bigint,
    readonly paidAllTheyHad: number,
    readonly supporters: number,
  ) {}
  get rho(): Rational {
    return (this.#rho ??= Rational.of(this.rhoN, this.rhoD));
  }
  get fullPayment(): Rational {
    return (this.#pay ??= Rational.of(this.payN, this.payD));
  }
}

interface BallotGroups {
  /** voter → ballot group */
  groupOf: Int32Array;
  /** group → number of voters */
  mult: Int32Array;
  /** per project: its supporting groups, split by the points they give (approval: one part, weight 1) */
  byWeight: { w: number; voters: Int32Array }[][];
  /** per project: total weight over all supporting voters */
  totalWeight: number[];
}

const groupCache = new WeakMap<Profile, BallotGroups>();

/** Groups voters with identical ballots (same projects, same points); cached per profile. */
function ballotGroups(p: Profile): BallotGroups {
  const hit = groupCache.get(p);
  if (hit) return hit;
  const n = p.numVoters;
  const keys = new Array<string>(n).fill('');
  for (let j = 0; j < p.numProjects; j++) {
    const sup = p.supporters[j]!;
    const wts = p.weights[j];
    for (let k = 0; k < sup.length; k++) keys[sup[k]!] += wts ? `${j}:${wts[k]},` : `${j},`;
  }
  const groupOf = new Int32Array(n);
  const index = new Map<string, number>();
  const multArr: number[] = [];
  for (let i = 0; i < n; i++) {
    let g = index.get(keys[i]!);
    if (g === undefined) {
      g = multArr.length;
      index.set(keys[i]!, g);
      multArr.push(0);
    }
    multArr[g]!++;
    groupOf[i] = g;
  }
  const mult = Int32Array.from(multArr);
  const seen = new Int32Array(mult.length).fill(-1);
  const byWeight: BallotGroups['byWeight'] = [];
  const totalWeight: number[] = [];
  for (let j = 0; j < p.numProjects; j++) {
    const sup = p.supporters[j]!;
    const wts = p.weights[j];
    const parts = new Map<number, number[]>();
    let tw = 0;
    for (let k = 0; k < sup.length; k++) {
      const w = wts ? wts[k]! : 1;
      tw += w;
      const g = groupOf[sup[k]!]!;
      if (seen[g] === j) continue;
      seen[g] = j;
      let list = parts.get(w);
      if (!list) parts.set(w, (list = []));
      list.push(g);
    }
    byWeight.push([...parts].map(([w, v]) => ({ w, voters: Int32Array.from(v) })));
    totalWeight.push(tw);
  }
  const out = { groupOf, mult, byWeight, totalWeight };
  groupCache.set(p, out);
  return out;
}

export function mesClassic(p: Profile, opts: MesOptions): MesRun {
  const n = p.numVoters;
  const m = p.numProjects;
  const D = opts.voterBudget.den;
  const E = opts.voterBudget.num;
  const scaledCost = p.cost.map((c) => c * D);
  // Budget classes. Class values share one denominator L: value(c) = cB[c] / L, so exact
  // walks compare and subtract integers only (no gcd). L grows by the payment's denominator
  // each round; a class is brought to the current L lazily, when its exact value is needed
  // (most decisions are settled by floats, so most classes are never rescaled).
  let L = 1n;
  const cB: bigint[] = [0n, E]; // class 0 is "nothing left"
  // cR[c]: the round whose L (Lhist[round]) cB[c] is expressed in.
  const cR: number[] = [0, 0];
  const Lhist: bigint[] = [1n];
  let facCache: (bigint | undefined)[] = [];
  const exactB = (c: number): bigint => {
    const r = cR[c]!;
    const now = Lhist.length - 1;
    if (r !== now) {
      let f = facCache[r];
      if (f === undefined) f = facCache[r] = L / Lhist[r]!;
      cB[c] = cB[c]! * f;
      cR[c] = now;
    }
    return cB[c]!;
  };
  const cF: number[] = [0, Number(E)];
  const size: number[] = [0, n];
  // Voters with identical ballots always share a budget, so MES works on ballot groups.
  const { groupOf, mult, byWeight, totalWeight } = ballotGroups(p);
  const cls = new Int32Array(mult.length).fill(1); // per ballot group
  let cnt = new Int32Array(Math.max(16, 2));
  const newClass = (b: bigint, f: number): number => {
    const c = cB.length;
    cB.push(b);
    cR.push(Lhist.length - 1);
    cF.push(f);
    size.push(0);
    if (c >= cnt.length) {
      const bigger = new Int32Array(cnt.length * 2);
      bigger.set(cnt);
      cnt = bigger;
    }
    return c;
  };
  // Live classes in increasing value; rebuilt once per round.
  let order: number[] = [];
  const rank: number[] = [];
  const cmpClass = (a: number, b: number) => {
    const d = cF[a]! - cF[b]!;
    if (d !== 0 && Math.abs(d) > 1e-9 * Math.max(Math.abs(cF[a]!), Math.abs(cF[b]!))) return d;
    const x = exactB(a);
    const y = exactB(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const rebuildOrder = () => {
    order = [];
    for (let c = 0; c < cB.length; c++) if (size[c]! > 0) order.push(c);
    order.sort(cmpClass);
    for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  };
  /** After a payment: drop emptied classes and merge in the new ones (already a sorted order). */
  const updateOrder = (fresh: number[]) => {
    fresh.sort(cmpClass);
    const next: number[] = [];
    let a = 0;
    let b = 0;
    while (a < order.length || b < fresh.length) {
      if (a < order.length && size[order[a]!]! === 0) {
        a++;
        continue;
      }
      if (b < fresh.length && size[fresh[b]!]! === 0) {
        b++;
        continue;
      }
      if (b >= fresh.length || (a < order.length && cmpClass(order[a]!, fresh[b]!) <= 0)) next.push(order[a++]!);
      else next.push(fresh[b++]!);
    }
    order = next;
    for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  };

  // ρ = π / f: with cost utilities every supporter's utility is cost(p), so ρ = payment / cost.
  const factor = p.cost.map((c) => (p.pointsUtility ? 1n : c));

  const selected: number[] = [];
  const free: number[] = [];
  const tieBreaks: TieBreak[] = [];
  const rounds: MesRound[] = [];
  const unaffordableAfterRound = new Map<number, number>();
  let spent = 0n;
  const remaining: number[] = [];
  // Last known ρ (a lower bound of the current one), as a float for ordering.
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
    lastF[j] = ratioToFloat(scaledCost[j]!, factor[j]! * BigInt(totalWeight[j]!));
    remaining.push(j);
  }

  // Affordability of project j under the current budgets: the equal payment per unit of
  // weight π = R / (W·L). A float walk with a rigorous error bound decides the clear cases;
  // the exact BigInt walk runs when a decision is too close to call and for the round's
  // best candidates (whose payments are then applied exactly).
  const touched: number[] = [];
  let gC = new Int32Array(64);
  let gW = new Int32Array(64);
  let gK = new Int32Array(64);
  let gN = 0;
  const pushGroup = (c: number, w: number, k: number) => {
    if (gN === gC.length) {
      const grow = (x: Int32Array) => {
        const y = new Int32Array(x.length * 2);
        y.set(x);
        return y;
      };
      gC = grow(gC);
      gW = grow(gW);
      gK = grow(gK);
    }
    gC[gN] = c;
    gW[gN] = w;
    gK[gN] = k;
    gN++;
  };
  const buildGroups = (j: number) => {
    gN = 0;
    const parts = byWeight[j]!;
    for (const { w, voters } of parts) {
      touched.length = 0;
      for (let k = 0; k < voters.length; k++) {
        const g = voters[k]!;
        const c = cls[g]!;
        if (cnt[c] === 0) touched.push(c);
        cnt[c] += mult[g]!;
      }
      if (touched.length * 8 > order.length) {
        for (const c of order) {
          const k = cnt[c]!;
          if (k > 0) {
            pushGroup(c, w, k);
            cnt[c] = 0;
          }
        }
      } else {
        // Sort by rank natively (a typed array of ranks), then map ranks back to classes.
        const rk = new Int32Array(touched.length);
        for (let k = 0; k < touched.length; k++) rk[k] = rank[touched[k]!]!;
        rk.sort();
        for (let k = 0; k < rk.length; k++) {
          const c = order[rk[k]!]!;
          pushGroup(c, w, cnt[c]!);
          cnt[c] = 0;
        }
      }
    }
    if (parts.length > 1) {
      // Order by budget per point (b / w); exact comparison when the floats are too close.
      const idx = Array.from({ length: gN }, (_, k) => k);
      idx.sort((x, y) => {
        const ka = cF[gC[x]!]! / gW[x]!;
        const kb = cF[gC[y]!]! / gW[y]!;
        const d = ka - kb;
        if (d !== 0 && Math.abs(d) > 1e-9 * Math.max(ka, kb)) return d;
        const l = exactB(gC[x]!) * BigInt(gW[y]!);
        const r = exactB(gC[y]!) * BigInt(gW[x]!);
        return l < r ? -1 : l > r ? 1 : 0;
      });
      const c2 = idx.map((k) => gC[k]!);
      const w2 = idx.map((k) => gW[k]!);
      const k2 = idx.map((k) => gK[k]!);
      gC.set(c2);
      gW.set(w2);
      gK.set(k2);
    }
  };
  const walkExact = (j: number): [bigint, bigint] | null => {
    let R = scaledCost[j]! * L;
    let W = BigInt(totalWeight[j]!);
    for (let g = 0; g < gN; g++) {
      const c = gC[g]!;
      const wb = BigInt(gW[g]!);
      const k = BigInt(gK[g]!);
      if (c === 0) {
        W -= k * wb;
        continue;
      }
      const b = exactB(c);
      // Can this group pay the equal split R/W per unit of weight?  R·w/W ≤ b
      if (R * wb <= b * W) return [R, W];
      R -= k * b;
      W -= k * wb;
    }
    return null;
  };
  const EPS = 2 ** -50; // 4 ulps of slack on every rounding
  const costF = scaledCost.map((c) => Number(c));
  const factorF = factor.map((f) => Number(f));
  /** ρ as a float (relative error < 1e-7), or null when certainly unaffordable, or NaN when unsure. */
  const walkFloat = (j: number): number | null => {
    let Rf = costF[j]!;
    let Wf = totalWeight[j]!;
    let mag = Rf; // sum of magnitudes entering Rf, for the error bound
    for (let g = 0; g < gN; g++) {
      const c = gC[g]!;
      const w = gW[g]!;
      const k = gK[g]!;
      if (c === 0) {
        Wf -= k * w;
        continue;
      }
      const b = cF[c]!;
      const lhs = Rf * w;
      const rhs = b * Wf;
      const errR = mag * (g + 2) * EPS;
      const err = errR * w + (Math.abs(lhs) + Math.abs(rhs)) * EPS;
      if (rhs - lhs > err) {
        if (errR > 1e-7 * Rf) return NaN;
        return Rf / Wf / factorF[j]!;
      }
      if (lhs - rhs <= err) return NaN;
      Rf -= k * b;
      mag += k * b;
      Wf -= k * w;
    }
    return Rf > mag * (gN + 2) * EPS ? null : NaN;
  };
  const exactRho = (j: number, pi: [bigint, bigint]): [bigint, bigint] => [pi[0], pi[1] * L * factor[j]!];

  let overBudget = false;
  let roundNo = 0;
  let stamp = 0;
  let movedTo = new Int32Array(64);
  let movedStamp = new Int32Array(64);
  rebuildOrder();
  while (remaining.length > 0) {
    remaining.sort((a, b) => lastF[a]! - lastF[b]! || p.tieRank[a]! - p.tieRank[b]!);
    let bestF = Infinity;
    const pis = new Map<number, [bigint, bigint]>();
    const evaluated: number[] = [];
    const drop: number[] = [];
    for (const j of remaining) {
      if (lastF[j]! > bestF * (1 + 1e-6)) break;
      buildGroups(j);
      let f = walkFloat(j);
      if (f !== null && Number.isNaN(f)) {
        const pi = walkExact(j);
        if (pi === null) f = null;
        else {
          pis.set(j, pi);
          const [rn, rd] = exactRho(j, pi);
          f = ratioToFloat(rn, rd);
        }
      }
      if (f === null) {
        drop.push(j);
        unaffordableAfterRound.set(j, roundNo);
        continue;
      }
      lastF[j] = f;
      evaluated.push(j);
      if (f < bestF) bestF = f;
    }
    if (drop.length > 0) {
      const dropSet = new Set(drop);
      for (let k = remaining.length - 1; k >= 0; k--) if (dropSet.has(remaining[k]!)) remaining.splice(k, 1);
    }
    // Exact comparison among the candidates the floats cannot separate.
    let best: number[] = [];
    let bestR = 0n;
    let bestDen = 1n;
    for (const j of evaluated) {
      if (lastF[j]! > bestF * (1 + 1e-6)) continue;
      let pi = pis.get(j);
      if (pi === undefined) {
        buildGroups(j);
        pi = walkExact(j)!;
        pis.set(j, pi);
      }
      const [R, den] = exactRho(j, pi);
      lastF[j] = ratioToFloat(R, den);
      if (best.length === 0) {
        best = [j];
        bestR = R;
        bestDen = den;
        continue;
      }
      const l = R * bestDen;
      const r = bestR * den;
      if (l < r) {
        best = [j];
        bestR = R;
        bestDen = den;
      } else if (l === r) best.push(j);
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
    const [R0, W0] = pis.get(win)!;
    selected.push(win);
    remaining.splice(remaining.indexOf(win), 1);
    spent += p.cost[win]!;
    // π = R/(W·L). Move to denominator L' = L·W/g and rescale every class.
    const g = gcd(R0, W0);
    const Rr = R0 / g;
    const Wr = W0 / g;
    L *= Wr;
    Lhist.push(L);
    facCache = [];
    // Pay: a supporter in class c with weight w moves to b - min(b, π·w).
    let paidAll = 0;
    const fresh: number[] = [];
    for (const { w, voters } of byWeight[win]!) {
      stamp++;
      if (movedTo.length < cB.length) {
        const grow = (x: Int32Array) => {
          const y = new Int32Array(cB.length * 2);
          y.set(x);
          return y;
        };
        movedTo = grow(movedTo);
        movedStamp = grow(movedStamp);
      }
      const pay = Rr * BigInt(w); // π·w in units of 1/L'
      for (let k = 0; k < voters.length; k++) {
        const i = voters[k]!;
        const c = cls[i]!;
        let to = movedStamp[c] === stamp ? movedTo[c]! : -1;
        if (to < 0) {
          const rest = exactB(c) - pay;
          if (rest <= 0n) to = 0;
          else {
            to = newClass(rest, ratioToFloat(rest, L));
            fresh.push(to);
          }
          movedTo[c] = to;
          movedStamp[c] = stamp;
        }
        const k2 = mult[i]!;
        if (to === 0 && c !== 0 && cB[c]! < pay) paidAll += k2;
        size[c]! -= k2;
        size[to]! += k2;
        cls[i] = to;
      }
    }
    if (size[0]! > 0 && !order.includes(0)) fresh.push(0);
    updateOrder(fresh);
    const scaleDen = D * p.election.moneyScale;
    rounds.push(new Round(roundNo, win, bestR, bestDen, R0, W0 * (L / Wr) * scaleDen, paidAll, p.supporterCount[win]!));
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
    finalBudget: (i: number) => {
      const c = cls[groupOf[i]!]!;
      return Rational.of(cB[c]!, Lhist[cR[c]!]! * D * moneyScale);
    },
    unaffordableAfterRound,
    free,
  };
  let cost = 0n;
  for (const j of selected) cost += p.cost[j]!;
  return { rule: opts.rule ?? 'mes', selected, cost, tieBreaks, details, overBudget };
}
