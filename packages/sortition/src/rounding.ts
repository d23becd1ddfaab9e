/**
 * Transparent lottery (Flanigan, Kehne, Procaccia, "Fair sortition made transparent", NeurIPS 2021):
 * replace the LEXIMIN distribution by a uniform lottery over m panels (a list that can be published
 * and drawn from with a single number 1..m), moving each volunteer's probability as little as possible.
 *
 * Step 1 (types): choose integer multiplicities n_j ∈ {⌊mλ_j⌋, ⌈mλ_j⌉} with Σ n_j = m, keeping the
 * largest deviation, over types, of expected seats per member from the target small. Start from
 * largest remainders, then swap one "round up" from panel a to panel b while that lowers the largest
 * deviation (or keeps it and lowers the sum of squared deviations), always taking the best swap,
 * ties to the lowest indices. Every step strictly improves, so it ends by itself: no time limit, no
 * solver, plain IEEE arithmetic in a fixed order — the same lottery on every machine, however busy.
 * (It replaced an integer program under a 10 s wall-clock limit, whose answer depended on the load.)
 * Step 2 (people): within a type, seats are dealt out round-robin over the type's members across the
 * m panels, so members of a type differ by at most one appearance. Every published panel is a valid
 * panel: it has the type counts of a valid type panel.
 */
import type { VolunteerType } from "./pool.ts";

export interface RoundedLottery {
  /** m panels of person indices (sorted), in publication order; panel number i+1 is panels[i]. */
  panels: number[][];
  /** Probability of each person in the uniform lottery over the m panels. */
  probabilities: number[];
  /** Largest |lottery probability − target probability| over all volunteers. */
  maxDeviation: number;
  method: "exact" | "swap search";
  /** Swaps made by the search (a deterministic count, reported for benchmarks). */
  swaps: number;
}

/** Improvements smaller than this count as ties (they are rounding noise, and must not cycle). */
const EPS = 1e-13;

/**
 * Which panels to round up: `need` of the candidates, chosen by largest remainder then improved by
 * best-improvement swaps. d is the deviation per type for the floors; add[j] the sparse effect of
 * rounding panel j up. Exported for tests.
 */
export function chooseRoundUps(
  d0: readonly number[],
  addIn: { idx: number[]; val: number[] }[],
  fracs: readonly number[],
  need: number,
): { up: boolean[]; swaps: number } {
  const J = addIn.length;
  const T = d0.length;
  const d = Float64Array.from(d0);
  // Typed copies of the sparse rows: the same numbers, read faster in the O(up × down) scan below.
  const add = addIn.map((a) => ({ idx: Int32Array.from(a.idx), val: Float64Array.from(a.val) }));
  const candidates = fracs.map((f, j) => j).filter((j) => fracs[j] > 1e-12);
  const order = [...candidates].sort((a, b) => fracs[b] - fracs[a] || a - b);
  const up = new Array<boolean>(J).fill(false);
  for (let r = 0; r < need && r < order.length; r++) {
    up[order[r]] = true;
    add[order[r]].idx.forEach((t, i) => (d[t] += add[order[r]].val[i]));
  }
  const dA = new Float64Array(T); // d with panel a's round-up taken away
  const stampA = new Int32Array(T).fill(-1);
  const stampB = new Int32Array(T).fill(-1);
  const byAbs = new Int32Array(T);
  let swaps = 0;
  const maxIterations = 20 * J + 100; // a safety net only: each swap strictly improves
  for (let iter = 0; iter < maxIterations; iter++) {
    // Types by |d| descending (ties by index): the largest deviation among the types a swap leaves alone.
    const sorted = Array.from({ length: T }, (_, t) => t).sort((x, y) => Math.abs(d[y]) - Math.abs(d[x]) || x - y);
    for (let i = 0; i < T; i++) byAbs[i] = sorted[i];
    const curMax = T > 0 ? Math.abs(d[byAbs[0]]) : 0;
    let bestMax = curMax;
    let bestSq = 0; // change of Σd² (the current state: 0)
    let bestA = -1;
    let bestB = -1;
    const downList = candidates.filter((j) => !up[j]);
    for (const a of candidates) {
      if (!up[a]) continue;
      const ai = add[a].idx;
      const av = add[a].val;
      let sqA = 0;
      for (let i = 0; i < ai.length; i++) {
        const t = ai[i];
        const v = d[t] - av[i];
        sqA += v * v - d[t] * d[t];
        dA[t] = v;
        stampA[t] = a;
      }
      for (let jb = 0; jb < downList.length; jb++) {
        const b = downList[jb];
        const bi = add[b].idx;
        const bv = add[b].val;
        let newMax = 0;
        let sq = sqA;
        // newMax only grows: once it exceeds bestMax + EPS the pair is out (the same pairs are skipped
        // as when the sum is finished first; stampB's stale entries are never read for another b).
        const cut = bestMax + EPS;
        let out = false;
        for (let i = 0; i < bi.length; i++) {
          const t = bi[i];
          stampB[t] = b;
          const base = stampA[t] === a ? dA[t] : d[t];
          const v = base + bv[i];
          const abs = Math.abs(v);
          if (abs > newMax) {
            newMax = abs;
            if (newMax > cut) {
              out = true;
              break;
            }
          }
          sq += v * v - base * base;
        }
        if (out) continue;
        for (let i = 0; i < ai.length; i++) {
          const t = ai[i];
          if (stampB[t] !== b) {
            const abs = Math.abs(dA[t]);
            if (abs > newMax) newMax = abs;
          }
        }
        if (newMax > cut) continue;
        for (let i = 0; i < T; i++) {
          const t = byAbs[i];
          if (stampA[t] !== a && stampB[t] !== b) {
            const abs = Math.abs(d[t]);
            if (abs > newMax) newMax = abs;
            break;
          }
        }
        if (newMax < bestMax - EPS || (newMax <= bestMax + EPS && sq < bestSq - EPS)) {
          bestMax = newMax;
          bestSq = sq;
          bestA = a;
          bestB = b;
        }
      }
      for (let i = 0; i < ai.length; i++) stampA[ai[i]] = -1;
    }
    if (bestA < 0) break;
    up[bestA] = false;
    up[bestB] = true;
    add[bestA].idx.forEach((t, i) => (d[t] -= add[bestA].val[i]));
    add[bestB].idx.forEach((t, i) => (d[t] += add[bestB].val[i]));
    swaps++;
  }
  return { up, swaps };
}

function panelSize(x: readonly number[], seatTypes: readonly number[]): number {
  let size = 0;
  for (const t of seatTypes) size += x[t];
  return size;
}

export function roundToLottery(
  typePanels: number[][],
  weights: number[],
  types: VolunteerType[],
  n: number,
  m: number,
  targetProbability: number[],
): RoundedLottery {
  const T = types.length;
  const size = types.map((t) => t.members.length);
  const floors = weights.map((l) => Math.floor(l * m + 1e-9));
  const fracs = weights.map((l, j) => Math.max(0, l * m - floors[j]));
  const need = m - floors.reduce((a, b) => a + b, 0);
  // Deviation per type of the floors from the target expected seats per member.
  const d = new Array<number>(T).fill(0);
  typePanels.forEach((x, j) => x.forEach((c, t) => c > 0 && (d[t] += (floors[j] * c - weights[j] * m * c) / size[t])));
  const add = typePanels.map((x) => {
    const idx: number[] = [];
    const val: number[] = [];
    x.forEach((c, t) => c > 0 && (idx.push(t), val.push(c / size[t])));
    return { idx, val };
  });
  let counts = [...floors];
  let swaps = 0;
  if (need > 0) {
    const chosen = chooseRoundUps(d, add, fracs, need);
    swaps = chosen.swaps;
    counts = floors.map((f, j) => f + (chosen.up[j] ? 1 : 0));
    // Fewer fractional panels than round-ups needed (only by floating-point accident): deal the rest.
    let missing = m - counts.reduce((a, b) => a + b, 0);
    for (let j = 0; missing > 0; j = (j + 1) % counts.length, missing--) counts[j]++;
  }

  // Deal seats to people: type panel j repeated counts[j] times, members taken round-robin.
  const pointer = new Array<number>(T).fill(0);
  const appearances = new Array<number>(n).fill(0);
  const panels: number[][] = [];
  typePanels.forEach((x, j) => {
    const seatTypes = add[j].idx; // the types with seats in x, ascending
    for (let copy = 0; copy < counts[j]; copy++) {
      const panel = new Int32Array(panelSize(x, seatTypes));
      let at = 0;
      for (const t of seatTypes) {
        const members = types[t].members;
        for (let s = 0; s < x[t]; s++) {
          const person = members[pointer[t] % members.length];
          pointer[t]++;
          panel[at++] = person;
          appearances[person]++;
        }
      }
      panels.push(Array.from(panel.sort()));
    }
  });
  const probabilities = appearances.map((a) => a / m);
  let maxDeviation = 0;
  for (let i = 0; i < n; i++) maxDeviation = Math.max(maxDeviation, Math.abs(probabilities[i] - targetProbability[i]));
  return { panels, probabilities, maxDeviation, method: need > 0 ? "swap search" : "exact", swaps };
}
