import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { compilePool, checkPanel } from "./pool.ts";
import { selectPanel, InfeasibleQuotasError, type SelectionResult } from "./select.ts";
import { verifyDraw, checkLottery } from "./draw.ts";
import { replacementFor, canReplace } from "./reserves.ts";
import { fixtures, loadReplication, loadScotland } from "./testData.ts";

describe("selectPanel (the worker-thread API)", () => {
  const pool = loadScotland(join(fixtures, "scotland_like_22"));
  const phases: string[] = [];
  let r: SelectionResult;
  beforeAll(async () => {
    r = await selectPanel(pool, { seed: "kraków-2021", dice: [4, 2], panels: 500, reserves: 10 }, (p) => phases.push(p.phase));
  });

  it("returns plain data: LEXIMIN probabilities, a published lottery and a reproducible draw", () => {
    expect(structuredClone(r)).toEqual(r);
    expect(phases.at(-1)).toBe("done");
    expect(r.exact).toBe(true);
    expect(r.minProbability).toBeGreaterThanOrEqual(0.0909 - 1e-4);
    expect(Object.values(r.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(22, 6);
    expect(r.quotaCheck.invalid).toBe(0);
    const lottery = r.lottery!;
    expect(lottery.published.panels).toHaveLength(500);
    expect(checkLottery(lottery.published)).toEqual([]);
    // Anyone can redo the pick from the published data, the seed and the dice.
    const index = verifyDraw(JSON.parse(JSON.stringify(lottery.published)), "kraków-2021", [4, 2]);
    expect(index).toBe(r.draw.index);
    expect(r.panel).toEqual(lottery.published.panels[index - 1]);
    // Rounding moves every probability by little (one panel of 500 is 0.2 %).
    expect(lottery.maxDeviation).toBeLessThan(0.03);
    const total = Object.values(lottery.probabilities).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(22, 9);
  });

  it("orders reserves so that dropouts can be replaced without breaking a quota", () => {
    const cp = compilePool(pool);
    const idx = new Map(cp.ids.map((id, i) => [id, i]));
    const panel = r.panel.map((id) => idx.get(id)!);
    const reserves = r.reserves.map((id) => idx.get(id)!);
    expect(reserves).toHaveLength(10);
    expect(reserves.some((x) => panel.includes(x))).toBe(false);
    let replaced = 0;
    for (const p of panel) {
      const sub = replacementFor(cp, panel, reserves, p);
      if (sub < 0) {
        // Only allowed when no reserve could take the seat without breaking a quota (ten reserves
        // cannot cover every combination of features; the app then recruits from the pool).
        const counts = cp.valueNames.map((vs) => vs.map(() => 0));
        panel.forEach((i) => cp.personValue[i].forEach((v, f) => counts[f][v]++));
        expect(reserves.some((q) => canReplace(cp, panel, counts, p, q))).toBe(false);
        continue;
      }
      replaced++;
      const next = panel.map((x) => (x === p ? sub : x));
      expect(checkPanel(cp, next)).toEqual([]);
    }
    expect(replaced).toBeGreaterThan(panel.length / 2);
  });

  it("LEGACY: an estimate with a confidence bound, a valid panel, and a minimum below LEXIMIN's", async () => {
    const pool = loadReplication(join(fixtures, "example_small_20"), 20);
    const legacy = await selectPanel(pool, { algorithm: "legacy", seed: "s", legacyRuns: 3000 });
    expect(legacy.legacy!.runs).toBe(3000);
    expect(legacy.quotaCheck.invalid).toBe(0);
    expect(Object.values(legacy.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(20, 6);
    const leximin = await selectPanel(pool, { seed: "s", panels: 50 });
    expect(leximin.minProbability).toBeGreaterThanOrEqual(legacy.minProbability - legacy.legacy!.confidenceHalfWidth);
    expect(legacy.minProbability).toBeLessThan(0.05); // published: LEGACY's minimum is at most 1.21 %
  });

  it("infeasible quotas raise an error that explains the conflict and the fix", async () => {
    const pool = loadReplication(join(fixtures, "example_small_20"), 20);
    pool.quotas = pool.quotas.map((q) => (q.value === "female" ? { ...q, min: 15 } : q.value === "male" ? { ...q, min: 15 } : q));
    await expect(selectPanel(pool)).rejects.toBeInstanceOf(InfeasibleQuotasError);
    await expect(selectPanel(pool)).rejects.toThrow(/minimums add up to 30, more than the panel size 20/);
  });
});
