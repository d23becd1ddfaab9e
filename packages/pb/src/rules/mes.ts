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
 * All decisions are exact (BigInt). How it is fast (see also the package README):
 * - voters with identical ballots form one ballot group; ballot groups with the same payment
 *   history form a budget class (after each round only the payers move, to new classes);
 * - classes are identified by history, which depends on the winners so far and not on the
 *   share: they are numbered along a trie of winner sequences (MesContext), and each part's
 *   histogram over the classes is cached per trie node, so the runs of an add1 loop mostly
 *   reuse the supporter counting of earlier runs;
 * - a class's exact budget is never stored: it is the share minus the payments of its history
 *   (at most one per project on the ballot), and sums over many classes are linear combinations
 *   of the rounds' payments with small integer coefficients, so exact arithmetic costs a few
 *   BigInt operations per round instead of one per class;
 * - every class carries a float copy of its budget with a rigorous error bound. A project's
 *   affordability is found in floating point, then certified: ρ is bracketed in an interval of
 *   relative width 1e-10 by evaluating Σ min(b_i, t·u_i) at both ends with error bounds. The
 *   round's best candidates are then computed exactly, using the bracket: classes certainly
 *   below it pay all they have, classes certainly above pay the equal share, and only the few
 *   in between are sorted and walked in exact arithmetic;
 * - ρ can only grow between rounds (budgets only shrink), so projects are re-evaluated lazily in
 *   increasing order of their last ρ, stopping as soon as the last ρ exceeds the best found;
 * - add1 skips runs by certified jumps (see `MesRun.certified` and `mesAdd1`).
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
  /**
   * Record the run's complete decision trace (see `MesRun.certified`): every remaining project
   * is evaluated in every round. The run stops early, with `certified: null`, as soon as a
   * decision cannot be certified in floating point; its outcome must then not be used.
   */
  certify?: boolean;
  /**
   * With `certify`: the trace of a run at a smaller share. `certified` is then null unless
   * every share between the two certainly takes the decisions of this run (see `mesAdd1`).
   */
  certifyAgainst?: Int32Array;
}

export interface MesRun extends Outcome {
  details: MesDetails;
  /** True when the run was cut short by `abortAbove`. */
  overBudget: boolean;
  /**
   * With `certify`: the decision trace — per round the winner and the projects tied with it,
   * for every remaining project the classes that pay all they have (or that it is
   * unaffordable), and what each class pays for the winner — every comparison certified
   * strict or exact. Along a fixed sequence of winners and payments every budget, payment and
   * ρ is an affine function of the share, and each decision is the sign of one, so a decision
   * certified at two shares holds at every share between them. null when some decision was
   * too close to certify (or, with `certifyAgainst`, when the two shares may differ between
   * them).
   */
  certified?: Int32Array | null;
}

/**
 * Internal switches for the tests: `forceExact` skips every floating-point shortcut;
 * `add1Jumps: false` makes the add1 loop run MES at every step.
 */
export const mesTuning = { forceExact: false, add1Jumps: true };

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
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(16).length * 4;
}

/**
 * n/d as a float with relative error below 2^-51 (two correctly rounded conversions and one
 * division, or a truncation to 64 significant bits first when the operands exceed the float range).
 */
function ratioToFloat(n: bigint, d: bigint): number {
  const nf = Number(n);
  const df = Number(d);
  if (Number.isFinite(nf) && Number.isFinite(df)) return nf / df;
  const s = Math.min(bitLength(n), bitLength(d)) - 64;
  if (s <= 0) return nf / df;
  const b = BigInt(s);
  return Number(n >> b) / Number(d >> b);
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

/**
 * The ballots, reorganised once per profile: voters with identical ballots form a group; a
 * "part" is a (project, points) pair — a project's supporters split by the points they gave
 * (approval: one part per project, weight 1).
 */
interface Structure {
  numGroups: number;
  /** voter → ballot group */
  groupOf: Int32Array;
  /** group → number of voters */
  mult: Int32Array;
  /** number of parts */
  H: number;
  partProject: Int32Array;
  partWeight: Int32Array;
  /** groups in each part */
  partGroups: Int32Array[];
  /** voters in each of those groups */
  partMults: Int32Array[];
  /** voters in each part */
  partCount: Int32Array;
  /** parts of each project */
  projParts: Int32Array[];
  /** per project: total weight over all supporting voters */
  totalWeight: Float64Array;
}

const structureCache = new WeakMap<Profile, Structure>();

function structureOf(p: Profile): Structure {
  const hit = structureCache.get(p);
  if (hit) return hit;
  const n = p.numVoters;
  const m = p.numProjects;
  // Parts: (project, points) pairs, by project, then points.
  const weightsOf: number[][] = [];
  for (let j = 0; j < m; j++) {
    const wts = p.weights[j];
    if (p.supporters[j]!.length === 0) weightsOf.push([]);
    else if (!wts) weightsOf.push([1]);
    else weightsOf.push([...new Set(wts)].sort((x, y) => x - y));
  }
  const partProject: number[] = [];
  const partWeight: number[] = [];
  const firstPart = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    firstPart[j] = partProject.length;
    for (const w of weightsOf[j]!) {
      partProject.push(j);
      partWeight.push(w);
    }
  }
  const H = partProject.length;
  // Every ballot as its list of parts, most popular project first.
  const byPopularity = Array.from({ length: m }, (_, j) => j).sort((a, b) => p.supporterCount[b]! - p.supporterCount[a]! || a - b);
  const vStart = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) {
    const sup = p.supporters[j]!;
    for (let k = 0; k < sup.length; k++) vStart[sup[k]! + 1]!++;
  }
  for (let i = 0; i < n; i++) vStart[i + 1]! += vStart[i]!;
  const vPart = new Int32Array(vStart[n]!);
  const pos = vStart.slice(0, n);
  for (let r = 0; r < m; r++) {
    const j = byPopularity[r]!;
    const sup = p.supporters[j]!;
    const wts = p.weights[j];
    const ws = weightsOf[j]!;
    const f = firstPart[j]!;
    for (let k = 0; k < sup.length; k++) {
      let h = f;
      if (wts && ws.length > 1) while (ws[h - f] !== wts[k]) h++;
      vPart[pos[sup[k]!]!++] = h;
    }
  }
  // Voters in order of their first three parts (a radix sort), so that groups numbered in that
  // order put voters with the same popular projects — who end up in the same budget classes —
  // next to each other in memory.
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let tmp = new Int32Array(n);
  const bucket = new Int32Array(H + 2);
  const key = new Int32Array(n);
  for (let d = 2; d >= 0; d--) {
    bucket.fill(0);
    for (let i = 0; i < n; i++) {
      const at = vStart[i]! + d;
      const kk = at < vStart[i + 1]! ? vPart[at]! : H;
      key[i] = kk;
      bucket[kk + 1]!++;
    }
    for (let b = 0; b <= H; b++) bucket[b + 1]! += bucket[b]!;
    for (let q = 0; q < n; q++) {
      const i = order[q]!;
      tmp[bucket[key[i]!]!++] = i;
    }
    const t = order;
    order = tmp;
    tmp = t;
  }
  // Identical ballots form one group (open-addressing hash table, then comparison).
  const sameBallot = (a: number, b: number) => {
    const sa = vStart[a]!;
    const sb = vStart[b]!;
    const la = vStart[a + 1]! - sa;
    if (la !== vStart[b + 1]! - sb) return false;
    for (let k = 0; k < la; k++) if (vPart[sa + k] !== vPart[sb + k]) return false;
    return true;
  };
  let tableSize = 16;
  while (tableSize < 2 * n) tableSize *= 2;
  const mask = tableSize - 1;
  const table = new Int32Array(tableSize).fill(-1);
  const groupOf = new Int32Array(n);
  const rep = new Int32Array(n);
  const gHash = new Int32Array(n);
  const multAll = new Int32Array(n);
  let numGroups = 0;
  for (let q = 0; q < n; q++) {
    const i = order[q]!;
    let h = 0x811c9dc5;
    for (let k = vStart[i]!; k < vStart[i + 1]!; k++) h = Math.imul(h ^ vPart[k]!, 0x01000193);
    h ^= h >>> 15;
    let at = h & mask;
    let g = table[at]!;
    while (g >= 0 && !(gHash[g] === h && sameBallot(rep[g]!, i))) {
      at = (at + 1) & mask;
      g = table[at]!;
    }
    if (g < 0) {
      g = numGroups++;
      table[at] = g;
      rep[g] = i;
      gHash[g] = h;
    }
    multAll[g]!++;
    groupOf[i] = g;
  }
  const mult = multAll.slice(0, numGroups);
  // Groups of every part in increasing group order (two passes over the groups' ballots).
  const partLen = new Int32Array(H);
  for (let g = 0; g < numGroups; g++) {
    const i = rep[g]!;
    for (let k = vStart[i]!; k < vStart[i + 1]!; k++) partLen[vPart[k]!]!++;
  }
  const partGroups = Array.from(partLen, (l) => new Int32Array(l));
  const partMults = Array.from(partLen, (l) => new Int32Array(l));
  const fillAt = new Int32Array(H);
  const partCount = new Int32Array(H);
  const totalWeight = new Float64Array(m);
  for (let g = 0; g < numGroups; g++) {
    const i = rep[g]!;
    const k0 = mult[g]!;
    for (let k = vStart[i]!; k < vStart[i + 1]!; k++) {
      const h = vPart[k]!;
      const at = fillAt[h]!++;
      partGroups[h]![at] = g;
      partMults[h]![at] = k0;
      partCount[h]! += k0;
      totalWeight[partProject[h]!]! += k0 * partWeight[h]!;
    }
  }
  const projParts = Array.from({ length: m }, (_, j) => Int32Array.from(weightsOf[j]!, (_, k) => firstPart[j]! + k));
  const out: Structure = {
    numGroups,
    groupOf,
    mult,
    H,
    partProject: Int32Array.from(partProject),
    partWeight: Int32Array.from(partWeight),
    partGroups,
    partMults,
    partCount,
    projParts,
    totalWeight,
  };
  structureCache.set(p, out);
  return out;
}

/** Relative slack on every float error bound (each rounding is at most 2^-53 relative). */
const EPS = 2 ** -50;
const SAFE = 1 + 2 ** -30;
const TIGHT = 2 ** -40;
/** Cached histogram entries (two ints each) kept by one context at most. */
const MAX_CACHED_ENTRIES = 8_000_000;
/** Classes one context may create before `mesAdd1` starts a new one. */
const MAX_CONTEXT_CLASSES = 4_000_000;

/**
 * What successive MES runs on one profile share (the add1 loop runs MES ~100–1000 times with
 * growing shares). Budget classes are identified by history, not by value: a class is "the
 * voters of class c who supported part h of the round-r winner", so the partition of the voters
 * after some rounds depends only on the winners so far, never on the share. Classes are
 * numbered canonically along a trie of winner sequences, and the supporters' histogram of a
 * part over the classes (which classes its supporters are in, how many) is cached per trie node:
 * a run whose winners so far are those of an earlier run reuses its histograms instead of
 * counting supporters again. Values (budgets, who could not pay) are per run.
 */
interface Costs {
  scaledCost: bigint[];
  costF: Float64Array;
  costErr: Float64Array;
  factor: bigint[];
  factorF: Float64Array;
  /** cost / (factor · total weight): ρ before any payment */
  rho0: Float64Array;
}

export class MesContext {
  // Trie of winner sequences. Node 0 is the start, where class 1 holds everybody. The payment
  // that leads to a child node creates its classes: created[i] = the class its voters come from,
  // createdWt[i] = the points of the part they paid for; they get the ids end[parent] + i, so
  // class ids are dense along every path and the same in every run that takes it.
  children = new Map<number, number>();
  end: number[] = [2];
  created: Int32Array[] = [new Int32Array(0)];
  createdWt: Int32Array[] = [new Int32Array(0)];
  /** Classes recorded in the trie (a measure of its size). */
  recorded = 0;
  /** (node, part) → classes holding the part's supporters at that node, with counts */
  hist = new Map<number, { c: Int32Array; k: Int32Array }>();
  cachedEntries = 0;
  // Per-run state indexed by class id (only the classes on the run's path are meaningful):
  // class table (parent, round, points paid for) and budgets.
  parent = new Int32Array(1024);
  rnd = new Int32Array(1024);
  wt = new Int32Array(1024);
  cF = new Float64Array(1024);
  cE = new Float64Array(1024);
  zero = new Uint8Array(1024);
  movedTo = new Int32Array(1024);
  cnt = new Int32Array(1024);
  /** Bumped by every run. */
  generation = 0;
  /** The MES computation bound to this context (see makeRunner). */
  runner: ((opts: MesOptions, shared: boolean) => MesRun) | null = null;
  /** Entries gathered so far, a deterministic measure of the work done (see mesAdd1). */
  work = 0;
  #cls: Int32Array | null = null;
  #costs = new Map<bigint, Costs>();
  constructor(readonly profile: Profile) {}
  clsFor(numGroups: number): Int32Array {
    if (!this.#cls || this.#cls.length !== numGroups) this.#cls = new Int32Array(numGroups);
    return this.#cls;
  }
  /** Costs scaled to a share's denominator D, and the first lower bounds of ρ. */
  costsFor(D: bigint, totalWeight: Float64Array): Costs {
    let c = this.#costs.get(D);
    if (c) return c;
    const p = this.profile;
    const scaledCost = p.cost.map((x) => x * D);
    const costF = new Float64Array(scaledCost.length);
    const costErr = new Float64Array(scaledCost.length);
    // Number(x) is correctly rounded: exact below 2^53, else within 2^-53 relative.
    scaledCost.forEach((x, j) => {
      costF[j] = Number(x);
      costErr[j] = costF[j]! > 2 ** 53 ? costF[j]! * 2 ** -52 : 0;
    });
    // ρ = π / f: with cost utilities every supporter's utility is cost(p), so ρ = payment / cost.
    const factor = p.cost.map((x) => (p.pointsUtility ? 1n : x));
    const factorF = new Float64Array(factor.length);
    factor.forEach((f, j) => (factorF[j] = Number(f)));
    const rho0 = new Float64Array(factor.length);
    factor.forEach((f, j) => (rho0[j] = totalWeight[j]! > 0 ? ratioToFloat(scaledCost[j]!, f * BigInt(totalWeight[j]!)) : 0));
    c = { scaledCost, costF, costErr, factor, factorF, rho0 };
    this.#costs.set(D, c);
    return c;
  }
  /** Grows every per-class array to hold at least `need` classes. */
  reserve(need: number): void {
    if (need <= this.parent.length) return;
    let cap = this.parent.length;
    while (cap < need) cap *= 2;
    const gi = (x: Int32Array) => {
      const y = new Int32Array(cap);
      y.set(x);
      return y;
    };
    const gf = (x: Float64Array) => {
      const y = new Float64Array(cap);
      y.set(x);
      return y;
    };
    this.parent = gi(this.parent);
    this.rnd = gi(this.rnd);
    this.wt = gi(this.wt);
    this.movedTo = gi(this.movedTo);
    this.cnt = gi(this.cnt);
    this.cF = gf(this.cF);
    this.cE = gf(this.cE);
    const z = new Uint8Array(cap);
    z.set(this.zero);
    this.zero = z;
  }
}

export function mes(p: Profile, opts: MesOptions, context?: MesContext): MesRun {
  const ctx = context && context.profile === p ? context : new MesContext(p);
  ctx.runner ??= makeRunner(p, ctx);
  return ctx.runner(opts, context === ctx);
}

/**
 * MES on one profile, bound to one context. The helpers are created once per context, not once
 * per run, so that the JIT compiles them once for all the runs of an add1 loop; the returned
 * function makes one run.
 */
function makeRunner(p: Profile, ctx: MesContext): (opts: MesOptions, shared: boolean) => MesRun {
  const m = p.numProjects;
  const S = structureOf(p);
  const { numGroups, H, partWeight, partGroups, partMults, projParts, totalWeight } = S;
  // ---- The run's settings (set by each run).
  let opts: MesOptions = { voterBudget: Rational.ONE };
  let D = 1n;
  let E = 1n;
  let forceExact = false;
  let scaledCost: bigint[] = [];
  let costF: Float64Array = new Float64Array(0);
  let costErr: Float64Array = new Float64Array(0);
  let factor: bigint[] = [];
  let factorF: Float64Array = new Float64Array(0);
  let rho0: Float64Array = new Float64Array(0);

  // ---- Exact money. Exact amounts are integers over one common denominator L, the product of
  // the (reduced) weights W of the rounds so far. Round r's payment per unit of weight is
  // π_r = P[r] / L; when L grows, every P[r] (and EL, the share) is rescaled.
  let L = 1n;
  let EL = 1n; // the initial share, in units of 1/L
  let P: bigint[] = [0n];

  // ---- Budget classes of a run: float budget cF with error bound cE (|cF − exact| ≤ cE), and
  // zero[c] = 1 once the class has nothing left (in the context). Exact budgets are never
  // stored: a class's budget is the share minus the payments along its chain of parents (at
  // most one per project on the ballot), computed only when a decision needs it.
  let node = 0;
  let cls: Int32Array = new Int32Array(0); // ballot group → class

  /** Exact budget of class c, in units of 1/L. */
  const exactVal = (c: number): bigint => {
    if (ctx.zero[c]) return 0n;
    const parent = ctx.parent;
    const rnd = ctx.rnd;
    const wt = ctx.wt;
    let v = EL;
    for (let x = c; x !== 1; x = parent[x]!) {
      const w = wt[x]!;
      v -= w === 1 ? P[rnd[x]!]! : P[rnd[x]!]! * BigInt(w);
    }
    return v;
  };
  // Σ count·budget over many (non-empty) classes: a combination of the rounds' payments with
  // integer coefficients (accumulated exactly in doubles: counts × points stay far below 2^53).
  const coef = new Float64Array(m + 2);
  const touchedRounds = new Int32Array(m + 2);
  let sumBase = 0;
  let sumTouched = 0;
  const sumAdd = (c: number, k: number) => {
    const parent = ctx.parent;
    const rnd = ctx.rnd;
    const wt = ctx.wt;
    sumBase += k;
    for (let x = c; x !== 1; x = parent[x]!) {
      const r = rnd[x]!;
      if (coef[r] === 0) touchedRounds[sumTouched++] = r;
      coef[r]! += k * wt[x]!;
    }
  };
  const sumEnd = (): bigint => {
    let s = EL * BigInt(sumBase);
    for (let t = 0; t < sumTouched; t++) {
      const r = touchedRounds[t]!;
      s -= P[r]! * BigInt(coef[r]!);
      coef[r] = 0;
    }
    sumBase = 0;
    sumTouched = 0;
    return s;
  };

  /** The classes holding part h's supporters at the current node, with counts (cached). */
  let touched = new Int32Array(256);
  const histOf = (h: number): { c: Int32Array; k: Int32Array } => {
    const key = node * H + h;
    const hit = ctx.hist.get(key);
    if (hit) return hit;
    const cnt = ctx.cnt;
    const groups = partGroups[h]!;
    const mults = partMults[h]!;
    let nt = 0;
    for (let k = 0; k < groups.length; k++) {
      const c = cls[groups[k]!]!;
      if (cnt[c] === 0) {
        if (nt === touched.length) {
          const bigger = new Int32Array(touched.length * 2);
          bigger.set(touched);
          touched = bigger;
        }
        touched[nt++] = c;
      }
      cnt[c]! += mults[k]!;
    }
    // In order of first appearance in the part's group list: the same in every run that reaches
    // this node (same partition), so the classes created from it are numbered the same way.
    const c = touched.slice(0, nt);
    const k = new Int32Array(nt);
    for (let t = 0; t < nt; t++) {
      k[t] = cnt[c[t]!]!;
      cnt[c[t]!] = 0;
    }
    const out = { c, k };
    if (ctx.cachedEntries < MAX_CACHED_ENTRIES) {
      ctx.hist.set(key, out);
      ctx.cachedEntries += nt;
    }
    return out;
  };

  // ---- Entries of the project under evaluation: (class, part, weight, count) with the class's
  // float budget and error bound, for its supporters' classes that still have money; the weight
  // of those with nothing left is zW.
  let eCap = 256;
  let eC = new Int32Array(eCap);
  let eH = new Int32Array(eCap);
  let eW = new Int32Array(eCap);
  let eK = new Int32Array(eCap);
  let eF = new Float64Array(eCap);
  let eEr = new Float64Array(eCap);
  let eFate = new Int8Array(eCap); // 0: pays the equal share; 1: pays all it has (less); 2: pays all it has, exactly the share
  let active = new Int32Array(eCap);
  let eN = 0;
  let zW = 0;
  let gathered = -1;
  const growEntries = (need: number) => {
    if (need <= eCap) return;
    while (need > eCap) eCap *= 2;
    const gi = (x: Int32Array) => {
      const y = new Int32Array(eCap);
      y.set(x);
      return y;
    };
    const gf = (x: Float64Array) => {
      const y = new Float64Array(eCap);
      y.set(x);
      return y;
    };
    eC = gi(eC);
    eH = gi(eH);
    eW = gi(eW);
    eK = gi(eK);
    active = gi(active);
    eF = gf(eF);
    eEr = gf(eEr);
    eFate = new Int8Array(eCap);
  };
  let gT = 0; // Σ count·float budget over the entries
  let gEk = 0; // Σ count·error bound
  const gather = (j: number) => {
    gathered = j;
    eN = 0;
    zW = 0;
    let T = 0;
    let Ek = 0;
    const parts = projParts[j]!;
    const zero = ctx.zero;
    const cF = ctx.cF;
    const cE = ctx.cE;
    for (let q = 0; q < parts.length; q++) {
      const h = parts[q]!;
      const w = partWeight[h]!;
      const hist = histOf(h);
      const hc = hist.c;
      const hk = hist.k;
      growEntries(eN + hc.length);
      for (let t = 0; t < hc.length; t++) {
        const c = hc[t]!;
        if (zero[c]) {
          zW += hk[t]! * w;
          continue;
        }
        const k = hk[t]!;
        const f = cF[c]!;
        const e = cE[c]!;
        T += k * f;
        Ek += k * e;
        eC[eN] = c;
        eH[eN] = h;
        eW[eN] = w;
        eK[eN] = k;
        eF[eN] = f;
        eEr[eN] = e;
        eN++;
      }
    }
    gT = T;
    gEk = Ek;
    ctx.work += eN + 8;
  };

  // Certified bracket of the last float evaluation: lo < π ≤ hi (valid while the stamp holds).
  const bLo = new Float64Array(m);
  const bHi = new Float64Array(m);
  const bStamp = new Int32Array(m).fill(-1);
  let stateStamp = 0;

  /**
   * ρ of project j in floating point, certified to relative error below 1e-7; null when its
   * supporters certainly cannot afford it; NaN when floats cannot tell (the caller goes exact).
   */
  const evalFloat = (j: number): number | null => {
    gather(j);
    if (forceExact) return NaN;
    const C = costF[j]!;
    const T = gT;
    const Ek = gEk;
    const tErr = (Ek + T * (eN + 4) * EPS + costErr[j]!) * SAFE;
    if (T + tErr < C) return null;
    if (T - tErr < C) return NaN;
    // Water-filling: cap every entry whose budget is below the current equal share, recompute.
    let R = C;
    let W = totalWeight[j]! - zW;
    let aN = eN;
    for (let i = 0; i < eN; i++) active[i] = i;
    for (let it = 0; ; it++) {
      if (!(W > 0) || !(R > 0) || it > 64) return NaN;
      const pi = R / W;
      let out = 0;
      for (let a = 0; a < aN; a++) {
        const i = active[a]!;
        if (eF[i]! < pi * eW[i]!) {
          R -= eK[i]! * eF[i]!;
          W -= eK[i]! * eW[i]!;
        } else active[out++] = i;
      }
      if (out === aN) break;
      aN = out;
    }
    const piF = R / W;
    // Certify lo < π ≤ hi: G(t) = Σ k·min(b, t·w) is increasing and G(π) = cost.
    for (let delta = 1e-10; delta < 1e-6; delta *= 1000) {
      const lo = piF * (1 - delta);
      const hi = piF * (1 + delta);
      let gLo = 0;
      let gHi = 0;
      for (let i = 0; i < eN; i++) {
        const f = eF[i]!;
        const w = eW[i]!;
        const k = eK[i]!;
        const vl = lo * w;
        const vh = hi * w;
        gLo += k * (f < vl ? f : vl);
        gHi += k * (f < vh ? f : vh);
      }
      const errLo = (Ek + gLo * (eN + 4) * EPS + costErr[j]!) * SAFE;
      const errHi = (Ek + gHi * (eN + 4) * EPS + costErr[j]!) * SAFE;
      if (gHi - errHi >= C && gLo + errLo < C) {
        bLo[j] = lo;
        bHi[j] = hi;
        bStamp[j] = stateStamp;
        return piF / factorF[j]!;
      }
    }
    return NaN;
  };

  /**
   * With the certified bracket of the last float evaluation of j (entries gathered): the entry
   * positions that certainly pay all they have (budget below lo), or null when some entry is
   * neither certainly below lo nor certainly above hi.
   */
  const cappedPositions = (j: number): number[] | null => {
    const lo = bLo[j]!;
    const hi = bHi[j]!;
    const out: number[] = [];
    for (let i = 0; i < eN; i++) {
      const f = eF[i]!;
      const e = eEr[i]!;
      const w = eW[i]!;
      if ((f + e) * (1 + TIGHT) < lo * w) out.push(i);
      else if (!((f - e) * (1 - TIGHT) > hi * w)) return null;
    }
    return out;
  };

  // Exact budgets of the entries being walked.
  const exV: bigint[] = [];
  const walkOrder: number[] = [];
  const cmpExact = (a: number, b: number): number => {
    const wa = eW[a]!;
    const wb = eW[b]!;
    const x = wa === wb ? exV[a]! : exV[a]! * BigInt(wb);
    const y = wa === wb ? exV[b]! : exV[b]! * BigInt(wa);
    return x < y ? -1 : x > y ? 1 : 0;
  };

  /**
   * Exact affordability of project j: [R, W] with the equal payment per unit of weight
   * π = R / (W·L), or null when its supporters cannot afford it. Leaves in eFate what each entry
   * pays (used for the winner's payments).
   */
  const evalExact = (j: number): [bigint, bigint] | null => {
    gather(j);
    const costL = scaledCost[j]! * L;
    let Wn = totalWeight[j]! - zW;
    let R: bigint;
    walkOrder.length = 0;
    if (!forceExact && bStamp[j] === stateStamp) {
      // With a certified bracket lo < π ≤ hi: entries certainly below lo pay all they have,
      // entries certainly above hi pay the equal share; only the others are walked exactly.
      const lo = bLo[j]!;
      const hi = bHi[j]!;
      for (let i = 0; i < eN; i++) {
        const f = eF[i]!;
        const e = eEr[i]!;
        const w = eW[i]!;
        if ((f + e) * (1 + TIGHT) < lo * w) {
          eFate[i] = 1;
          sumAdd(eC[i]!, eK[i]!);
          Wn -= eK[i]! * w;
        } else if ((f - e) * (1 - TIGHT) > hi * w) {
          eFate[i] = 0;
        } else {
          eFate[i] = 0;
          exV[i] = exactVal(eC[i]!);
          walkOrder.push(i);
        }
      }
      R = costL - sumEnd();
    } else {
      // No certified bracket: every entry exactly.
      for (let i = 0; i < eN; i++) {
        eFate[i] = 0;
        exV[i] = exactVal(eC[i]!);
        walkOrder.push(i);
        sumAdd(eC[i]!, eK[i]!);
      }
      if (sumEnd() < costL) return null;
      R = costL;
    }
    // The walk: in increasing order of budget per point, an entry that cannot pay the equal
    // share R/W per point pays all it has; the first that can fixes the share.
    walkOrder.sort(cmpExact);
    let W = BigInt(Wn);
    let stop = walkOrder.length;
    for (let q = 0; q < walkOrder.length; q++) {
      const i = walkOrder[q]!;
      const b = exV[i]!;
      const w = BigInt(eW[i]!);
      if (R * w <= b * W) {
        stop = q;
        break;
      }
      const k = BigInt(eK[i]!);
      R -= k * b;
      W -= k * w;
      eFate[i] = 1;
    }
    if (W === 0n) return null;
    // Entries whose budget per point equals the share exactly pay everything, not running short.
    for (let q = stop; q < walkOrder.length; q++) {
      const i = walkOrder[q]!;
      if (exV[i]! * W !== R * BigInt(eW[i]!)) break;
      eFate[i] = 2;
    }
    return [R, W];
  };

  const exactRho = (j: number, pi: [bigint, bigint]): [bigint, bigint] => [pi[0], pi[1] * L * factor[j]!];


  // ---- Certification (see MesOptions.certify).
  let certify = false;
  let trace: number[] = [];
  let certFailed = false;
  const capSets = new Map<number, number[]>();
  const comparedExactly = new Set<number>();
  // Verification against the trace of a run at a smaller share (see mesAdd1).
  let against: Int32Array | undefined;
  let ac = 0;
  /**
   * This round, at this share, against the same round at the other share: the same winner, the
   * same ties (with the same capped classes, so that the tie holds in between), the same
   * unaffordable projects; and every other project's ρ with the other share's capped classes —
   * a lower bound of its ρ whatever the share — certainly above the winner's ρ here. At the
   * other share its ρ with those classes was its ρ, certainly above the winner's; both sides
   * are affine in the share between the two, so no other project can win in between.
   */
  const checkRound = (win: number, best: number[], rem: number[], drop: number[]): boolean => {
    const a = against!;
    if (a[ac++] !== -2 || a[ac++] !== win) return false;
    const nTie = a[ac++]!;
    if (nTie !== best.length) return false;
    for (let t = 0; t < nTie; t++) if (a[ac++] !== best[t]) return false;
    const nRem = a[ac++]!;
    if (nRem !== rem.length) return false;
    const hiW = bHi[win]!;
    for (let q = 0; q < nRem; q++) {
      const j = a[ac++]!;
      const len = a[ac++]!;
      if (j !== rem[q]) return false;
      const droppedHere = drop.includes(j);
      if (len < 0) {
        if (!droppedHere) return false;
        continue;
      }
      if (droppedHere) return false;
      const pos = a.subarray(ac, ac + len);
      ac += len;
      if (j === win || best.includes(j)) {
        const mine = capSets.get(j)!;
        if (mine.length !== len) return false;
        for (let k = 0; k < len; k++) if (mine[k] !== pos[k]) return false;
        continue;
      }
      // ρ with the other share's capped classes: (cost − Σ_capped budgets) / uncapped weight,
      // a lower bound computed from upper bounds of the budgets.
      gather(j);
      let sum = 0;
      let wCapped = 0;
      for (let k = 0; k < len; k++) {
        const i = pos[k]!;
        if (i >= eN) return false;
        sum += eK[i]! * (eF[i]! + eEr[i]!);
        wCapped += eK[i]! * eW[i]!;
      }
      sum *= 1 + (len + 4) * EPS;
      const wFree = totalWeight[j]! - zW - wCapped;
      if (!(wFree > 0)) return false;
      const piLo = ((costF[j]! - costErr[j]! - sum) / wFree) * (1 - 4 * EPS);
      if (!(piLo * factorF[win]! > hiW * factorF[j]! * (1 + TIGHT))) return false;
    }
    return true;
  };

  return (o: MesOptions, shared: boolean): MesRun => {
    opts = o;
    D = o.voterBudget.den;
    E = o.voterBudget.num;
    forceExact = mesTuning.forceExact;
    ({ scaledCost, costF, costErr, factor, factorF, rho0 } = ctx.costsFor(D, totalWeight));
    L = 1n;
    EL = E;
    P = [0n];
    ctx.generation++;
    ctx.work += 256; // a run's fixed costs
    ctx.parent[1] = -1;
    ctx.cF[1] = Number(E);
    ctx.cE[1] = Math.abs(ctx.cF[1]!) * 2 ** -52;
    ctx.zero[1] = 0;
    node = 0;
    // (a shared context lends its array: the run's final budgets are valid only until the next run anyway)
    cls = shared ? ctx.clsFor(numGroups) : new Int32Array(numGroups);
    cls.fill(1);
    gathered = -1;
    stateStamp++;
    certify = o.certify === true;
    trace = [];
    certFailed = false;
    against = certify ? o.certifyAgainst : undefined;
    ac = 0;
    let overBudget = false;
    let roundNo = 0;
    const scaleDen = D * p.election.moneyScale;
    const selected: number[] = [];
    const free: number[] = [];
    const tieBreaks: TieBreak[] = [];
    const rounds: MesRound[] = [];
    const unaffordableAfterRound = new Map<number, number>();
    let spent = 0n;
    const remaining: number[] = [];
    // Last known ρ (a lower bound of the current one), as a float for ordering.
    const lastF = new Float64Array(m);
    const tieRank = p.tieRank;
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
      lastF[j] = rho0[j]!;
      remaining.push(j);
    }
    while (remaining.length > 0) {
      // by last ρ, then tie-breaking rank (insertion sort: the order changes little between rounds)
      for (let a = 1; a < remaining.length; a++) {
        const x = remaining[a]!;
        const fx = lastF[x]!;
        const tx = tieRank[x]!;
        let b = a - 1;
        while (b >= 0) {
          const y = remaining[b]!;
          if (lastF[y]! < fx || (lastF[y] === fx && tieRank[y]! < tx)) break;
          remaining[b + 1] = y;
          b--;
        }
        remaining[b + 1] = x;
      }
      let bestF = Infinity;
      const pis = new Map<number, [bigint, bigint]>();
      const evaluated: number[] = [];
      const drop: number[] = [];
      let lastExact = -1;
      capSets.clear();
      for (const j of remaining) {
        if (!certify && lastF[j]! > bestF * (1 + 1e-6)) break;
        let f = evalFloat(j);
        if (certify) {
          const caps = f === null ? [] : Number.isNaN(f) ? null : cappedPositions(j);
          if (caps === null) {
            certFailed = true;
            break;
          }
          capSets.set(j, caps);
        }
        if (f !== null && Number.isNaN(f)) {
          const pi = evalExact(j);
          lastExact = j;
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
      if (certFailed) break;
      if (drop.length > 0) {
        const dropSet = new Set(drop);
        for (let k = remaining.length - 1; k >= 0; k--) if (dropSet.has(remaining[k]!)) remaining.splice(k, 1);
      }
      // Exact comparison among the candidates the floats cannot separate.
      let best: number[] = [];
      let bestR = 0n;
      let bestDen = 1n;
      comparedExactly.clear();
      for (const j of evaluated) {
        if (lastF[j]! > bestF * (1 + 1e-6)) continue;
        comparedExactly.add(j);
        let pi = pis.get(j);
        if (pi === undefined) {
          pi = evalExact(j)!;
          lastExact = j;
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
      if (certify) {
        // Every other remaining project certainly costs more per point than the winner (compared
        // exactly, or with disjoint certified brackets), or exactly as much (a tie, recorded).
        let ok = true;
        for (const j of evaluated) {
          if (j === win || comparedExactly.has(j)) continue;
          if (!(bLo[j]! * factorF[win]! > bHi[win]! * factorF[j]! * (1 + TIGHT))) ok = false;
        }
        // Round record: -2, winner, tied projects, then for every project that was remaining its
        // capped classes (entry positions) or -1 when it was found unaffordable.
        const rem = [...capSets.keys()].sort((a, b) => a - b);
        trace.push(-2, win, best.length, ...best, rem.length);
        for (const j of rem) {
          const caps = drop.includes(j) ? null : capSets.get(j)!;
          trace.push(j, caps === null ? -1 : caps.length);
          if (caps) for (const i of caps) trace.push(i);
        }
        if (ok && against) ok = checkRound(win, best, rem, drop);
        if (!ok) {
          certFailed = true;
          break;
        }
      }
      if (lastExact !== win || gathered !== win) evalExact(win);
      if (certify) {
        // What each class of the winner pays: all it has (1), the share (0), exactly both (2).
        trace.push(eN);
        for (let i = 0; i < eN; i++) trace.push(eFate[i]!);
        if (against) {
          let ok = against[ac++] === eN;
          for (let i = 0; ok && i < eN; i++) ok = against[ac++] === eFate[i];
          if (!ok) {
            certFailed = true;
            break;
          }
        }
      }
      const [R0, W0] = pis.get(win)!;
      selected.push(win);
      remaining.splice(remaining.indexOf(win), 1);
      spent += p.cost[win]!;
      // π = R0/(W0·L). Move to the denominator L' = L·W0/g and rescale every round's payment.
      const g = gcd(R0, W0);
      const Rr = R0 / g;
      const Wr = W0 / g;
      const payD = W0 * L * scaleDen;
      L *= Wr;
      if (Wr !== 1n) {
        for (let r = 1; r < P.length; r++) P[r] = P[r]! * Wr;
        EL *= Wr;
      }
      P.push(Rr);
      stateStamp++;
      let piF = ratioToFloat(Rr, L);
      // (π outside the float range: the new classes get an infinite error bound and go exact)
      const piBad = !(piF > 0 && piF < Infinity);
      if (piBad) piF = 0;
      // Pay. The winner's supporters in class c (part h, weight w) move to the class created for
      // (c, h) at the next trie node, whatever they pay: min(b, π·w), all they have if less.
      const key = node * m + win;
      let next = ctx.children.get(key);
      const parts = projParts[win]!;
      if (next === undefined) {
        let total = 0;
        for (const h of parts) total += histOf(h).c.length;
        const from = new Int32Array(total);
        const fromWt = new Int32Array(total);
        let t0 = 0;
        for (const h of parts) {
          const hc = histOf(h).c;
          from.set(hc, t0);
          fromWt.fill(partWeight[h]!, t0, t0 + hc.length);
          t0 += hc.length;
        }
        next = ctx.end.length;
        ctx.children.set(key, next);
        ctx.end.push(ctx.end[node]! + total);
        ctx.created.push(from);
        ctx.createdWt.push(fromWt);
        ctx.recorded += total;
      }
      const base = ctx.end[node]!;
      ctx.reserve(ctx.end[next]!);
      {
        const from = ctx.created[next]!;
        const fromWt = ctx.createdWt[next]!;
        const parent = ctx.parent;
        const rnd = ctx.rnd;
        const wt = ctx.wt;
        for (let t = 0; t < from.length; t++) {
          parent[base + t] = from[t]!;
          rnd[base + t] = roundNo;
          wt[base + t] = fromWt[t]!;
        }
      }
      const zero = ctx.zero;
      const cF = ctx.cF;
      const cE = ctx.cE;
      const movedTo = ctx.movedTo;
      let child = base;
      let paidAll = 0;
      let ei = 0; // the entries of the winner follow the same order, without the empty classes
      for (const h of parts) {
        const hc = histOf(h).c;
        const w = partWeight[h]!;
        for (let t = 0; t < hc.length; t++, child++) {
          const c = hc[t]!;
          movedTo[c] = child;
          if (zero[c]) {
            zero[child] = 1;
            continue;
          }
          const fate = eFate[ei++]!;
          if (fate !== 0) {
            if (fate === 1) paidAll += eK[ei - 1]!;
            zero[child] = 1;
            cF[child] = 0;
            cE[child] = 0;
          } else {
            const due = piF * w;
            const f = cF[c]! - due;
            zero[child] = 0;
            cF[child] = f;
            cE[child] = piBad ? Infinity : (cE[c]! + (due + Math.abs(f)) * EPS) * SAFE;
          }
        }
        const groups = partGroups[h]!;
        for (let q = 0; q < groups.length; q++) {
          const gr = groups[q]!;
          cls[gr] = movedTo[cls[gr]!]!;
        }
      }
      node = next;
      ctx.work += 32 + (S.partCount[projParts[win]![0]!]! >> 4); // the round's fixed costs and payments
      gathered = -1;
      rounds.push(new Round(roundNo, win, bestR, bestDen, R0, payD, paidAll, p.supporterCount[win]!));
      if (opts.abortAbove !== undefined && spent > opts.abortAbove) {
        overBudget = true;
        break;
      }
    }
    const moneyScale = p.election.moneyScale;
    const finalDen = L * D * moneyScale;
    const groupOf = S.groupOf;
    // Final budgets are read from the context's class table and this run's flags. A shared
    // context is reused by the next run, which invalidates them (the add1 loop recomputes the
    // outcome it keeps on its own context); a private context keeps only its class table.
    const generation = ++ctx.generation;
    if (!shared) ctx.hist.clear();
    const fParent = ctx.parent;
    const fRnd = ctx.rnd;
    const fWt = ctx.wt;
    const fZero = ctx.zero;
    const fEL = EL;
    const fP = P;
    const fCls = cls;
    const valueOf = (c: number): bigint => {
      if (ctx.generation !== generation) throw new Error('MES final budgets of a run on a shared context are gone once the next run starts');
      if (fZero[c]) return 0n;
      let v = fEL;
      for (let x = c; x !== 1; x = fParent[x]!) v -= fP[fRnd[x]!]! * BigInt(fWt[x]!);
      return v;
    };
    const details: MesDetails = {
      kind: 'mes',
      voterBudget: Rational.of(E, D * moneyScale),
      rounds,
      finalBudget: (i: number) => Rational.of(valueOf(fCls[groupOf[i]!]!), finalDen),
      moneyLeft: (voters: ArrayLike<number>) => {
        const byClass = new Map<number, number>();
        for (let k = 0; k < voters.length; k++) {
          const c = fCls[groupOf[voters[k]!]!]!;
          byClass.set(c, (byClass.get(c) ?? 0) + 1);
        }
        let s = 0n;
        for (const [c, k] of byClass) s += valueOf(c) * BigInt(k);
        return Rational.of(s, finalDen);
      },
      unaffordableAfterRound,
      free,
    };
    let cost = 0n;
    for (const j of selected) cost += p.cost[j]!;
    const out: MesRun = { rule: opts.rule ?? 'mes', selected, cost, tieBreaks, details, overBudget };
    if (certify) {
      trace.push(-3, overBudget ? 1 : 0, selected.length, ...selected);
      if (against && !certFailed) {
        let ok = against[ac++] === -3 && against[ac++] === (overBudget ? 1 : 0) && against[ac++] === selected.length;
        for (let k = 0; ok && k < selected.length; k++) ok = against[ac++] === selected[k];
        if (!ok || ac !== against.length) certFailed = true;
      }
      out.certified = certFailed ? null : Int32Array.from(trace);
    }
    return out;
  };
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
  // All runs of the loop share one context (class numbering and cached histograms).
  let ctx = new MesContext(p);
  let runs = 0;
  const run = (b: bigint, certify = false, against?: Int32Array) => {
    if (ctx.recorded > MAX_CONTEXT_CLASSES) ctx = new MesContext(p);
    runs++;
    const opts: MesOptions = { voterBudget: Rational.of(b), abortAbove: budget, ...(exclude ? { exclude } : {}) };
    if (certify) opts.certify = true;
    if (against) opts.certifyAgainst = against;
    return mes(p, opts, ctx);
  };
  const accepted = (r: MesRun) => !(r.overBudget || r.cost > budget);
  // A cheap fingerprint of a run: when two successive steps agree on it, the decisions may not
  // have changed between them, and a jump is worth trying.
  const fingerprint = (r: MesRun) => `${r.selected.join(',')}|${r.details.rounds.map((x) => x.paidAllTheyHad).join(',')}`;
  let current = run(perVoter);
  let steps = 0;
  let lastPrint = fingerprint(current);
  // When to try a jump: after enough successive steps with the same fingerprint — more when a
  // certifying run costs many ordinary ones (work measured in entries gathered, running
  // averages `normalWork` and `certWork`), twice more after each failed try, half after a
  // success. This decides only how fast the loop goes, never what it computes.
  let stable = 0;
  let backoff = 1;
  let jump = 4;
  let normalWork = 0;
  let certWork = 0;
  const measured = (f: () => MesRun, cert: boolean): MesRun => {
    const w0 = ctx.work;
    const r = f();
    const w = ctx.work - w0;
    if (cert) certWork = certWork === 0 ? w : 0.8 * certWork + 0.2 * w;
    else normalWork = normalWork === 0 ? w : 0.8 * normalWork + 0.2 * w;
    return r;
  };
  let certAt: { share: bigint; trace: Int32Array } | null = null;
  // Bounded: once one voter's share exceeds the whole budget every supported project is funded.
  while (current.selected.length < supportable.size && perVoter <= budget) {
    // Certified jump: the run `k` steps further is checked against the decision trace of the
    // run at the current share; when it certifies that every share between the two takes the
    // same decisions, every step between has the outcome of the current one (within the
    // budget), so the loop would take them all: go there directly.
    const maxJump = (budget - perVoter) / scale + 1n; // steps the loop may still take
    const need = backoff * (certWork > 0 && normalWork > 0 ? Math.ceil((0.75 * certWork) / normalWork) : 1);
    if (stable >= need && maxJump >= 2n && mesTuning.add1Jumps) {
      const from: Int32Array | null | undefined =
        certAt !== null && certAt.share === perVoter ? certAt.trace : measured(() => run(perVoter, true), true).certified;
      let k = BigInt(jump) < maxJump ? BigInt(jump) : maxJump;
      let there: MesRun | null = null;
      // The longest certified jump, halving the length after each failure.
      while (from && k >= 2n) {
        const to = perVoter + k * scale;
        there = measured(() => run(to, true, from), true);
        if (there.certified && accepted(there)) break;
        there = null;
        k /= 2n;
      }
      if (there) {
        current = there;
        perVoter += k * scale;
        steps += Number(k);
        certAt = { share: perVoter, trace: there.certified! };
        jump = Number(k) * 2;
        backoff = Math.max(1, backoff / 2);
        continue;
      }
      stable = 0;
      backoff = Math.min(backoff * 2, 64);
      jump = 4;
    }
    const next = measured(() => run(perVoter + scale), false);
    if (!accepted(next)) break;
    current = next;
    perVoter += scale;
    steps++;
    const print = fingerprint(next);
    stable = print === lastPrint ? stable + 1 : 0;
    lastPrint = print;
  }
  // The kept outcome is recomputed on a context of its own (same exact computation, same
  // result): the shared context's later runs have overwritten its final budgets.
  if (runs > 1) current = mes(p, { voterBudget: Rational.of(perVoter), abortAbove: budget, ...(exclude ? { exclude } : {}) });
  current.rule = 'mes-add1';
  current.details.add1Steps = steps;
  current.details.add1Runs = runs;
  return current;
}
