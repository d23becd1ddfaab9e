/**
 * Before any draw: prove that some panel of size k meets every quota (and the household rule), or
 * explain which quotas conflict and propose the smallest relaxation (an integer program).
 */
import { compressTypes, type CompiledPool, type Pool } from "./pool.ts";
import { panelRows, panelProgram } from "./panelModel.ts";
import { roundInts, solveOnce, type LinearProgram } from "./highs.ts";

export interface QuotaChange {
  feature: string;
  value: string;
  min: number;
  max: number;
  newMin: number;
  newMax: number;
}

export interface FeasibilityReport {
  feasible: boolean;
  /** Plain-language reasons the quotas cannot all hold (empty when feasible). */
  conflicts: string[];
  /** Smallest relaxation that makes the quotas feasible (only when infeasible and one exists within min_flex/max_flex). */
  relaxation: QuotaChange[];
  /** One valid panel (person indices) when feasible: the proof. */
  witness: number[];
}

/** Quick counting arguments that name the conflicting quotas directly. */
function countingConflicts(cp: CompiledPool): string[] {
  const out: string[] = [];
  const available = cp.valueNames.map((vs) => vs.map(() => 0));
  for (let i = 0; i < cp.n; i++) cp.personValue[i].forEach((v, f) => available[f][v]++);
  cp.featureNames.forEach((name, f) => {
    const sumMin = cp.quotaMin[f].reduce((a, b) => a + b, 0);
    const sumMax = cp.valueNames[f].reduce((a, _, v) => a + Math.min(cp.quotaMax[f][v], available[f][v]), 0);
    if (sumMin > cp.k) out.push(`${name}: the minimums add up to ${sumMin}, more than the panel size ${cp.k}`);
    if (sumMax < cp.k) out.push(`${name}: at most ${sumMax} seats can be filled (maximums and available volunteers), fewer than the panel size ${cp.k}`);
    cp.valueNames[f].forEach((value, v) => {
      if (cp.quotaMin[f][v] > available[f][v]) {
        out.push(`${name}=${value}: minimum ${cp.quotaMin[f][v]} but only ${available[f][v]} volunteer(s) in the pool`);
      }
    });
  });
  return out;
}

export async function checkFeasibility(cp: CompiledPool, pool?: Pool): Promise<FeasibilityReport> {
  const { types } = compressTypes(cp);
  const lp = panelProgram(cp, types, types.map(() => 0));
  // No time limit: whether a panel exists must not depend on the machine's load (the model is small).
  const res = await solveOnce(lp);
  if (res.status === "Optimal") {
    const x = roundInts(res.x);
    const witness: number[] = [];
    types.forEach((t, j) => witness.push(...t.members.slice(0, x[j])));
    return { feasible: true, conflicts: [], relaxation: [], witness };
  }
  const conflicts = countingConflicts(cp);
  const relaxation = await relaxQuotas(cp, pool);
  if (relaxation.length > 0) {
    conflicts.push(
      "No panel meets all quotas together" + (conflicts.length === 0 ? " (the quotas conflict through volunteers who combine several features)" : ""),
    );
  } else {
    conflicts.push("No panel meets all quotas, and no relaxation within min_flex/max_flex (and the household rule) makes them feasible");
  }
  return { feasible: false, conflicts, relaxation, witness: [] };
}

/**
 * Smallest relaxation: integer slack a ≥ 0 below each min and b ≥ 0 above each max, minimising
 * Σ (1 + 2/min)·a + Σ b — lowering an already small minimum counts more (a minimum of 1 → 0 weighs
 * three times a +1 on a maximum), as in the Sortition Foundation's tool. min_flex/max_flex bound it.
 */
async function relaxQuotas(cp: CompiledPool, pool?: Pool): Promise<QuotaChange[]> {
  const { types } = compressTypes(cp);
  const { rows, quotaRows } = panelRows(cp, types);
  const T = types.length;
  const Q = quotaRows.length;
  const cost: number[] = types.map(() => 0);
  const lower: number[] = types.map(() => 0);
  const upper: number[] = types.map((t) => t.members.length);
  const flex = (f: number, v: number) =>
    pool?.quotas.find((q) => q.feature === cp.featureNames[f] && q.value === cp.valueNames[f][v]);
  quotaRows.forEach(({ feature: f, value: v }) => {
    const min = cp.quotaMin[f][v];
    const q = flex(f, v);
    cost.push(min === 0 ? 0 : 1 + 2 / min);
    lower.push(0);
    upper.push(min - (q?.minFlex ?? 0));
  });
  quotaRows.forEach(({ feature: f, value: v }) => {
    const q = flex(f, v);
    cost.push(1);
    lower.push(0);
    upper.push(Math.max(0, (q?.maxFlex ?? cp.k) - cp.quotaMax[f][v]));
  });
  const newRows = rows.map((r, idx) => {
    if (idx === 0 || idx > Q) return r;
    const qi = idx - 1;
    // min - a ≤ Σx ≤ max + b  ⇔  Σx + a ≥ min  and  Σx - b ≤ max
    return [
      { lower: r.lower, upper: Infinity, indices: [...r.indices, T + qi], values: [...r.values, 1] },
      { lower: -Infinity, upper: r.upper, indices: [...r.indices, T + Q + qi], values: [...r.values, -1] },
    ];
  }).flat();
  const lp: LinearProgram = {
    sense: "min",
    cost,
    lower,
    upper,
    integer: cost.map((_, j) => j),
    rows: newRows,
  };
  // A node limit, not a clock, bounds the suggestion (the same advice on every machine).
  const res = await solveOnce(lp, { mip_max_nodes: 100_000 });
  if (res.status !== "Optimal") return [];
  const x = roundInts(res.x);
  const changes: QuotaChange[] = [];
  quotaRows.forEach(({ feature: f, value: v }, qi) => {
    const a = x[T + qi];
    const b = x[T + Q + qi];
    if (a > 0 || b > 0) {
      changes.push({
        feature: cp.featureNames[f],
        value: cp.valueNames[f][v],
        min: cp.quotaMin[f][v],
        max: cp.quotaMax[f][v],
        newMin: cp.quotaMin[f][v] - a,
        newMax: cp.quotaMax[f][v] + b,
      });
    }
  });
  return changes;
}

export function describeRelaxation(changes: QuotaChange[]): string[] {
  return changes.map((c) =>
    c.newMin < c.min
      ? `lower the minimum of ${c.feature}=${c.value} from ${c.min} to ${c.newMin}`
      : `raise the maximum of ${c.feature}=${c.value} from ${c.max} to ${c.newMax}`,
  );
}
