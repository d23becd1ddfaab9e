/** Fairness statistics of a probability vector, and a readable text report. */

export interface ProbabilityStats {
  min: number;
  max: number;
  mean: number;
  /** Gini coefficient of the selection probabilities (0 = everyone equal). */
  gini: number;
  /** Geometric mean (0 when anyone has probability 0) — the Nash welfare the literature compares. */
  geometricMean: number;
}

export function probabilityStats(p: readonly number[]): ProbabilityStats {
  const n = p.length;
  const sorted = [...p].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  let weighted = 0;
  sorted.forEach((v, i) => (weighted += (2 * (i + 1) - n - 1) * v));
  const gini = total > 0 ? weighted / (n * total) : 0;
  const geometricMean = sorted[0] <= 0 ? 0 : Math.exp(sorted.reduce((a, v) => a + Math.log(v), 0) / n);
  return { min: sorted[0], max: sorted[n - 1], mean: total / n, gini, geometricMean };
}

export function pct(p: number, digits = 2): string {
  return `${(100 * p).toFixed(digits)} %`;
}
