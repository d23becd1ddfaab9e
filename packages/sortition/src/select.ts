/**
 * The one call the app makes (inside a worker thread): plain data in, plain data out.
 */
import { checkPanel, compilePool, compressTypes, type CompiledPool, type Pool } from "./pool.ts";
import { checkFeasibility, describeRelaxation, type FeasibilityReport } from "./feasibility.ts";
import { leximinOverTypes, type LeximinProgress } from "./leximin.ts";
import { roundToLottery } from "./rounding.ts";
import { commitSeed, lotteryHash, verifyDrawWithHash, type PublishedLottery } from "./draw.ts";
import { estimateLegacy, legacyDraw } from "./legacy.ts";
import { reserveList } from "./reserves.ts";
import { probabilityStats, type ProbabilityStats } from "./report.ts";
import { seededRandom, sha256Hex } from "./sha256.ts";

export interface SelectOptions {
  /** Panel size (overrides pool.k). */
  k?: number;
  algorithm?: "leximin" | "legacy";
  /** Panels in the published uniform lottery (default 1000). */
  panels?: number;
  /** Seed revealed at the draw. When absent a random one is generated (and reported). */
  seed?: string;
  /** Dice rolled live at the draw (each ≥ 1), mixed into the pick. */
  dice?: number[];
  /** LEXIMIN work budget in pricing integer programs (anytime answer when spent; deterministic). */
  maxPricingMips?: number;
  /** Legacy draws used to estimate LEGACY's probabilities (default 2000). */
  legacyRuns?: number;
  /** Length of the ordered reserve list (default 0). */
  reserves?: number;
}

export interface SelectProgress {
  phase: string;
  /** 0..1, a rough guide for a progress bar. */
  fraction: number;
}

export class InfeasibleQuotasError extends Error {
  readonly report: FeasibilityReport;
  constructor(report: FeasibilityReport) {
    const lines = ["The quotas cannot be met by any panel:", ...report.conflicts.map((c) => `  - ${c}`)];
    if (report.relaxation.length > 0) lines.push("Smallest relaxation that would work:", ...describeRelaxation(report.relaxation).map((c) => `  - ${c}`));
    super(lines.join("\n"));
    this.name = "InfeasibleQuotasError";
    this.report = report;
  }
}

export interface SelectionResult {
  algorithm: "leximin" | "legacy";
  k: number;
  n: number;
  /** Volunteer ids in input order. */
  ids: string[];
  /** Selection probability of every volunteer (LEXIMIN: exact; LEGACY: estimated). */
  probabilities: Record<string, number>;
  minProbability: number;
  stats: ProbabilityStats;
  /** LEXIMIN only: true when every level was solved (else the anytime answer at the time limit). */
  exact: boolean;
  /** LEXIMIN only: the proven optimal minimum probability, known after the first level. */
  maximin: number | null;
  /** The distribution over panels (LEXIMIN support; empty for LEGACY). */
  distribution: { panels: string[][]; weights: number[] };
  /** Quota and household check of every panel in the support and in the lottery. */
  quotaCheck: { panelsChecked: number; invalid: number; problems: string[] };
  /** LEXIMIN only: the uniform lottery over m panels, ready to publish. */
  lottery: {
    published: PublishedLottery;
    lotteryHash: string;
    /** Probability of each volunteer in the lottery, and the largest move from the LEXIMIN value. */
    probabilities: Record<string, number>;
    maxDeviation: number;
    method: string;
    /** Swaps made by the rounding search (deterministic). */
    swaps: number;
  } | null;
  draw: { seed: string; seedCommitment: string; dice: number[]; index: number | null };
  /** The drawn panel (ids). */
  panel: string[];
  /** Ordered reserve list (ids). */
  reserves: string[];
  legacy: { runs: number; failures: number; confidenceHalfWidth: number } | null;
  timings: { feasibilityMs: number; algorithmMs: number; lotteryMs: number; totalMs: number };
  solverStats?: Record<string, number>;
}

function randomSeed(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function publishablePool(cp: CompiledPool): PublishedLottery["pool"] {
  return cp.ids.map((id, i) => {
    const features: Record<string, string> = {};
    cp.featureNames.forEach((f, j) => (features[f] = cp.valueNames[j][cp.personValue[i][j]]));
    return cp.householdOf[i] >= 0 ? { id, features, household: cp.householdOf[i] + 1 } : { id, features };
  });
}

export async function selectPanel(pool: Pool, options: SelectOptions = {}, onProgress?: (p: SelectProgress) => void): Promise<SelectionResult> {
  const t0 = Date.now();
  const cp = compilePool(pool, options.k ?? pool.k);
  const algorithm = options.algorithm ?? "leximin";
  onProgress?.({ phase: "feasibility", fraction: 0 });
  const feas = await checkFeasibility(cp, pool);
  if (!feas.feasible) throw new InfeasibleQuotasError(feas);
  const t1 = Date.now();
  const seed = options.seed ?? randomSeed();
  const dice = options.dice ?? [];
  const toIds = (panel: readonly number[]) => panel.map((i) => cp.ids[i]);
  const record = (p: readonly number[]) => Object.fromEntries(cp.ids.map((id, i) => [id, p[i]]));

  if (algorithm === "legacy") {
    const est = estimateLegacy(cp, options.legacyRuns ?? 2000, seededRandom(`legacy-estimate\u0000${seed}`));
    const t2 = Date.now();
    const drawn = legacyDraw(cp, seededRandom(`legacy-draw\u0000${seed}\u0000${dice.join(",")}`));
    if (!drawn) throw new Error("the legacy algorithm failed to find a panel in 1000 attempts");
    const problems = checkPanel(cp, drawn.panel);
    const reserves = reserveList(cp, drawn.panel, options.reserves ?? 0, seededRandom(`reserves\u0000${seed}`));
    return {
      algorithm,
      k: cp.k,
      n: cp.n,
      ids: cp.ids,
      probabilities: record(est.probabilities),
      minProbability: est.minProbability,
      stats: probabilityStats(est.probabilities),
      exact: false,
      maximin: null,
      distribution: { panels: [], weights: [] },
      quotaCheck: { panelsChecked: 1, invalid: problems.length > 0 ? 1 : 0, problems },
      lottery: null,
      draw: { seed, seedCommitment: commitSeed(seed), dice, index: null },
      panel: toIds([...drawn.panel].sort((a, b) => a - b)),
      reserves: toIds(reserves),
      legacy: { runs: est.runs, failures: est.failures, confidenceHalfWidth: est.confidenceHalfWidth },
      timings: { feasibilityMs: t1 - t0, algorithmMs: t2 - t1, lotteryMs: Date.now() - t2, totalMs: Date.now() - t0 },
    };
  }

  const { types, typeOf } = compressTypes(cp);
  const dist = await leximinOverTypes(cp, types, {
    maxPricingMips: options.maxPricingMips,
    onProgress: (p: LeximinProgress) =>
      onProgress?.({ phase: `${p.phase} (level ${p.level}, ${p.panels} panels)`, fraction: 0.05 + 0.85 * (p.fixed / Math.max(1, p.total)) }),
  });
  const t2 = Date.now();
  const probs = cp.ids.map((_, i) => dist.typeProbability[typeOf[i]]);

  // Expand the support to people for reporting: each type-level panel with the first members of each type
  // (any choice has the same quota counts; within a type the lottery below rotates members).
  const supportPanels = dist.panels.map((x) => {
    const panel: number[] = [];
    x.forEach((c, t) => panel.push(...types[t].members.slice(0, c)));
    return panel.sort((a, b) => a - b);
  });
  onProgress?.({ phase: "lottery", fraction: 0.92 });
  const m = options.panels ?? 1000;
  const rounded = roundToLottery(dist.panels, dist.weights, types, cp.n, m, probs);
  const problems: string[] = [];
  let invalid = 0;
  for (const [label, list] of [["support", supportPanels], ["lottery", rounded.panels]] as const) {
    list.forEach((panel, j) => {
      const pr = checkPanel(cp, panel);
      if (pr.length > 0) {
        invalid++;
        problems.push(`${label} panel ${j + 1}: ${pr.join("; ")}`);
      }
    });
  }
  const published: PublishedLottery = {
    format: "decydujemy-panel-lottery/1",
    k: cp.k,
    m,
    features: cp.featureNames.map((name, f) => ({ name, values: cp.valueNames[f] })),
    quotas: cp.featureNames.flatMap((feature, f) =>
      cp.valueNames[f].map((value, v) => ({ feature, value, min: cp.quotaMin[f][v], max: cp.quotaMax[f][v] })),
    ),
    pool: publishablePool(cp),
    panels: rounded.panels.map(toIds),
    seedCommitment: commitSeed(seed),
  };
  const hash = lotteryHash(published);
  const index = verifyDrawWithHash(published, seed, dice, hash);
  const panelIdx = rounded.panels[index - 1];
  const reserves = reserveList(cp, panelIdx, options.reserves ?? 0, seededRandom(`reserves\u0000${sha256Hex(seed)}\u0000${index}`));
  onProgress?.({ phase: "done", fraction: 1 });
  return {
    algorithm,
    k: cp.k,
    n: cp.n,
    ids: cp.ids,
    probabilities: record(probs),
    minProbability: Math.min(...probs),
    stats: probabilityStats(probs),
    exact: dist.complete,
    maximin: dist.maximin,
    distribution: { panels: supportPanels.map(toIds), weights: dist.weights },
    quotaCheck: { panelsChecked: supportPanels.length + rounded.panels.length, invalid, problems },
    lottery: {
      published,
      lotteryHash: hash,
      probabilities: record(rounded.probabilities),
      maxDeviation: rounded.maxDeviation,
      method: rounded.method,
      swaps: rounded.swaps,
    },
    draw: { seed, seedCommitment: published.seedCommitment, dice, index },
    panel: toIds(panelIdx),
    reserves: toIds(reserves),
    legacy: null,
    timings: { feasibilityMs: t1 - t0, algorithmMs: t2 - t1, lotteryMs: Date.now() - t2, totalMs: Date.now() - t0 },
    solverStats: dist.stats,
  };
}
