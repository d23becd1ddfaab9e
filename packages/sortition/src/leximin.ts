/**
 * LEXIMIN selection probabilities (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 2021) by column
 * generation over volunteer types.
 *
 * Among all probability distributions over valid panels, LEXIMIN maximises the smallest selection
 * probability, then the second smallest, and so on. Level by level we solve (restricted to the
 * panels found so far) the dual LP
 *     minimise ŷ − Σ_{t fixed} f_t·y_t
 *     s.t.     Σ_t (x_t/|t|)·y_t ≤ ŷ      for every known panel x   (x_t = seats of type t)
 *              Σ_{t unfixed} y_t = 1,  y, ŷ ≥ 0
 * and price a new panel with the integer program max Σ_t (y_t/|t|)·x_t over all valid panels. When
 * no panel beats ŷ, the restricted optimum z is the true one for this level; every type with
 * y_t > 0 is tight in every optimal primal solution (complementary slackness), so its probability is
 * fixed at z, and the next level begins. The dual LP lives in one persistent HiGHS model: new panels
 * are appended as rows and fixings change coefficients, so each re-solve warm-starts from the last basis.
 */
import type { Model } from "highs";
import { getHighs, createModel, runModel, roundInts, solveOnce } from "./highs.ts";
import type { CompiledPool, VolunteerType } from "./pool.ts";
import { panelProgram, typePanelValid } from "./panelModel.ts";

export interface LeximinProgress {
  phase: "initial panels" | "leximin" | "final distribution";
  fixed: number;
  total: number;
  level: number;
  panels: number;
  elapsedMs: number;
}

export interface LeximinOptions {
  /** Wall-clock budget; when it runs out the best distribution found so far is returned (anytime). */
  timeLimitSeconds?: number;
  onProgress?: (p: LeximinProgress) => void;
  /** Stop after this many levels (e.g. 1: only the proven maximin), returning the anytime answer. */
  maxLevels?: number;
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
    levels: number;
    panelsGenerated: number;
    pricingMips: number;
    heuristicPanels: number;
    lpSolves: number;
    runtimeMs: number;
    /** Milliseconds spent in pricing MIPs, master LPs, interior-point level checks, the final LP. */
    pricingMs: number;
    masterMs: number;
    interiorMs: number;
    finalMs: number;
  };
}

const FIX_TOL = 1e-6; // a dual weight above this marks a type as tight at the current level
const PRICE_TOL = 1e-9; // a panel must beat ŷ by this much to count as improving
const HEURISTIC_ROUNDS = 1; // swap-only pricing rounds between MIPs (measured CPU: krakow 80 s → 62 s vs 2, scotland 7.4 s → 5.4 s vs 0)
const HEURISTIC_STARTS = 12; // best known panels to start the swaps from
const MIP_GAP = 1e-4; // relative gap when a MIP only has to produce a good panel (not certify a level)

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
    const inPanel = byWeightDesc.filter((t) => x[t] > 0).reverse(); // ascending weight
    let bestGain = PRICE_TOL;
    let bestA = -1;
    let bestB = -1;
    for (const b of byWeightDesc) {
      if (x[b] >= types[b].members.length) continue;
      if (w[b] - w[inPanel[0]] <= bestGain) break;
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

export async function leximinOverTypes(cp: CompiledPool, types: VolunteerType[], options: LeximinOptions = {}): Promise<TypeDistribution> {
  const started = Date.now();
  const deadline = started + (options.timeLimitSeconds ?? 600) * 1000;
  const highs = await getHighs();
  const T = types.length;
  const size = types.map((t) => t.members.length);
  const stats = { levels: 0, panelsGenerated: 0, pricingMips: 0, heuristicPanels: 0, lpSolves: 0, runtimeMs: 0, pricingMs: 0, masterMs: 0, interiorMs: 0, finalMs: 0 };
  const progress = (phase: LeximinProgress["phase"], fixedCount: number, level: number, panels: number) =>
    options.onProgress?.({ phase, fixed: fixedCount, total: T, level, panels, elapsedMs: Date.now() - started });

  const pricing: Model = createModel(highs, panelProgram(cp, types, types.map(() => 0)));
  let primal: Model | undefined;
  try {
    pricing.options.set({ mip_rel_gap: 1e-9, mip_abs_gap: 1e-9 });
    const allCols = { kind: "range" as const, from: 0, to: T - 1 };
    /** Exact pricing: the best valid panel for weights w, and an upper bound on its weight. */
    const mipSolutionEvent = highs.constants.callbackType.mipSolution;
    /** Every feasible panel the MIP met on its way (extra columns at no extra solver cost). */
    let byproducts: number[][] = [];
    const price = (w: Float64Array, tight = true): { x: number[]; value: number; bound: number } | null => {
      let scale = 0;
      for (let t = 0; t < T; t++) scale = Math.max(scale, Math.abs(w[t]));
      if (scale === 0) scale = 1;
      pricing.changeColsCost(allCols, Array.from(w, (v) => v / scale));
      stats.pricingMips++;
      byproducts = [];
      pricing.options.set({ time_limit: Math.max(1, (deadline - Date.now()) / 1000), mip_rel_gap: tight ? 1e-9 : MIP_GAP });
      const tPrice = Date.now();
      const res = runModel(pricing, {}, {
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

    // --- Initial panels: cover every type that any valid panel can include. ---
    const panels: number[][] = [];
    const seen = new Map<string, number>();
    const addPanel = (x: number[]): boolean => {
      const key = x.join(",");
      if (seen.has(key)) return false;
      seen.set(key, panels.length);
      panels.push(x);
      stats.panelsGenerated++;
      return true;
    };
    const covered = new Array<boolean>(T).fill(false);
    const unreachable = new Array<boolean>(T).fill(false);
    for (;;) {
      const w = new Float64Array(T);
      let any = false;
      for (let t = 0; t < T; t++) if (!covered[t] && !unreachable[t]) ((w[t] = 1 / size[t]), (any = true));
      if (!any) break;
      const r = price(w);
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

    // --- The restricted primal LP over the panels found, kept alive across rounds and levels. ---
    // Columns: z (column 0), then λ_j for panel j (column j+1). Rows: 0 = Σλ = 1; 1+t = type t:
    //   Σ_j (x_jt/|t|) λ_j − z ≥ 0 while t is unfixed,   Σ_j (x_jt/|t|) λ_j ≥ f_t once fixed.
    // Its row duals are the y of the dual LP; new panels are new columns, so each re-solve is a
    // warm-started primal simplex on a basis of only T+1 rows, however many panels accumulate.
    const fixed = new Array<number | null>(T).fill(null);
    unreachable.forEach((u, t) => u && (fixed[t] = 0));
    const unfixedIdx = () => fixed.map((f, t) => (f === null ? t : -1)).filter((t) => t >= 0);
    const rows: { lower: number; upper: number; indices: number[]; values: number[] }[] = [{ lower: 1, upper: 1, indices: [], values: [] }];
    for (let t = 0; t < T; t++) rows.push({ lower: fixed[t] ?? 0, upper: Infinity, indices: fixed[t] === null ? [0] : [], values: fixed[t] === null ? [-1] : [] });
    const master = createModel(highs, { sense: "max", cost: [1], lower: [-Infinity], upper: [Infinity], rows });
    master.options.set({ solver: "simplex", simplex_strategy: 4, presolve: "off" });
    primal = master;
    const columnOf = (x: number[]) => {
      const indices = [0];
      const values = [1];
      x.forEach((c, t) => {
        if (c > 0) {
          indices.push(t + 1);
          values.push(c / size[t]);
        }
      });
      return { indices, values };
    };
    let inMaster = 0;
    const syncColumns = () => {
      for (; inMaster < panels.length; inMaster++) master.addCol(0, 0, Infinity, columnOf(panels[inMaster]));
    };
    syncColumns();

    let maximin: number | null = null;
    let complete = true;
    let level = 0;
    let lastZ = 0;
    const setFixed = (t: number, value: number) => {
      fixed[t] = value;
      master.changeCoefficient(t + 1, 0, 0);
      master.changeRowBounds(t + 1, value, Infinity);
    };

    /** Duals of the current master LP from an interior-point solve without crossover (null on failure). */
    const interiorDuals = (unf: number[]): Float64Array | null => {
      const rowsNow: { lower: number; upper: number; indices: number[]; values: number[] }[] = [
        { lower: 1, upper: 1, indices: panels.map((_, j) => j + 1), values: panels.map(() => 1) },
      ];
      const byType: { indices: number[]; values: number[] }[] = types.map((_, t) =>
        fixed[t] === null ? { indices: [0], values: [-1] } : { indices: [], values: [] },
      );
      panels.forEach((x, j) => x.forEach((c, t) => c > 0 && (byType[t].indices.push(j + 1), byType[t].values.push(c / size[t]))));
      for (let t = 0; t < T; t++) rowsNow.push({ lower: fixed[t] ?? 0, upper: Infinity, ...byType[t] });
      let model: Model | undefined;
      try {
        model = createModel(highs, {
          sense: "max",
          cost: [1, ...panels.map(() => 0)],
          lower: [-Infinity, ...panels.map(() => 0)],
          upper: [Infinity, ...panels.map(() => Infinity)],
          rows: rowsNow,
        });
        const r = runModel(model, { solver: "ipm", run_crossover: "off", ipm_optimality_tolerance: 1e-10 });
        if (r.status !== "Optimal" || r.rowDual.length !== T + 1) return null;
        let sgn = 0;
        for (const t of unf) sgn += r.rowDual[t + 1];
        const sign = sgn < 0 ? -1 : 1;
        const out = new Float64Array(T);
        for (let t = 0; t < T; t++) out[t] = Math.max(0, sign * r.rowDual[t + 1]);
        return out;
      } catch {
        return null;
      } finally {
        model?.dispose();
      }
    };
    const smoothing = 0.7;
    let heuristicStreak = 0;
    let center: Float64Array | null = null;
    let centerBound = Infinity;
    outer: while (fixed.some((f) => f === null)) {
      level++;
      center = null;
      centerBound = Infinity;
      for (;;) {
        if (Date.now() > deadline || stats.levels >= (options.maxLevels ?? Infinity)) {
          complete = false;
          break outer;
        }
        syncColumns();
        stats.lpSolves++;
        const tMaster = Date.now();
        let res = runModel(master);
        stats.masterMs += Date.now() - tMaster;
        let relaxations = 0;
        while (res.status !== "Optimal" && relaxations < 20) {
          // Fixed values a hair too high for floating point make the LP infeasible: relax them slightly.
          relaxations++;
          fixed.forEach((f, t) => f !== null && f > 0 && setFixed(t, Math.max(0, f - 1e-7)));
          stats.lpSolves++;
          res = runModel(master);
        }
        if (res.status !== "Optimal") throw new Error(`the LEXIMIN master LP failed (${res.status})`);
        const z = res.objective;
        lastZ = z;
        // Dual of type rows, oriented so that Σ_{unfixed} y_t = +1 (the z column's dual constraint).
        const unf = unfixedIdx();
        let sgn = 0;
        for (const t of unf) sgn += res.rowDual[t + 1];
        const sign = sgn < 0 ? -1 : 1;
        const y = new Float64Array(T);
        for (let t = 0; t < T; t++) y[t] = Math.max(0, sign * res.rowDual[t + 1]);
        const w = new Float64Array(T);
        for (let t = 0; t < T; t++) w[t] = y[t] / size[t];
        // ŷ = the convexity row's dual = the best known panel's weight (equal on the support).
        let yhat = -Infinity;
        for (const x of panels) yhat = Math.max(yhat, dot(w, x));
        const threshold = yhat + PRICE_TOL + 1e-9 * Math.abs(yhat);

        // Cheap pricing first: polish the best known panels by single-seat swaps. After a few such
        // rounds the exact MIP runs anyway: swaps alone stall in local optima and yield weak panels.
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
        let certified = false;
        for (;;) {
          const ySep = new Float64Array(T);
          for (let t = 0; t < T; t++) ySep[t] = alpha * (center ? center[t] : 0) + (1 - alpha) * y[t];
          const wSep = new Float64Array(T);
          for (let t = 0; t < T; t++) wSep[t] = ySep[t] / size[t];
          const r = price(wSep, alpha === 0);
          if (!r) {
            complete = false;
            break outer;
          }
          let fixedPart = 0;
          for (let t = 0; t < T; t++) if (fixed[t] !== null) fixedPart += fixed[t]! * ySep[t];
          const ub = r.bound - fixedPart; // dual objective at a feasible dual point ≥ the level's optimum
          if (ub < centerBound) {
            centerBound = ub;
            center = ySep;
          }
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
            // a violation of ~1e-9): in both cases the level's value is as good as it gets.
            certified = true;
            break;
          }
          alpha = centerBound - z <= 1e-9 ? 0 : alpha < 0.05 ? 0 : alpha / 2;
        }
        if (!certified) continue;
        // No panel beats ŷ (up to the MIP's proven bound): z is optimal for this level.
        if (maximin === null) maximin = Math.max(0, z);
        // Which types are at this level in *every* optimal solution? Any optimal dual with y_t > 0
        // proves it for t. A simplex dual is a vertex and may show only a few; an interior-point
        // dual (no crossover) lies near the centre of the optimal dual face and shows (almost) all,
        // so far fewer levels are needed. Interior duals are only trusted for types that are also
        // tight in the current primal solution, with a margin well above the solver's tolerance.
        const pi = new Float64Array(T);
        panels.forEach((x, j) => {
          const lam = res.x[j + 1] ?? 0;
          if (lam > 0) x.forEach((c, t) => c > 0 && (pi[t] += (lam * c) / size[t]));
        });
        const tInt = Date.now();
        const yInt = unf.length > 1 ? interiorDuals(unf) : null;
        stats.interiorMs += Date.now() - tInt;
        let fixedNow = 0;
        let argmax = -1;
        for (const t of unf) {
          if (argmax < 0 || y[t] > y[argmax]) argmax = t;
          const tight = pi[t] <= z + 1e-7;
          if (y[t] > FIX_TOL || (yInt !== null && tight && yInt[t] > 1e-4)) {
            setFixed(t, Math.max(0, z));
            fixedNow++;
          }
        }
        if (fixedNow === 0 && argmax >= 0) setFixed(argmax, Math.max(0, z));
        stats.levels++;
        progress("leximin", fixed.filter((f) => f !== null).length, level, panels.length);
        break;
      }
    }
    if (!complete) {
      // Anytime answer: what the panels found so far guarantee to everyone not yet fixed.
      for (let t = 0; t < T; t++) if (fixed[t] === null) fixed[t] = Math.max(0, lastZ - 1e-7);
    }
    progress("final distribution", T, level, panels.length);
    const targets = fixed.map((f) => f ?? 0);
    const tFinal = Date.now();
    const { weights, kept } = await fitDistribution(panels, targets, size);
    stats.finalMs = Date.now() - tFinal;
    const keptPanels = kept.map((j) => panels[j]);
    const typeProbability = new Array<number>(T).fill(0);
    keptPanels.forEach((x, j) => x.forEach((c, t) => (typeProbability[t] += (weights[j] * c) / size[t])));
    stats.runtimeMs = Date.now() - started;
    return { panels: keptPanels, weights, typeProbability, targets, maximin, complete, stats };
  } finally {
    pricing.dispose();
    primal?.dispose();
  }
}

/**
 * The final primal LP over the panels found: a distribution λ with Σλ = 1 that meets every target
 * up to the smallest possible shortfall δ. Simplex returns a vertex, so few panels carry weight.
 */
async function fitDistribution(panels: number[][], targets: number[], size: number[]): Promise<{ weights: number[]; kept: number[] }> {
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
  }
  const cost = new Array(N + 1).fill(0);
  cost[N] = 1;
  const res = await solveOnce(
    { sense: "min", cost, lower: new Array(N + 1).fill(0), upper: new Array(N + 1).fill(Infinity), rows },
    { solver: "simplex" },
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
