import { describe, expect, it } from "vitest";
import { compilePool, checkPanel, type Pool } from "./pool.ts";
import { checkFeasibility } from "./feasibility.ts";

const base = (quotas: Pool["quotas"], people: [string, string, string?][], k: number): Pool => ({
  features: [
    { name: "gender", values: ["f", "m"] },
    { name: "age", values: ["young", "old"] },
  ],
  quotas,
  people: people.map(([g, a, h], i) => ({ id: `p${i}`, features: { gender: g, age: a }, ...(h ? { household: h } : {}) })),
  k,
});

describe("feasibility", () => {
  it("proves feasibility with a witness panel that meets every quota", async () => {
    const pool = base([{ feature: "gender", value: "f", min: 1, max: 1 }], [["f", "young"], ["m", "old"], ["m", "young"]], 2);
    const cp = compilePool(pool);
    const rep = await checkFeasibility(cp, pool);
    expect(rep.feasible).toBe(true);
    expect(checkPanel(cp, rep.witness)).toEqual([]);
  });

  it("names a minimum that the pool cannot supply and proposes lowering it", async () => {
    const pool = base([{ feature: "gender", value: "f", min: 3, max: 3 }], [["f", "young"], ["f", "old"], ["m", "young"], ["m", "old"]], 3);
    const rep = await checkFeasibility(compilePool(pool), pool);
    expect(rep.feasible).toBe(false);
    expect(rep.conflicts.join("\n")).toMatch(/gender=f: minimum 3 but only 2 volunteer/);
    expect(rep.relaxation).toEqual([{ feature: "gender", value: "f", min: 3, max: 3, newMin: 2, newMax: 3 }]);
  });

  it("finds conflicts that only appear through people combining features, and the smallest fix", async () => {
    // Both women are young; quotas want 2 women and at most 1 young person.
    const pool = base(
      [
        { feature: "gender", value: "f", min: 2, max: 2 },
        { feature: "age", value: "young", min: 0, max: 1 },
      ],
      [["f", "young"], ["f", "young"], ["m", "old"], ["m", "old"]],
      3,
    );
    const rep = await checkFeasibility(compilePool(pool), pool);
    expect(rep.feasible).toBe(false);
    expect(rep.relaxation).toHaveLength(1);
    const change = rep.relaxation[0];
    // Raising the young maximum by one costs 1; lowering a minimum of 2 costs 2: the cheaper fix wins.
    expect(change).toMatchObject({ feature: "age", value: "young", newMax: 2 });
  });

  it("respects the household rule and the flex limits", async () => {
    const pool = base([{ feature: "gender", value: "f", min: 2, max: 2, minFlex: 2 }], [["f", "young", "h"], ["f", "old", "h"], ["m", "old"]], 2);
    const rep = await checkFeasibility(compilePool(pool), pool);
    expect(rep.feasible).toBe(false);
    expect(rep.relaxation).toEqual([]); // min_flex forbids lowering the minimum: no relaxation allowed
    expect(rep.conflicts.at(-1)).toMatch(/no relaxation within min_flex\/max_flex/);
  });
});
