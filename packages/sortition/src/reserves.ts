/**
 * An ordered reserve list for a drawn panel. When panelist p drops out, the first reserve r in the
 * list such that (panel − p + r) still meets every quota and the household rule takes the seat.
 * The list is built greedily so that, as far as the pool allows, every panelist has a valid
 * replacement early in the list; ties are broken by a seeded shuffle, so the list is reproducible.
 */
import type { CompiledPool } from "./pool.ts";

function valueCounts(cp: CompiledPool, panel: readonly number[]): number[][] {
  const counts = cp.valueNames.map((vs) => vs.map(() => 0));
  for (const i of panel) cp.personValue[i].forEach((v, f) => counts[f][v]++);
  return counts;
}

/** Can reserve r take panelist p's seat without breaking a quota or the household rule? */
export function canReplace(cp: CompiledPool, panel: readonly number[], counts: number[][], p: number, r: number): boolean {
  if (panel.includes(r)) return false;
  const hr = cp.householdOf[r];
  if (hr >= 0 && panel.some((q) => q !== p && cp.householdOf[q] === hr)) return false;
  for (let f = 0; f < cp.featureNames.length; f++) {
    const vp = cp.personValue[p][f];
    const vr = cp.personValue[r][f];
    if (vp === vr) continue;
    if (counts[f][vp] - 1 < cp.quotaMin[f][vp] || counts[f][vr] + 1 > cp.quotaMax[f][vr]) return false;
  }
  return true;
}

export function reserveList(cp: CompiledPool, panel: readonly number[], count: number, random: () => number): number[] {
  // No reserves asked for: nothing to compute (the seeded shuffle below only orders candidates).
  if (count <= 0) return [];
  const counts = valueCounts(cp, panel);
  const inPanel = new Set(panel);
  const candidates = Array.from({ length: cp.n }, (_, i) => i).filter((i) => !inPanel.has(i));
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  // canReplace(cp, panel, counts, p, r) for every candidate r (never on the panel) and panelist p,
  // with the household test by counts (how many panelists share r's household) instead of a scan.
  const houseInPanel = new Map<number, number>();
  for (const q of panel) if (cp.householdOf[q] >= 0) houseInPanel.set(cp.householdOf[q], (houseInPanel.get(cp.householdOf[q]) ?? 0) + 1);
  const F = cp.featureNames.length;
  const covers = new Map<number, number[]>();
  for (const r of candidates) {
    const hr = cp.householdOf[r];
    const sharing = hr >= 0 ? (houseInPanel.get(hr) ?? 0) : 0;
    const vr = cp.personValue[r];
    const list: number[] = [];
    for (const p of panel) {
      if (sharing - (hr >= 0 && cp.householdOf[p] === hr ? 1 : 0) > 0) continue;
      const vp = cp.personValue[p];
      let ok = true;
      for (let f = 0; f < F && ok; f++) {
        if (vp[f] !== vr[f] && (counts[f][vp[f]] - 1 < cp.quotaMin[f][vp[f]] || counts[f][vr[f]] + 1 > cp.quotaMax[f][vr[f]])) ok = false;
      }
      if (ok) list.push(p);
    }
    covers.set(r, list);
  }
  const reserves: number[] = [];
  const timesCovered = new Map<number, number>(panel.map((p) => [p, 0]));
  while (reserves.length < Math.min(count, candidates.length)) {
    // Prefer the candidate who adds a replacement for the least-covered panelists.
    let best = -1;
    let bestScore = -1;
    const minCover = Math.min(...panel.map((p) => timesCovered.get(p)!));
    for (const r of candidates) {
      if (reserves.includes(r)) continue;
      const score = covers.get(r)!.filter((p) => timesCovered.get(p) === minCover).length;
      if (score > bestScore) {
        bestScore = score;
        best = r;
      }
    }
    if (best < 0) break;
    reserves.push(best);
    for (const p of covers.get(best)!) timesCovered.set(p, timesCovered.get(p)! + 1);
  }
  return reserves;
}

/** Who replaces `dropout`: the first reserve that keeps every quota, or -1 when none can. */
export function replacementFor(cp: CompiledPool, panel: readonly number[], reserves: readonly number[], dropout: number): number {
  const counts = valueCounts(cp, panel);
  for (const r of reserves) if (canReplace(cp, panel, counts, dropout, r)) return r;
  return -1;
}
