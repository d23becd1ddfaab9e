import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chooseRoundUps } from "./rounding.ts";

/** Largest |deviation| per type when the panels in `up` are rounded up. */
function maxDeviation(d0: number[], add: { idx: number[]; val: number[] }[], up: boolean[]): number {
  const d = [...d0];
  up.forEach((u, j) => u && add[j].idx.forEach((t, i) => (d[t] += add[j].val[i])));
  return Math.max(0, ...d.map(Math.abs));
}

const instance = fc
  .record({ T: fc.integer({ min: 1, max: 6 }), J: fc.integer({ min: 2, max: 9 }) })
  .chain(({ T, J }) =>
    fc.record({
      d0: fc.array(fc.double({ min: -2, max: 0, noNaN: true }), { minLength: T, maxLength: T }),
      add: fc.array(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: T, maxLength: T }).map((x) => {
          const idx: number[] = [];
          const val: number[] = [];
          x.forEach((c, t) => c > 0 && (idx.push(t), val.push(c / 4)));
          return { idx, val };
        }),
        { minLength: J, maxLength: J },
      ),
      fracs: fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: J, maxLength: J }),
      need: fc.integer({ min: 1, max: J - 1 }),
    }),
  );

describe("rounding to m panels (which panels to round up)", () => {
  it("rounds up exactly `need` panels, never worse than largest remainder, and the same every time", () => {
    fc.assert(
      fc.property(instance, ({ d0, add, fracs, need }) => {
        const r = chooseRoundUps(d0, add, fracs, need);
        expect(r.up.filter(Boolean)).toHaveLength(need);
        const order = fracs.map((_, j) => j).sort((a, b) => fracs[b] - fracs[a] || a - b);
        const lr = fracs.map((_, j) => order.indexOf(j) < need);
        expect(maxDeviation(d0, add, r.up)).toBeLessThanOrEqual(maxDeviation(d0, add, lr) + 1e-12);
        expect(chooseRoundUps(d0, add, fracs, need)).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it("finds the best choice on a small case by swapping away from largest remainder", () => {
    // Two types; rounding up panel 0 (largest remainder) overshoots type 0, panel 1 balances both.
    const d0 = [-0.5, -0.5];
    const add = [
      { idx: [0], val: [1] },
      { idx: [0, 1], val: [0.5, 0.5] },
    ];
    const r = chooseRoundUps(d0, add, [0.6, 0.4], 1);
    expect(r.up).toEqual([false, true]);
    expect(r.swaps).toBe(1);
  });
});
