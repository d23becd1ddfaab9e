/**
 * The public draw. Before the draw the organiser publishes the lottery (anonymised pool features,
 * quotas, the m panels) together with SHA-256(seed); at the draw the seed is revealed and/or dice are
 * rolled live. The winning panel number is then a pure function of published data:
 *
 *   digest = SHA-256("decydujemy-draw/1\n" + dataHash + "\n" + seed + "\n" + dice.join(","))
 *   index  = 1 + (digest as a 256-bit integer mod m)
 *
 * where dataHash = SHA-256 of the canonical JSON of the published lottery. Binding the data hash
 * into the digest means neither the panels nor the pool can be changed after the commitment.
 * This module has no Node imports: it runs in the browser for anyone who wants to check.
 */
import { sha256Hex } from "./sha256.ts";

export interface PublishedLottery {
  format: "decydujemy-panel-lottery/1";
  k: number;
  /** Number of panels; the draw picks one index in 1..m. */
  m: number;
  features: { name: string; values: string[] }[];
  quotas: { feature: string; value: string; min: number; max: number }[];
  /** Anonymised pool: public id, feature values, and a household number (no addresses). */
  pool: { id: string; features: Record<string, string>; household?: number }[];
  /** panels[i] is panel number i+1, as a sorted list of pool ids. */
  panels: string[][];
  /** SHA-256 (hex) of the seed, published before the draw; empty when only dice are used. */
  seedCommitment: string;
}

/** JSON with object keys sorted, so the same data always hashes the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) {
    // A list of strings (a panel): JSON.stringify writes exactly the same text, much faster.
    if (value.every((v) => typeof v === "string")) return JSON.stringify(value);
    return `[${value.map(canonicalJson).join(",")}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((key) => obj[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(obj[key])}`).join(",")}}`;
}

export function commitSeed(seed: string): string {
  return sha256Hex(seed);
}

export function lotteryHash(lottery: PublishedLottery): string {
  return sha256Hex(canonicalJson(lottery));
}

export class DrawError extends Error {}

/** Reproduce the pick: returns the winning panel number in 1..m (throws if the seed does not match its commitment). */
export function verifyDraw(lottery: PublishedLottery, seed: string, dice: readonly number[] = []): number {
  return verifyDrawWithHash(lottery, seed, dice, null);
}

/** verifyDraw when the caller already holds lotteryHash(lottery) (the selection computes it once). */
export function verifyDrawWithHash(lottery: PublishedLottery, seed: string, dice: readonly number[], dataHash: string | null): number {
  if (!Number.isInteger(lottery.m) || lottery.m < 1 || lottery.panels.length !== lottery.m) {
    throw new DrawError(`the lottery must list exactly m=${lottery.m} panels (found ${lottery.panels.length})`);
  }
  if (lottery.seedCommitment !== "" && commitSeed(seed) !== lottery.seedCommitment) {
    throw new DrawError("the revealed seed does not match the published commitment");
  }
  if (lottery.seedCommitment === "" && dice.length === 0) throw new DrawError("no seed commitment and no dice: nothing random to draw with");
  for (const d of dice) if (!Number.isInteger(d) || d < 1) throw new DrawError(`invalid die roll ${d}`);
  const digest = sha256Hex(`decydujemy-draw/1\n${dataHash ?? lotteryHash(lottery)}\n${seed}\n${dice.join(",")}`);
  // 256 random bits mod m: the bias is below m / 2^256, i.e. nil.
  return Number(BigInt(`0x${digest}`) % BigInt(lottery.m)) + 1;
}

/** The panel (pool ids) a draw selects. */
export function drawnPanel(lottery: PublishedLottery, seed: string, dice: readonly number[] = []): { index: number; panel: string[] } {
  const index = verifyDraw(lottery, seed, dice);
  return { index, panel: lottery.panels[index - 1] };
}

/** Check a published lottery on its own terms: every panel has k distinct pool members and meets every quota and the household rule. */
export function checkLottery(lottery: PublishedLottery): string[] {
  const problems: string[] = [];
  const byId = new Map(lottery.pool.map((p) => [p.id, p]));
  lottery.panels.forEach((panel, i) => {
    const label = `panel ${i + 1}`;
    if (panel.length !== lottery.k) problems.push(`${label}: ${panel.length} members, expected ${lottery.k}`);
    if (new Set(panel).size !== panel.length) problems.push(`${label}: a member appears twice`);
    const houses = new Set<number>();
    const counts = new Map<string, number>();
    for (const id of panel) {
      const person = byId.get(id);
      if (!person) {
        problems.push(`${label}: unknown id ${id}`);
        continue;
      }
      if (person.household !== undefined) {
        if (houses.has(person.household)) problems.push(`${label}: two members of household ${person.household}`);
        houses.add(person.household);
      }
      for (const [f, v] of Object.entries(person.features)) counts.set(`${f}\u0000${v}`, (counts.get(`${f}\u0000${v}`) ?? 0) + 1);
    }
    for (const q of lottery.quotas) {
      const c = counts.get(`${q.feature}\u0000${q.value}`) ?? 0;
      if (c < q.min || c > q.max) problems.push(`${label}: ${q.feature}=${q.value} has ${c}, quota ${q.min}–${q.max}`);
    }
  });
  return problems;
}
