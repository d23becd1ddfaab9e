/**
 * The LP relaxation of the set of achievable selection probabilities, used as an upper bound for
 * the LEXIMIN column generation.
 *
 * P = conv{ x/|t| : x a valid type-level panel } is the set of probability vectors (per type) that
 * some lottery achieves. Q = { x/|t| : Σ x_t = k, every quota, ≤ 1 per household, 0 ≤ x_t ≤ |t| },
 * the same constraints without integrality, plus any valid inequalities ("cuts") learnt from the
 * pricing integer program, contains P. Q is described by a small LP over the T types, so its
 * LEXIMIN levels take milliseconds, and they bound P's: for the same fixed types and values, the
 * level value of Q is ≥ the level value of P, and a type that cannot rise above the level in Q
 * cannot in P either. When Q's LEXIMIN vector lies in P it *is* P's LEXIMIN (it is lexicographically
 * at least every point of Q ⊇ P); checking that is a single column generation (see leximin.ts).
 */
import type { Highs, Model } from "highs";
import { createModel, runForSolution, runModelWarm, type SparseRow } from "./highs.ts";
import type { CompiledPool, VolunteerType } from "./pool.ts";
import { panelRows } from "./panelModel.ts";

/** Tolerances for the small LPs: tighter than HiGHS's defaults (1e-7), the answers feed fixings. */
const LP_OPTIONS = { solver: "simplex", presolve: "off", primal_feasibility_tolerance: 1e-10, dual_feasibility_tolerance: 1e-10 } as const;
/** A type counts as raisable above the level when some solution lifts it by more than this. */
const RAISE_TOL = 1e-8;
/** Lift cap per type in the raisability LP (small, so that one LP lifts every raisable type at once). */
const RAISE_CAP = 1e-3;
/** Carathéodory walk: a constraint counts as tight within this (seats); LP tries before an IP; IP node cap. */
const WALK_TOL = 1e-7;
const WALK_LP_TRIES = 3;
const WALK_MIP_NODES = 200;

export interface RelaxedLevel {
  /** The level value: max min over unfixed types, with the fixed types at their values. */
  z: number;
  /** Unfixed types that no point of Q (with the fixings, all unfixed ≥ z) lifts above z. */
  atLevel: number[];
}

export class Relaxation {
  private readonly base: SparseRow[];
  private readonly size: number[];
  private readonly cuts: SparseRow[] = [];

  constructor(
    private readonly highs: Highs,
    cp: CompiledPool,
    types: VolunteerType[],
  ) {
    this.base = panelRows(cp, types).rows;
    this.size = types.map((t) => t.members.length);
  }

  /** A valid inequality for every panel: Σ_t y_t·x_t/|t| ≤ beta (beta a proven bound from the pricing IP). */
  addCut(y: ArrayLike<number>, beta: number): void {
    const indices: number[] = [];
    const values: number[] = [];
    for (let t = 0; t < this.size.length; t++) {
      if (y[t] > 0) {
        indices.push(t);
        values.push(y[t] / this.size[t]);
      }
    }
    // A hair of slack: the cut must never cut off a panel because of rounding in beta.
    this.cuts.push({ lower: -Infinity, upper: beta + 1e-9 * Math.max(1, Math.abs(beta)), indices, values });
  }

  /**
   * One persistent LP for the levels (warm-started across levels and rounds). Columns: x_t (seats
   * of type t), z (the level), s_t (lift of type t). Rows: the panel constraints, one row per type
   *   x_t/|t| − d_t·z − s_t ≥ l_t   (d_t = 1, l_t = 0 while t is unfixed; d_t = 0, l_t = f_t once fixed),
   * then the cuts.
   */
  private model: Model | null = null;
  private zCoef: number[] = [];
  private cutsInModel = 0;

  private levelModel(): Model {
    const T = this.size.length;
    if (!this.model) {
      const rows: SparseRow[] = [...this.base];
      for (let t = 0; t < T; t++) rows.push({ lower: 0, upper: Infinity, indices: [t, T, T + 1 + t], values: [1 / this.size[t], -1, -1] });
      this.model = createModel(this.highs, {
        sense: "max",
        cost: [...new Array(T).fill(0), 1, ...new Array(T).fill(0)],
        lower: [...new Array(T).fill(0), -Infinity, ...new Array(T).fill(0)],
        upper: [...this.size, Infinity, ...new Array(T).fill(0)],
        rows,
      });
      this.model.options.set(LP_OPTIONS);
      this.zCoef = new Array(T).fill(-1);
    }
    for (; this.cutsInModel < this.cuts.length; this.cutsInModel++) {
      const c = this.cuts[this.cutsInModel];
      this.model.addRow(c.lower, c.upper, { indices: c.indices, values: c.values });
    }
    return this.model;
  }

  /** Free the solver memory (the object stays usable: the model is rebuilt on demand). */
  dispose(): void {
    this.model?.dispose();
    this.model = null;
    this.cutsInModel = 0;
  }

  /**
   * One LEXIMIN level of Q: z = max min_{t unfixed} x_t/|t| with x_t/|t| ≥ f_t for fixed t; then the
   * unfixed types that cannot be lifted above z (exactly the types LEXIMIN fixes at this level).
   * Null when the LP fails (the caller then does without the bound).
   */
  level(fixed: readonly (number | null)[]): RelaxedLevel | null {
    // Fixed values exactly as given first; a hair lower if rounding makes that infeasible.
    return this.levelWithSlack(fixed, 0) ?? this.levelWithSlack(fixed, 1e-9);
  }

  private levelWithSlack(fixed: readonly (number | null)[], slack: number): RelaxedLevel | null {
    const T = this.size.length;
    const B = this.base.length;
    const unfixed: number[] = [];
    for (let t = 0; t < T; t++) if (fixed[t] === null) unfixed.push(t);
    if (unfixed.length === 0) return null;
    const model = this.levelModel();
    const zCol = T;
    const sCols = { kind: "range" as const, from: T + 1, to: 2 * T };
    const typeRows = { kind: "range" as const, from: B, to: B + T - 1 };
    const rowLower: number[] = [];
    for (let t = 0; t < T; t++) {
      const d = fixed[t] === null ? -1 : 0;
      if (this.zCoef[t] !== d) {
        model.changeCoefficient(B + t, zCol, d);
        this.zCoef[t] = d;
      }
      rowLower.push(fixed[t] === null ? 0 : Math.max(0, fixed[t]! - slack));
    }
    model.changeRowsBounds(typeRows, rowLower, new Array(T).fill(Infinity));
    // Level value: maximise z, no lifts.
    model.changeColsBounds(sCols, new Array(T).fill(0), new Array(T).fill(0));
    model.changeColsCost(sCols, new Array(T).fill(0));
    model.changeColBounds(zCol, -Infinity, Infinity);
    model.changeColCost(zCol, 1);
    const first = runModelWarm(model);
    if (first.status !== "Optimal") return null;
    const z = first.objective;
    // Raisability: z fixed; maximise Σ_c s_c with x_c/|t| − s_c ≥ z, 0 ≤ s_c ≤ cap, everyone
    // unfixed ≥ z. Any c with s_c > 0 in a solution can be lifted; when the optimum is 0 no
    // candidate can. Each round removes the lifted ones, so a handful of rounds settles every candidate.
    model.changeColBounds(zCol, z, z);
    model.changeColCost(zCol, 0);
    let candidates = unfixed;
    for (let round = 0; round < T + 1 && candidates.length > 0; round++) {
      const upper = new Array<number>(T).fill(0);
      const cost = new Array<number>(T).fill(0);
      for (const t of candidates) {
        upper[t] = RAISE_CAP;
        cost[t] = 1;
      }
      model.changeColsBounds(sCols, new Array(T).fill(0), upper);
      model.changeColsCost(sCols, cost);
      const res = runModelWarm(model);
      if (res.status !== "Optimal") return null;
      const lifted = candidates.filter((t) => res.x[T + 1 + t] > RAISE_TOL);
      if (lifted.length === 0) break;
      candidates = candidates.filter((t) => res.x[T + 1 + t] <= RAISE_TOL);
    }
    if (candidates.length === 0) return null; // numerically inconsistent: some type must be at the level
    return { z, atLevel: candidates };
  }

  /** Q's LEXIMIN vector (per type) from the given fixings, and its level values; null when an LP fails. */
  leximin(fixedIn: readonly (number | null)[]): { pi: number[]; levels: number[] } | null {
    const fixed = [...fixedIn];
    const levels: number[] = [];
    while (fixed.some((f) => f === null)) {
      const lv = this.level(fixed);
      if (!lv) return null;
      for (const t of lv.atLevel) fixed[t] = Math.max(0, lv.z);
      levels.push(lv.z);
    }
    return { pi: fixed as number[], levels };
  }

  /**
   * Try to write x* (expected seats per type, a point of Q) as a lottery over valid panels by a
   * Carathéodory walk: take an integral point v of the smallest face of Q containing the current
   * point x (an LP vertex with a random objective when it happens to be integral, else a small
   * integer program), move x away from v as far as Q allows — x ← (x − θv)/(1 − θ) — so that x
   * lands on a smaller face, and repeat until x itself is integral. Every v is a valid panel (an
   * integral point of Q). The walk can get stuck when x leaves the integer hull (Q is not integral);
   * the panels found are then still good columns. Returns the panels and whether they cover x*.
   */
  decompose(xStar: readonly number[], random: () => number): { panels: number[][]; complete: boolean; lps: number; mips: number } {
    const T = this.size.length;
    const rows = [...this.base, ...this.cuts];
    const R = rows.length;
    const cols = { kind: "range" as const, from: 0, to: T - 1 };
    const allRows = { kind: "range" as const, from: 0, to: R - 1 };
    const spec = { sense: "max" as const, cost: new Array(T).fill(0), lower: new Array(T).fill(0), upper: [...this.size], rows };
    const lp = createModel(this.highs, spec);
    const mip = createModel(this.highs, { ...spec, integer: this.size.map((_, t) => t) });
    const panels: number[][] = [];
    const weights: number[] = [];
    let lps = 0;
    let mips = 0;
    try {
      lp.options.set({ solver: "simplex", presolve: "off" });
      mip.options.set({ mip_feasibility_tolerance: 1e-9 });
      let mass = 1;
      let x = [...xStar];
      const rest = [...xStar]; // x* minus the weighted panels taken so far (x = rest / mass)
      const rowScale = rows.map((r) => r.values.reduce((m, a) => Math.max(m, Math.abs(a)), 1));
      const isIntegral = (v: ArrayLike<number>, tol: number) => Array.prototype.every.call(v, (a: number) => Math.abs(a - Math.round(a)) <= tol);
      for (let step = 0; step <= T + R + 1; step++) {
        if (mass < 1e-9) break;
        if (isIntegral(x, WALK_TOL)) {
          panels.push(x.map((a) => Math.round(a)));
          weights.push(mass);
          return { panels, complete: true, lps, mips };
        }
        // The smallest face of Q containing x: every constraint tight at x stays tight.
        const lo = new Array<number>(T).fill(0);
        const hi = [...this.size];
        x.forEach((a, t) => {
          if (a <= WALK_TOL) hi[t] = 0;
          else if (a >= this.size[t] - WALK_TOL) lo[t] = this.size[t];
        });
        const rowLo: number[] = [];
        const rowHi: number[] = [];
        const activity = rows.map((r) => r.indices.reduce((acc, t, i) => acc + r.values[i] * x[t], 0));
        rows.forEach((r, i) => {
          const tol = WALK_TOL * rowScale[i];
          if (Math.abs(activity[i] - r.lower) <= tol) (rowLo.push(r.lower), rowHi.push(r.lower));
          else if (Math.abs(activity[i] - r.upper) <= tol) (rowLo.push(r.upper), rowHi.push(r.upper));
          else (rowLo.push(r.lower), rowHi.push(r.upper));
        });
        let v: number[] | null = null;
        for (let attempt = 0; attempt <= WALK_LP_TRIES && v === null; attempt++) {
          const model = attempt < WALK_LP_TRIES ? lp : mip;
          model.changeColsBounds(cols, lo, hi);
          model.changeRowsBounds(allRows, rowLo, rowHi);
          model.changeColsCost(cols, this.size.map(() => random() - 0.5));
          if (model === lp) {
            lps++;
            const res = runModelWarm(lp);
            if (res.status !== "Optimal") break; // an empty face: x has left Q (rounding); stop
            if (isIntegral(res.x, 1e-9)) v = res.x.map((a) => Math.round(a));
          } else {
            // Any integral point of the face will do: stop at the first one (a node limit, never a
            // time limit, keeps the walk deterministic).
            mips++;
            const sol = runForSolution(mip, { mip_max_improving_sols: 1, mip_max_nodes: WALK_MIP_NODES });
            if (sol && isIntegral(sol, 1e-6)) v = sol.map((a) => Math.round(a));
          }
        }
        if (v === null) break;
        // Ratio test: the largest θ with (x − θv)/(1 − θ) still in Q.
        let theta = 1;
        const limit = (slackX: number, slackV: number) => {
          if (slackV > 1e-12) theta = Math.min(theta, Math.max(0, slackX) / slackV);
        };
        for (let t = 0; t < T; t++) {
          limit(x[t], v[t]);
          limit(this.size[t] - x[t], this.size[t] - v[t]);
        }
        rows.forEach((r, i) => {
          const av = r.indices.reduce((acc, t, j) => acc + r.values[j] * v![t], 0);
          if (r.lower > -Infinity) limit(activity[i] - r.lower, av - r.lower);
          if (r.upper < Infinity) limit(r.upper - activity[i], r.upper - av);
        });
        if (theta <= 1e-12) break;
        panels.push(v);
        weights.push(mass * Math.min(1, theta));
        if (theta >= 1 - 1e-12) return { panels, complete: true, lps, mips };
        mass *= 1 - theta;
        // x from x* minus the panels taken so far (rounding does not compound through the divisions).
        const wv = weights[weights.length - 1];
        v.forEach((c, t) => (rest[t] -= wv * c));
        x = rest.map((a) => a / mass);
      }
      return { panels, complete: false, lps, mips };
    } finally {
      lp.dispose();
      mip.dispose();
    }
  }
}
