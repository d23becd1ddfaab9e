/**
 * The Sortition Foundation's earlier greedy method ("LEGACY"), for comparison. Seat by seat it picks
 * the feature value whose unmet minimum is largest relative to the volunteers still available,
 * draws a uniformly random volunteer with that value, removes their household, and removes everyone
 * whose value has reached its maximum. It can fail, in which case the draw is repeated. Its
 * selection probabilities are not known in closed form, so we estimate them by repeated draws.
 */
import type { CompiledPool } from "./pool.ts";

/** One legacy draw (person indices), or null when it ran into a dead end. */
export function legacyDrawOnce(cp: CompiledPool, random: () => number): number[] | null {
  const F = cp.featureNames.length;
  const alive = new Uint8Array(cp.n).fill(1);
  const remaining = cp.valueNames.map((vs) => vs.map(() => 0));
  const selected = cp.valueNames.map((vs) => vs.map(() => 0));
  for (let i = 0; i < cp.n; i++) for (let f = 0; f < F; f++) remaining[f][cp.personValue[i][f]]++;
  const remove = (i: number) => {
    alive[i] = 0;
    for (let f = 0; f < F; f++) remaining[f][cp.personValue[i][f]]--;
  };
  // A value whose maximum is already reached (max 0) is "full" from the start: nobody with it may be drawn.
  for (let i = 0; i < cp.n; i++) {
    if (alive[i] && cp.personValue[i].some((v, f) => cp.quotaMax[f][v] === 0)) remove(i);
  }
  const panel: number[] = [];
  for (let seat = 0; seat < cp.k; seat++) {
    let bestRatio = -Infinity;
    let bf = -1;
    let bv = -1;
    for (let f = 0; f < F; f++) {
      for (let v = 0; v < cp.valueNames[f].length; v++) {
        const need = cp.quotaMin[f][v] - selected[f][v];
        if (need > 0 && remaining[f][v] < need) return null;
        if (remaining[f][v] === 0 || cp.quotaMax[f][v] === 0) continue;
        const ratio = need / remaining[f][v];
        if (ratio > bestRatio) {
          bestRatio = ratio;
          bf = f;
          bv = v;
        }
      }
    }
    if (bf < 0) return null;
    let pick = Math.floor(random() * remaining[bf][bv]);
    let chosen = -1;
    for (let i = 0; i < cp.n; i++) {
      if (alive[i] && cp.personValue[i][bf] === bv && pick-- === 0) {
        chosen = i;
        break;
      }
    }
    if (chosen < 0) return null;
    panel.push(chosen);
    remove(chosen);
    for (let f = 0; f < F; f++) selected[f][cp.personValue[chosen][f]]++;
    const h = cp.householdOf[chosen];
    if (h >= 0) for (const j of cp.households[h]) if (alive[j]) remove(j);
    for (let f = 0; f < F; f++) {
      const v = cp.personValue[chosen][f];
      if (selected[f][v] >= cp.quotaMax[f][v]) {
        for (let i = 0; i < cp.n; i++) if (alive[i] && cp.personValue[i][f] === v) remove(i);
      }
    }
  }
  for (let f = 0; f < F; f++) for (let v = 0; v < cp.valueNames[f].length; v++) if (selected[f][v] < cp.quotaMin[f][v]) return null;
  return panel;
}

/** A legacy draw, repeated on failure (as the Sortition Foundation's tool does). */
export function legacyDraw(cp: CompiledPool, random: () => number, maxAttempts = 1000): { panel: number[]; attempts: number } | null {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const panel = legacyDrawOnce(cp, random);
    if (panel) return { panel, attempts: attempt };
  }
  return null;
}

export interface LegacyEstimate {
  runs: number;
  failures: number;
  probabilities: number[];
  /** Half-width of a simultaneous 95 % confidence band (Hoeffding + union bound over all volunteers). */
  confidenceHalfWidth: number;
  minProbability: number;
}

export function estimateLegacy(cp: CompiledPool, runs: number, random: () => number): LegacyEstimate {
  const hits = new Array<number>(cp.n).fill(0);
  let failures = 0;
  let done = 0;
  while (done < runs) {
    const panel = legacyDrawOnce(cp, random);
    if (!panel) {
      failures++;
      if (failures > 100 * runs + 1000) break;
      continue;
    }
    for (const i of panel) hits[i]++;
    done++;
  }
  const probabilities = hits.map((h) => (done === 0 ? 0 : h / done));
  const confidenceHalfWidth = done === 0 ? 1 : Math.sqrt(Math.log((2 * cp.n) / 0.05) / (2 * done));
  return { runs: done, failures, probabilities, confidenceHalfWidth, minProbability: Math.min(...probabilities) };
}
