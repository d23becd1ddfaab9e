/**
 * Transparent lottery (Flanigan, Kehne, Procaccia, "Fair sortition made transparent", NeurIPS 2021):
 * replace the LEXIMIN distribution by a uniform lottery over m panels (a list that can be published
 * and drawn from with a single number 1..m), moving each volunteer's probability as little as possible.
 *
 * Step 1 (types): choose integer multiplicities n_j ∈ {⌊mλ_j⌋, ⌈mλ_j⌉} with Σ n_j = m minimising the
 * largest deviation, over types, of expected seats per member from the target (a small integer program,
 * with largest-remainder rounding as a fallback). Step 2 (people): within a type, seats are dealt out
 * round-robin over the type's members across the m panels, so members of a type differ by at most one
 * appearance. Every published panel is a valid panel: it has the type counts of a valid type panel.
 */
import { solveOnce, roundInts } from "./highs.ts";
import type { VolunteerType } from "./pool.ts";

export interface RoundedLottery {
  /** m panels of person indices (sorted), in publication order; panel number i+1 is panels[i]. */
  panels: number[][];
  /** Probability of each person in the uniform lottery over the m panels. */
  probabilities: number[];
  /** Largest |lottery probability − target probability| over all volunteers. */
  maxDeviation: number;
  method: "integer program" | "largest remainder";
}

export async function roundToLottery(
  typePanels: number[][],
  weights: number[],
  types: VolunteerType[],
  n: number,
  m: number,
  targetProbability: number[],
): Promise<RoundedLottery> {
  const J = typePanels.length;
  const T = types.length;
  const size = types.map((t) => t.members.length);
  const floors = weights.map((l) => Math.floor(l * m + 1e-9));
  const fracs = weights.map((l, j) => Math.max(0, l * m - floors[j]));
  const need = m - floors.reduce((a, b) => a + b, 0);
  // Expected seats per member of type t in the current (fractional) lottery.
  const target = new Array<number>(T).fill(0);
  typePanels.forEach((x, j) => x.forEach((c, t) => c > 0 && (target[t] += (weights[j] * m * c) / size[t])));

  let counts: number[] | null = null;
  let method: RoundedLottery["method"] = "integer program";
  if (need > 0 && need < J) {
    // Binary u_j = round panel j up; d ≥ |Σ_j (floor_j + u_j) x_tj / |t| − target_t| for all t.
    const rows = [{ lower: need, upper: need, indices: typePanels.map((_, j) => j), values: typePanels.map(() => 1) }];
    const base = new Array<number>(T).fill(0);
    typePanels.forEach((x, j) => x.forEach((c, t) => c > 0 && (base[t] += (floors[j] * c) / size[t])));
    const byType: { idx: number[]; val: number[] }[] = types.map(() => ({ idx: [], val: [] }));
    typePanels.forEach((x, j) => x.forEach((c, t) => c > 0 && (byType[t].idx.push(j), byType[t].val.push(c / size[t]))));
    for (let t = 0; t < T; t++) {
      const rhs = target[t] - base[t];
      rows.push({ lower: rhs, upper: Infinity, indices: [...byType[t].idx, J], values: [...byType[t].val, 1] });
      rows.push({ lower: -Infinity, upper: rhs, indices: [...byType[t].idx, J], values: [...byType[t].val, -1] });
    }
    const cost = new Array(J + 1).fill(0);
    cost[J] = 1;
    const upper = fracs.map((f) => (f > 1e-12 ? 1 : 0));
    const res = await solveOnce(
      { sense: "min", cost, lower: new Array(J + 1).fill(0), upper: [...upper, Infinity], integer: typePanels.map((_, j) => j), rows },
      { time_limit: 10, mip_rel_gap: 1e-3 },
    );
    if ((res.status === "Optimal" || res.status === "TimeLimit") && res.x.length > 0) {
      const u = roundInts(res.x.slice(0, J));
      if (u.reduce((a, b) => a + b, 0) === need) counts = floors.map((f, j) => f + u[j]);
    }
  }
  if (counts === null) {
    method = need === 0 ? "integer program" : "largest remainder";
    const order = fracs.map((f, j) => j).sort((a, b) => fracs[b] - fracs[a] || a - b);
    counts = [...floors];
    for (let r = 0; r < need; r++) counts[order[r % J]]++;
  }

  // Deal seats to people: type panel j repeated counts[j] times, members taken round-robin.
  const pointer = new Array<number>(T).fill(0);
  const appearances = new Array<number>(n).fill(0);
  const panels: number[][] = [];
  typePanels.forEach((x, j) => {
    for (let copy = 0; copy < counts![j]; copy++) {
      const panel: number[] = [];
      x.forEach((c, t) => {
        const members = types[t].members;
        for (let s = 0; s < c; s++) {
          const person = members[pointer[t] % members.length];
          pointer[t]++;
          panel.push(person);
          appearances[person]++;
        }
      });
      panels.push(panel.sort((a, b) => a - b));
    }
  });
  const probabilities = appearances.map((a) => a / m);
  let maxDeviation = 0;
  for (let i = 0; i < n; i++) maxDeviation = Math.max(maxDeviation, Math.abs(probabilities[i] - targetProbability[i]));
  return { panels, probabilities, maxDeviation, method };
}
