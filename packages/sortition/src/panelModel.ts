/**
 * The integer program whose solutions are exactly the valid panels, over volunteer types:
 * x_t ∈ {0..|t|} people of type t, Σ x_t = k, every quota on the sums, ≤ 1 per household.
 */
import type { CompiledPool, VolunteerType } from "./pool.ts";
import type { LinearProgram, SparseRow } from "./highs.ts";

export interface QuotaRowRef {
  feature: number;
  value: number;
}

/** Rows: [0] size, then one per (feature, value) in order, then one per household. */
export function panelRows(cp: CompiledPool, types: VolunteerType[]): { rows: SparseRow[]; quotaRows: QuotaRowRef[] } {
  const rows: SparseRow[] = [{ lower: cp.k, upper: cp.k, indices: types.map((_, t) => t), values: types.map(() => 1) }];
  const quotaRows: QuotaRowRef[] = [];
  cp.valueNames.forEach((vs, f) =>
    vs.forEach((_, v) => {
      const idx: number[] = [];
      types.forEach((ty, t) => {
        if (ty.values[f] === v) idx.push(t);
      });
      rows.push({ lower: cp.quotaMin[f][v], upper: cp.quotaMax[f][v], indices: idx, values: idx.map(() => 1) });
      quotaRows.push({ feature: f, value: v });
    }),
  );
  cp.households.forEach((_, h) => {
    const idx: number[] = [];
    types.forEach((ty, t) => {
      if (ty.household === h) idx.push(t);
    });
    rows.push({ lower: 0, upper: 1, indices: idx, values: idx.map(() => 1) });
  });
  return { rows, quotaRows };
}

export function panelProgram(cp: CompiledPool, types: VolunteerType[], cost: number[]): LinearProgram {
  return {
    sense: "max",
    cost,
    lower: types.map(() => 0),
    upper: types.map((t) => t.members.length),
    integer: types.map((_, t) => t),
    rows: panelRows(cp, types).rows,
  };
}

/** Quota and household check of a type-level panel (counts per type). */
export function typePanelValid(cp: CompiledPool, types: VolunteerType[], x: readonly number[]): boolean {
  let size = 0;
  const counts = cp.valueNames.map((vs) => vs.map(() => 0));
  const house = new Map<number, number>();
  for (let t = 0; t < types.length; t++) {
    const c = x[t];
    if (c === 0) continue;
    if (c < 0 || c > types[t].members.length || !Number.isInteger(c)) return false;
    size += c;
    types[t].values.forEach((v, f) => (counts[f][v] += c));
    const h = types[t].household;
    if (h >= 0) {
      house.set(h, (house.get(h) ?? 0) + c);
      if (house.get(h)! > 1) return false;
    }
  }
  if (size !== cp.k) return false;
  return counts.every((vs, f) => vs.every((c, v) => c >= cp.quotaMin[f][v] && c <= cp.quotaMax[f][v]));
}
