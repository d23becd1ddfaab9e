/**
 * LEXIMIN selection probabilities (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 2021) over
 * volunteer types.
 *
 * Among all probability distributions over valid panels, LEXIMIN maximises the smallest selection
 * probability; subject to that the second smallest; and so on. Its probability vector is unique.
 *
 * P = conv{ x/|t| : x a valid type-level panel } is the set of per-type probability vectors some
 * lottery attains; LEXIMIN is its lexicographically largest sorted point. Q ⊇ P is the same set
 * without integrality (relaxation.ts): a small LP whose LEXIMIN vector π^Q takes milliseconds, is
 * lexicographically at least P's, and *equals* P's whenever some lottery attains it. Hence:
 *
 * 1. Fast path. Compute π^Q; write it as a lottery over valid panels by a Carathéodory walk
 *    (relaxation.ts) and confirm with the restricted master LP below ("fit": maximise minus the
 *    largest shortfall from π^Q over the panels found, pricing new panels when it falls short).
 *    If the shortfall reaches 0, π^Q is attained, so it is the LEXIMIN: exact, no level loop.
 * 2. Otherwise (π^Q out of reach, proven by a dual bound, which also yields a valid inequality that
 *    tightens Q), the textbook level-by-level column generation: maximise the smallest unfixed
 *    probability over the panels found (restricted master LP, one persistent HiGHS model: panels are
 *    columns, so a re-solve warm-starts), price new panels with the integer program
 *    max Σ_t (y_t/|t|)·x_t (y: the master's duals), and once no panel improves (certified by the
 *    exact IP), fix the types that cannot rise: every type with a positive dual in this certified
 *    optimal dual (complementary slackness). Q's level value bounds each level from above: when the
 *    master reaches it, the level is optimal without a certifying IP, and every type Q cannot lift
 *    above it (an exact LP test) is fixed. After a level where Q was too optimistic, step 1 is tried
 *    again for the remaining types.
 *
 * A type is fixed only with a proof that its probability cannot rise; the proven maximin is known
 * after the first level; with a work limit (pricing IPs) the best lottery found so far is returned
 * (anytime). Nothing here reads the clock to decide anything (times are only reported), HiGHS runs
 * single-threaded (highs-js forces threads=1, parallel=off), every limit is a count and every tie is
 * broken by index or by a fixed seed: the same input gives the same LEXIMIN on any machine.
 */
import type { Model } from "highs";
import { getHighs, createModel, runModelWarm, roundInts, solveOnce } from "./highs.ts";
import type { CompiledPool, VolunteerType } from "./pool.ts";
import { panelProgram, typePanelValid } from "./panelModel.ts";
import { Relaxation } from "./relaxation.ts";
import { seededRandom } from "./sha256.ts";

export interface LeximinProgress {
  phase: "initial panels" | "leximin" | "final distribution";
  fixed: number;
  total: number;
  level: number;
  panels: number;
  elapsedMs: number;
}

export interface LeximinOptions {
  /**
   * Work budget in pricing integer programs (default 100 000); when it is spent the best distribution
   * found so far is returned (anytime). A count, not a clock: the answer never depends on how busy
   * the machine is.
   */
  maxPricingMips?: number;
  onProgress?: (p: LeximinProgress) => void;
  /** Stop after this many levels (e.g. 1: only the proven maximin), returning the anytime answer. */
  maxLevels?: number;
  /**
   * "auto" (default): everything below. "levels": no fast path (level by level, with the
   * relaxation's bounds). "column-generation": no relaxation at all (plain level-by-level column
   * generation). All three compute the same LEXIMIN; the last two exist to cross-check the first.
   */
  method?: "auto" | "levels" | "column-generation";
}

export interface TypeDistribution {
  /** Type-level panels: panels[j][t] = seats of type t. */
  panels: number[][];
  /** Probability of each panel (sums to 1). */
  weights: number[];
  /** Selection probability of each member of type t. */
  typeProbability: number[];
  /** The LEXIMIN target values the distribution was fitted to (per type). */
  targets: number[];
  /** Proven optimal minimum probability (known once the first level is done), or null. */
  maximin: number | null;
  /** True when every level finished within the time limit: the answer is the exact LEXIMIN. */
  complete: boolean;
  stats: {
    /** LEXIMIN levels (distinct values fixed), pricing integer programs, master LP solves. */
    levels: number;
    panelsGenerated: number;
    pricingMips: number;
    heuristicPanels: number;
    lpSolves: number;
    runtimeMs: number;
    /** Milliseconds in pricing IPs, master LPs, the relaxation's LEXIMIN LPs, the walk, the final LP. */
    pricingMs: number;
    masterMs: number;
    relaxationMs: number;
    walkMs: number;
    finalMs: number;
    /** Attempts to attain the relaxation's LEXIMIN vector; 1 when one succeeded; cuts added to Q. */
    fitAttempts: number;
    fitted: number;
    cuts: number;
    /** Panels found by the Carathéodory walk, and the LPs and integer programs it solved. */
    walkPanels: number;
    walkLps: number;
    walkMips: number;
  };
}

const FIX_TOL = 1e-6; // a certified dual weight above this marks a type as fixed at the current level
const PRICE_TOL = 1e-9; // a panel must beat ŷ by this much to count as improving
const TARGET_TOL = 1e-9; // the master "reaches" a known upper bound on its value within this
const SHORT_TOL = 1e-7; // a proven bound this far below the target shows the target is out of reach
const HEURISTIC_ROUNDS = 1; // swap-only pricing rounds between MIPs
const HEURISTIC_STARTS = 12; // best known panels to start the swaps from
const MIP_GAP = 1e-4; // relative gap when a MIP only has to produce a good panel (not certify a level)
/** Master LP tolerances: tighter than HiGHS's 1e-7 defaults, as its solution is the answer. */
const MASTER_OPTIONS = { solver: "simplex", simplex_strategy: 4, presolve: "off", primal_feasibility_tolerance: 1e-9, dual_feasibility_tolerance: 1e-9 } as const;

/** Local search for a panel with a high weight: swap one seat at a time while the quotas hold. */
function localSearch(cp: CompiledPool, types: VolunteerType[], start: readonly number[], w: Float64Array): number[] {
  const T = types.length;
  const x = [...start];
  const counts = cp.valueNames.map((vs) => vs.map(() => 0));
  const houseCount = cp.households.map(() => 0);
  for (let t = 0; t < T; t++) {
    if (x[t] === 0) continue;
    types[t].values.forEach((v, f) => (counts[f][v] += x[t]));
    if (types[t].household >= 0) houseCount[types[t].household] += x[t];
  }
  const F = cp.featureNames.length;
  const byWeightDesc = Array.from({ length: T }, (_, t) => t).sort((a, b) => w[b] - w[a]);
  for (let iter = 0; iter < 4 * cp.k + 50; iter++) {
    const inPanel: number[] = []; // ascending weight
    for (let i = T - 1; i >= 0; i--) if (x[byWeightDesc[i]] > 0) inPanel.push(byWeightDesc[i]);
    let bestGain = PRICE_TOL;
    let bestA = -1;
    let bestB = -1;
    for (const b of byWeightDesc) {
      if (w[b] - w[inPanel[0]] <= bestGain) break;
      if (x[b] >= types[b].members.length) continue;
      const hb = types[b].household;
      for (const a of inPanel) {
        if (a === b) continue;
        const gain = w[b] - w[a];
        if (gain <= bestGain) break;
        if (hb >= 0 && houseCount[hb] >= 1 && types[a].household !== hb) continue;
        let ok = true;
        for (let f = 0; f < F && ok; f++) {
          const va = types[a].values[f];
          const vb = types[b].values[f];
          if (va !== vb && (counts[f][va] - 1 < cp.quotaMin[f][va] || counts[f][vb] + 1 > cp.quotaMax[f][vb])) ok = false;
        }
        if (ok) {
          bestGain = gain;
          bestA = a;
          bestB = b;
          break; // inPanel is ascending: the first valid a is the best partner for this b
        }
      }
    }
    if (bestA < 0) break;
    x[bestA]--;
    x[bestB]++;
    types[bestA].values.forEach((v, f) => counts[f][v]--);
    types[bestB].values.forEach((v, f) => counts[f][v]++);
    if (types[bestA].household >= 0) houseCount[types[bestA].household]--;
    if (types[bestB].household >= 0) houseCount[types[bestB].household]++;
  }
  return x;
}

function dot(w: ArrayLike<number>, x: readonly number[]): number {
  let s = 0;
  for (let t = 0; t < x.length; t++) if (x[t] !== 0) s += w[t] * x[t];
  return s;
}

/** How a column-generation run on the master ended. */
type CgOutcome =
  /** The master reached the target (a known upper bound on its value): optimal, no certifying IP needed. */
  | { kind: "target"; z: number }
  /** No panel improves the master (exact pricing): z is optimal; y an optimal dual, beta = max over panels of Σ_t y_t x_t/|t|. */
  | { kind: "optimal"; z: number; y: Float64Array; beta: number }
  /** A proven bound shows the target is out of reach: Σ_t y_t π_t ≤ beta for every lottery. */
  | { kind: "short"; z: number; y: Float64Array; beta: number }
  | { kind: "timeout"; z: number };

export async function leximinOverTypes(cp: CompiledPool, types: VolunteerType[], options: LeximinOptions = {}): Promise<TypeDistribution> {
  const started = Date.now();
  const mipBudget = options.maxPricingMips ?? 100_000;
  const maxLevels = options.maxLevels ?? Infinity;
  const method = options.method ?? "auto";
  const useFit = method === "auto";
  const useBounds = method !== "column-generation";
  const highs = await getHighs();
  const T = types.length;
  const size = types.map((t) => t.members.length);
  const stats: TypeDistribution["stats"] = {
    levels: 0,
    panelsGenerated: 0,
    pricingMips: 0,
    heuristicPanels: 0,
    lpSolves: 0,
    runtimeMs: 0,
    pricingMs: 0,
    masterMs: 0,
    relaxationMs: 0,
    walkMs: 0,
    finalMs: 0,
    fitAttempts: 0,
    fitted: 0,
    cuts: 0,
    walkPanels: 0,
    walkLps: 0,
    walkMips: 0,
  };
  const progress = (phase: LeximinProgress["phase"], fixedCount: number, level: number, panels: number) =>
    options.onProgress?.({ phase, fixed: fixedCount, total: T, level, panels, elapsedMs: Date.now() - started });

  const pricing: Model = createModel(highs, panelProgram(cp, types, types.map(() => 0)));
  const relaxation = new Relaxation(highs, cp, types);
  let master: Model | undefined;
  try {
    pricing.options.set({ mip_rel_gap: 1e-9, mip_abs_gap: 1e-9 });
    const allCols = { kind: "range" as const, from: 0, to: T - 1 };
    const mipSolutionEvent = highs.constants.callbackType.mipSolution;
    /** Every feasible panel the MIP met on its way (extra columns at no extra solver cost). */
    let byproducts: number[][] = [];
    /**
     * The best valid panel for weights w (per seat of each type) and a proven upper bound on the
     * best weight (the MIP's dual bound). `tight`: solved to optimality (gap 1e-9), as needed to
     * certify that no panel improves; otherwise a 1e-4 gap (the bound stays valid). Null on timeout.
     */
    const price = (w: ArrayLike<number>, tight = true): { x: number[]; value: number; bound: number } | null => {
      if (outOfBudget()) return null;
      let scale = 0;
      for (let t = 0; t < T; t++) scale = Math.max(scale, Math.abs(w[t]));
      if (scale === 0) scale = 1;
      pricing.changeColsCost(allCols, Array.from(w, (v) => v / scale));
      stats.pricingMips++;
      byproducts = [];
      pricing.options.set({ mip_rel_gap: tight ? 1e-9 : MIP_GAP });
      const tPrice = Date.now();
      const res = runModelWarm(pricing, {}, {
        [mipSolutionEvent]: (event: { data: { mip_solution?: Float64Array } }) => {
          if (event.data.mip_solution) byproducts.push(roundInts(Array.from(event.data.mip_solution)));
        },
      });
      stats.pricingMs += Date.now() - tPrice;
      if (res.status !== "Optimal") return null;
      const x = roundInts(res.x);
      const value = dot(w, x);
      const rawBound = Number(pricing.info.get("mip_dual_bound"));
      const bound = Number.isFinite(rawBound) ? Math.max(value, rawBound * scale) : value;
      return { x, value, bound };
    };

    const panels: number[][] = [];
    /** The work budget is spent (the first panel is always found: a distribution needs one). */
    const outOfBudget = () => stats.pricingMips >= mipBudget && panels.length > 0;
    const seen = new Set<string>();
    const addPanel = (x: number[]): boolean => {
      const key = x.join(",");
      if (seen.has(key)) return false;
      seen.add(key);
      panels.push(x);
      stats.panelsGenerated++;
      return true;
    };
    const relaxedLeximin = (fixedNow: readonly (number | null)[]) => {
      const t0 = Date.now();
      const q = relaxation.leximin(fixedNow);
      stats.relaxationMs += Date.now() - t0;
      return q;
    };
    const walkRandom = seededRandom("decydujemy-leximin-walk");
    /** Carathéodory walk towards a target (per-type probabilities); its panels become columns. */
    const walk = (pi: readonly number[]): boolean => {
      const t0 = Date.now();
      const w = relaxation.decompose(
        pi.map((p, t) => p * size[t]),
        walkRandom,
      );
      stats.walkMs += Date.now() - t0;
      stats.walkLps += w.lps;
      stats.walkMips += w.mips;
      for (const x of w.panels) if (typePanelValid(cp, types, x) && addPanel(x)) stats.walkPanels++;
      return w.complete;
    };

    // --- Fast start: Q's LEXIMIN vector, and a walk that writes it as a lottery over panels. When
    // the walk completes, the fit below confirms it at once, without any pricing. ---
    let q0 = useFit ? relaxedLeximin(new Array<number | null>(T).fill(null)) : null;
    const walkComplete = q0 !== null && walk(q0.pi);
    progress("initial panels", 0, 0, panels.length);

    // --- Otherwise: cover every type that any valid panel can include (the others are fixed at 0). ---
    const covered = new Array<boolean>(T).fill(false);
    const unreachable = new Array<boolean>(T).fill(false);
    for (const x of panels) x.forEach((c, t) => c > 0 && (covered[t] = true));
    while (!walkComplete) {
      const w = new Float64Array(T);
      let any = false;
      for (let t = 0; t < T; t++) if (!covered[t] && !unreachable[t]) ((w[t] = 1 / size[t]), (any = true));
      if (!any) break;
      const r = price(w);
      if (!r && outOfBudget()) break;
      if (!r) throw new Error("no valid panel exists (check feasibility first)");
      if (r.value <= 1e-9) {
        for (let t = 0; t < T; t++) if (!covered[t]) unreachable[t] = true;
        break;
      }
      addPanel(r.x);
      r.x.forEach((c, t) => c > 0 && (covered[t] = true));
      progress("initial panels", covered.filter(Boolean).length, 0, panels.length);
    }
    if (panels.length === 0) {
      const r = price(new Float64Array(T));
      if (!r) throw new Error("no valid panel exists (check feasibility first)");
      addPanel(r.x);
    }
    if (unreachable.some(Boolean)) q0 = null; // Q with those types at 0 is smaller: recompute when needed

    // --- The restricted master LP over the panels found, kept alive across rounds and levels. ---
    // Columns: z (column 0), then λ_j for panel j (column j+1). Rows: 0 = Σλ = 1; 1+t = type t:
    //   active t:    Σ_j (x_jt/|t|) λ_j − z ≥ c_t   (c_t = 0 in a level; the target value in a fit)
    //   inactive t:  Σ_j (x_jt/|t|) λ_j     ≥ f_t   (t fixed at f_t)
    // maximise z. Its row duals price new panels; new panels are new columns, so each re-solve is a
    // warm-started primal simplex on a basis of only T+1 rows, however many panels accumulate.
    const fixed = new Array<number | null>(T).fill(null);
    unreachable.forEach((u, t) => u && (fixed[t] = 0));
    const rowActive = fixed.map((f) => f === null);
    const rowLower = fixed.map((f) => f ?? 0);
    const rows: { lower: number; upper: number; indices: number[]; values: number[] }[] = [{ lower: 1, upper: 1, indices: [], values: [] }];
    for (let t = 0; t < T; t++) rows.push({ lower: rowLower[t], upper: Infinity, indices: rowActive[t] ? [0] : [], values: rowActive[t] ? [-1] : [] });
    master = createModel(highs, { sense: "max", cost: [1], lower: [-Infinity], upper: [Infinity], rows });
    master.options.set(MASTER_OPTIONS);
    const lp = master;
    const setRow = (t: number, active: boolean, lower: number) => {
      if (active !== rowActive[t]) {
        lp.changeCoefficient(t + 1, 0, active ? -1 : 0);
        rowActive[t] = active;
      }
      if (lower !== rowLower[t]) {
        lp.changeRowBounds(t + 1, lower, Infinity);
        rowLower[t] = lower;
      }
    };
    /** Level mode: every unfixed type is active with c_t = 0, so z is the smallest unfixed probability. */
    const levelMode = () => {
      for (let t = 0; t < T; t++) setRow(t, fixed[t] === null, fixed[t] ?? 0);
    };
    /** Fit mode: every unfixed type is active with its target, so z is minus the largest shortfall. */
    const fitMode = (pi: readonly number[]) => {
      for (let t = 0; t < T; t++) if (fixed[t] === null) setRow(t, true, pi[t]);
    };
    const setFixed = (t: number, value: number) => {
      fixed[t] = Math.max(0, value);
      setRow(t, false, fixed[t]!);
    };
    let inMaster = 0;
    const syncColumns = () => {
      for (; inMaster < panels.length; inMaster++) {
        const indices = [0];
        const values = [1];
        panels[inMaster].forEach((c, t) => {
          if (c > 0) {
            indices.push(t + 1);
            values.push(c / size[t]);
          }
        });
        lp.addCol(0, 0, Infinity, { indices, values });
      }
    };

    let lastSolution: number[] = [];
    /**
     * Column generation on the master in its current mode until its value reaches `target` (a bound
     * known to be the best possible, e.g. the relaxation's), no panel improves it (certified by the
     * exact pricing IP), or — with `stopWhenShort` — a proven bound shows the target is out of reach.
     */
    const generate = (target: number, stopWhenShort: boolean): CgOutcome => {
      const smoothing = 0.7;
      let heuristicStreak = 0;
      let center: Float64Array | null = null;
      let centerBound = Infinity;
      let centerBeta = 0;
      let z = -Infinity;
      for (;;) {
        if (outOfBudget()) return { kind: "timeout", z };
        syncColumns();
        stats.lpSolves++;
        const tMaster = Date.now();
        let res = runModelWarm(lp);
        let relaxations = 0;
        while (res.status !== "Optimal" && relaxations < 20) {
          // Fixed values a hair too high for floating point make the LP infeasible: relax them slightly.
          relaxations++;
          fixed.forEach((f, t) => f !== null && f > 0 && setFixed(t, Math.max(0, f - 1e-7)));
          stats.lpSolves++;
          res = runModelWarm(lp);
        }
        stats.masterMs += Date.now() - tMaster;
        if (res.status !== "Optimal") throw new Error(`the LEXIMIN master LP failed (${res.status})`);
        z = res.objective;
        lastSolution = res.x;
        if (z >= target - TARGET_TOL) return { kind: "target", z };
        // Row duals of the type rows, oriented and scaled so that Σ_{active} y_t = 1 (the z column's
        // dual constraint): then y is feasible for the full dual as soon as no panel beats ŷ.
        let sgn = 0;
        for (let t = 0; t < T; t++) if (rowActive[t]) sgn += res.rowDual[t + 1];
        const sign = sgn < 0 ? -1 : 1;
        const y = new Float64Array(T);
        let active = 0;
        for (let t = 0; t < T; t++) {
          y[t] = Math.max(0, sign * res.rowDual[t + 1]);
          if (rowActive[t]) active += y[t];
        }
        if (active > 0) for (let t = 0; t < T; t++) y[t] /= active;
        const w = new Float64Array(T);
        for (let t = 0; t < T; t++) w[t] = y[t] / size[t];
        // ŷ = the best known panel's weight (the convexity row's dual: equal on the support).
        let yhat = -Infinity;
        for (const x of panels) yhat = Math.max(yhat, dot(w, x));
        const threshold = yhat + PRICE_TOL + 1e-9 * Math.abs(yhat);

        // Cheap pricing first: polish the best known panels by single-seat swaps. After such a
        // round the exact MIP runs anyway: swaps alone stall in local optima and yield weak panels.
        if (heuristicStreak < HEURISTIC_ROUNDS) {
          let added = 0;
          const ranked = panels
            .map((x, j) => ({ j, v: dot(w, x) }))
            .sort((a, b) => b.v - a.v)
            .slice(0, HEURISTIC_STARTS);
          for (const { j } of ranked) {
            const x = localSearch(cp, types, panels[j], w);
            if (dot(w, x) > threshold && addPanel(x)) {
              stats.heuristicPanels++;
              added++;
            }
          }
          if (added > 0) {
            heuristicStreak++;
            continue;
          }
        }
        heuristicStreak = 0;

        // Exact pricing at a smoothed dual point (Wentges): α·(best dual seen) + (1−α)·(current dual).
        // Column generation on this LP is highly degenerate and its duals oscillate; pricing near the
        // best dual seen yields far fewer, better panels. A panel that does not improve the current
        // LP ("mispricing") pulls the point towards the current dual until α = 0 certifies optimality.
        let alpha = center ? smoothing : 0;
        for (;;) {
          const ySep = new Float64Array(T);
          for (let t = 0; t < T; t++) ySep[t] = alpha * (center ? center[t] : 0) + (1 - alpha) * y[t];
          const wSep = new Float64Array(T);
          for (let t = 0; t < T; t++) wSep[t] = ySep[t] / size[t];
          const r = price(wSep, alpha === 0);
          if (!r) return { kind: "timeout", z };
          // The dual objective at this feasible dual point: an upper bound on the master's optimum.
          let offset = 0;
          for (let t = 0; t < T; t++) offset += rowLower[t] * ySep[t];
          const ub = r.bound - offset;
          if (ub < centerBound) {
            centerBound = ub;
            center = ySep;
            centerBeta = r.bound;
          }
          if (stopWhenShort && centerBound < target - SHORT_TOL) return { kind: "short", z, y: center!, beta: centerBeta };
          if (dot(w, r.x) > threshold && addPanel(r.x)) {
            // Cheap extra columns: the panel polished by single-seat swaps for the current duals,
            // and every other feasible panel the MIP met on its way.
            const x2 = localSearch(cp, types, r.x, w);
            if (dot(w, x2) > threshold && addPanel(x2)) stats.heuristicPanels++;
            for (const x of byproducts) if (dot(w, x) > threshold && typePanelValid(cp, types, x)) addPanel(x);
            break;
          }
          if (alpha === 0) {
            // Either no panel beats ŷ, or the best one is already a column (the LP's tolerance hides
            // a violation of ~1e-9): in both cases the master's value is as good as it gets.
            return { kind: "optimal", z, y, beta: r.bound };
          }
          alpha = centerBound - z <= 1e-9 ? 0 : alpha < 0.05 ? 0 : alpha / 2;
        }
      }
    };
    /** Per-type probabilities in the master's last solution. */
    const masterProbabilities = (): Float64Array => {
      const pi = new Float64Array(T);
      panels.forEach((x, j) => {
        const lam = lastSolution[j + 1] ?? 0;
        if (lam > 0) x.forEach((c, t) => c > 0 && (pi[t] += (lam * c) / size[t]));
      });
      return pi;
    };

    let maximin: number | null = null;
    let complete = true;
    let level = 0;
    let lastZ = 0;
    let anytime: number[] | null = null;
    let tryFit = true;
    while (fixed.some((f) => f === null)) {
      if (outOfBudget() || stats.levels >= maxLevels) {
        complete = false;
        break;
      }
      // Step 1, the fast path (see the top of the file). Unless the walk already succeeded, the first
      // level (the maximin) is proven first, so that the anytime answer reports it.
      if (useFit && (level >= 1 || walkComplete) && tryFit && maxLevels === Infinity) {
        tryFit = false;
        const reuse = q0 !== null && fixed.every((f, t) => f === null || Math.abs(f - q0!.pi[t]) <= 1e-9);
        const q = reuse ? q0 : relaxedLeximin(fixed);
        if (q && !reuse) walk(q.pi);
        if (q) {
          stats.fitAttempts++;
          fitMode(q.pi);
          const out = generate(0, true);
          if (out.kind === "target") {
            // Every unfixed type gets its target: Q's LEXIMIN is attained, so it is the LEXIMIN.
            for (let t = 0; t < T; t++) if (fixed[t] === null) setFixed(t, q.pi[t]);
            // The smallest value is Q's first level value (or a fixed 0): an upper bound, attained.
            if (maximin === null) maximin = Math.max(0, Math.min(...(fixed as number[])));
            stats.fitted = 1;
            stats.levels += q.levels.length;
            level += q.levels.length;
            progress("leximin", T, level, panels.length);
            break;
          }
          if (out.kind === "timeout") {
            // Anytime: what the current lottery guarantees (the target minus the largest shortfall).
            anytime = fixed.map((f, t) => f ?? (Number.isFinite(out.z) ? Math.max(0, q.pi[t] + Math.min(0, out.z)) : 0));
            complete = false;
            break;
          }
          // The target is out of reach: the proven bound is a valid inequality that cuts it off Q.
          relaxation.addCut(out.y, out.beta);
          stats.cuts++;
          q0 = null;
        }
        levelMode();
      }

      // Step 2: one LEXIMIN level by column generation, bounded by Q's level value.
      level++;
      const t0 = Date.now();
      const qLevel = useBounds ? relaxation.level(fixed) : null;
      stats.relaxationMs += Date.now() - t0;
      const out = generate(qLevel ? qLevel.z : Infinity, false);
      if (out.kind === "timeout" || out.kind === "short") {
        complete = false;
        if (Number.isFinite(out.z)) lastZ = out.z;
        break;
      }
      const z = out.z;
      lastZ = z;
      if (maximin === null) maximin = Math.max(0, z);
      let fixedNow = 0;
      const reached = qLevel !== null && z >= qLevel.z - TARGET_TOL;
      if (reached) {
        // The level's value equals Q's, so every type Q cannot lift above it is at this level in
        // every optimal lottery too (P ⊆ Q): fix them all, no certifying IP needed.
        for (const t of qLevel.atLevel) {
          if (fixed[t] === null) {
            setFixed(t, z);
            fixedNow++;
          }
        }
      }
      if (out.kind === "optimal") {
        // Certified by exact pricing: y is an optimal dual of the full problem, so every type with
        // y_t > 0 is at this level in every optimal lottery (complementary slackness).
        const pi = masterProbabilities();
        let argmax = -1;
        for (let t = 0; t < T; t++) {
          if (fixed[t] !== null) continue;
          if (argmax < 0 || out.y[t] > out.y[argmax]) argmax = t;
          if (out.y[t] > FIX_TOL && pi[t] <= z + 1e-7) {
            setFixed(t, z);
            fixedNow++;
          }
        }
        if (fixedNow === 0 && argmax >= 0) {
          // Σ_{unfixed} y = 1, so the largest dual is positive: that type is at this level.
          setFixed(argmax, z);
          fixedNow++;
        }
        if (!reached && useBounds) {
          // Q over-estimated this level: the certified dual is a valid inequality that cuts Q down
          // (Σ_t y_t π_t ≤ beta for every lottery), and the fast path may work from here.
          relaxation.addCut(out.y, out.beta);
          stats.cuts++;
          q0 = null;
          tryFit = true;
        }
      }
      if (fixedNow === 0) throw new Error("LEXIMIN made no progress at a level (numerical trouble)");
      stats.levels++;
      progress("leximin", fixed.filter((f) => f !== null).length, level, panels.length);
    }
    if (!complete && anytime === null) {
      // Anytime answer: fixed levels stay; everyone else gets what the panels found so far guarantee.
      anytime = fixed.map((f) => f ?? Math.max(0, lastZ - 1e-7));
    }
    progress("final distribution", T, level, panels.length);
    const targets = anytime ?? fixed.map((f) => f ?? 0);
    const tFinal = Date.now();
    const { weights, kept } = await fitDistribution(panels, targets, size, complete);
    stats.finalMs = Date.now() - tFinal;
    const keptPanels = kept.map((j) => panels[j]);
    const typeProbability = new Array<number>(T).fill(0);
    keptPanels.forEach((x, j) => x.forEach((c, t) => (typeProbability[t] += (weights[j] * c) / size[t])));
    stats.runtimeMs = Date.now() - started;
    return { panels: keptPanels, weights, typeProbability, targets, maximin, complete, stats };
  } finally {
    pricing.dispose();
    master?.dispose();
    relaxation.dispose();
  }
}

/**
 * The final primal LP over the panels found: a distribution λ with Σλ = 1 whose probabilities meet
 * every target up to the smallest possible shortfall δ — or, with `exact` (the targets are the
 * LEXIMIN itself), deviate from every target by at most δ in either direction (else a few types
 * could absorb the shortfalls of many). Simplex returns a vertex, so few panels carry weight.
 */
async function fitDistribution(panels: number[][], targets: number[], size: number[], exact: boolean): Promise<{ weights: number[]; kept: number[] }> {
  const N = panels.length;
  const T = targets.length;
  const rows = [{ lower: 1, upper: 1, indices: panels.map((_, j) => j), values: panels.map(() => 1) }];
  const byType: { indices: number[]; values: number[] }[] = targets.map(() => ({ indices: [], values: [] }));
  panels.forEach((x, j) =>
    x.forEach((c, t) => {
      if (c > 0) {
        byType[t].indices.push(j);
        byType[t].values.push(c / size[t]);
      }
    }),
  );
  for (let t = 0; t < T; t++) {
    rows.push({ lower: targets[t], upper: Infinity, indices: [...byType[t].indices, N], values: [...byType[t].values, 1] });
    if (exact) rows.push({ lower: -Infinity, upper: targets[t], indices: [...byType[t].indices, N], values: [...byType[t].values, -1] });
  }
  const cost = new Array(N + 1).fill(0);
  cost[N] = 1;
  const res = await solveOnce(
    { sense: "min", cost, lower: new Array(N + 1).fill(0), upper: new Array(N + 1).fill(Infinity), rows },
    { solver: "simplex", primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10 },
  );
  if (res.status !== "Optimal") throw new Error(`the final distribution LP failed (${res.status})`);
  const kept: number[] = [];
  const weights: number[] = [];
  for (let j = 0; j < N; j++) {
    if (res.x[j] > 1e-12) {
      kept.push(j);
      weights.push(res.x[j]);
    }
  }
  const total = weights.reduce((a, b) => a + b, 0);
  return { weights: weights.map((v) => v / total), kept };
}
