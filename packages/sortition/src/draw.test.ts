import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { canonicalJson, checkLottery, commitSeed, DrawError, lotteryHash, verifyDraw, type PublishedLottery } from "./draw.ts";
import { packageRoot } from "./testData.ts";

function lottery(m = 7): PublishedLottery {
  return {
    format: "decydujemy-panel-lottery/1",
    k: 2,
    m,
    features: [{ name: "g", values: ["f", "m"] }],
    quotas: [
      { feature: "g", value: "f", min: 1, max: 1 },
      { feature: "g", value: "m", min: 1, max: 1 },
    ],
    pool: [
      { id: "a", features: { g: "f" } },
      { id: "b", features: { g: "m" }, household: 1 },
      { id: "c", features: { g: "m" }, household: 1 },
    ],
    panels: Array.from({ length: m }, (_, i) => (i % 2 === 0 ? ["a", "b"] : ["a", "c"])),
    seedCommitment: commitSeed("s3cret"),
  };
}

describe("public draw", () => {
  it("anyone reproduces the same panel number in 1..m from the published data and the seed", () => {
    const l = lottery();
    const index = verifyDraw(l, "s3cret");
    expect(index).toBeGreaterThanOrEqual(1);
    expect(index).toBeLessThanOrEqual(7);
    expect(verifyDraw(JSON.parse(JSON.stringify(l)) as PublishedLottery, "s3cret")).toBe(index);
  });

  it("rejects a seed that does not match the commitment published before the draw", () => {
    expect(() => verifyDraw(lottery(), "other")).toThrow(DrawError);
  });

  it("the pick depends on the dice and on every published panel (no change after the commitment)", () => {
    const l = lottery(1000);
    const picks = new Set([verifyDraw(l, "s3cret", [1]), verifyDraw(l, "s3cret", [2]), verifyDraw(l, "s3cret", [3]), verifyDraw(l, "s3cret", [4])]);
    expect(picks.size).toBeGreaterThan(1);
    const tampered = { ...l, panels: [["a", "c"], ...l.panels.slice(1)] };
    expect(lotteryHash(tampered)).not.toBe(lotteryHash(l));
  });

  it("the index is always within 1..m and roughly uniform", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 50 }), fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 5 }), (m, dice) => {
      const i = verifyDraw(lottery(m), "s3cret", dice);
      expect(Number.isInteger(i) && i >= 1 && i <= m).toBe(true);
    }));
    const l = { ...lottery(2), seedCommitment: "" };
    let ones = 0;
    for (let d = 1; d <= 400; d++) if (verifyDraw(l, "", [d]) === 1) ones++;
    expect(ones).toBeGreaterThan(150);
    expect(ones).toBeLessThan(250);
  });

  it("canonical JSON ignores key order", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
  });

  it("checkLottery finds a panel that breaks a quota or the household rule", () => {
    expect(checkLottery(lottery())).toEqual([]);
    const bad = { ...lottery(), panels: [["b", "c"], ...lottery().panels.slice(1)] };
    const problems = checkLottery(bad);
    expect(problems.some((p) => p.includes("household"))).toBe(true);
    expect(problems.some((p) => p.includes("g=f has 0"))).toBe(true);
  });

  it("the verification code has no Node imports, so it runs in a browser", () => {
    for (const f of ["draw.ts", "sha256.ts"]) {
      const src = readFileSync(join(packageRoot, "src", f), "utf8");
      expect(src).not.toMatch(/from "node:/);
    }
  });
});
