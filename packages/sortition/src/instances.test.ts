/** The reference instances from shared/data/sortition (see its README). */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { compilePool, compressTypes, checkPanel } from "./pool.ts";
import { leximinOverTypes } from "./leximin.ts";
import { loadReplication, sharedDataAvailable, sharedSortition } from "./testData.ts";

const available = sharedDataAvailable();

describe.runIf(available)("reference instances", () => {
  it("example_large_200: every volunteer exactly 10 % (type compression: 2000 people, 3 types)", async () => {
    const cp = compilePool(loadReplication(join(sharedSortition, "example_large_200"), 200));
    const { types, typeOf } = compressTypes(cp);
    expect(types.length).toBe(3);
    const dist = await leximinOverTypes(cp, types);
    for (let i = 0; i < cp.n; i++) expect(dist.typeProbability[typeOf[i]]).toBeCloseTo(0.1, 6);
  });

  it("krakow_like_60: the full LEXIMIN, exact, minimum at least 7.30 %, every support panel valid", async () => {
    const cp = compilePool(loadReplication(join(sharedSortition, "krakow_like_60"), 60));
    const { types, typeOf } = compressTypes(cp);
    const dist = await leximinOverTypes(cp, types);
    expect(dist.complete).toBe(true);
    expect(dist.maximin!).toBeGreaterThanOrEqual(0.073);
    const probs = cp.ids.map((_, i) => dist.typeProbability[typeOf[i]]);
    expect(Math.min(...probs)).toBeGreaterThanOrEqual(0.073 - 1e-6);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(60, 6);
    // The lottery attains the LEXIMIN targets it was fitted to.
    dist.typeProbability.forEach((p, t) => expect(p).toBeCloseTo(dist.targets[t], 6));
    for (const x of dist.panels) expect(checkPanel(cp, x.flatMap((c, t) => types[t].members.slice(0, c)))).toEqual([]);
  });

  it("krakow_like_60: the proven maximin (first LEXIMIN level) is at least 7.30 %", async () => {
    const cp = compilePool(loadReplication(join(sharedSortition, "krakow_like_60"), 60));
    const { types, typeOf } = compressTypes(cp);
    // maxLevels: 1 stops after the first level, which proves the minimum (the anytime answer).
    const dist = await leximinOverTypes(cp, types, { maxLevels: 1 });
    expect(dist.maximin).not.toBeNull();
    expect(dist.maximin!).toBeGreaterThanOrEqual(0.073);
    const probs = cp.ids.map((_, i) => dist.typeProbability[typeOf[i]]);
    expect(Math.min(...probs)).toBeGreaterThanOrEqual(0.073 - 1e-6);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(60, 6);
    for (const x of dist.panels) expect(checkPanel(cp, x.flatMap((c, t) => types[t].members.slice(0, c)))).toEqual([]);
  });
});
