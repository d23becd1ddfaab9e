import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import fc from "fast-check";
import { seededRandom, sha256Hex, sha256HexPortable } from "./sha256.ts";

describe("sha256 (pure, browser-safe)", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    for (const hash of [sha256Hex, sha256HexPortable]) {
      expect(hash("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      expect(hash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
  });
  it("agrees with node:crypto on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
      expect(sha256HexPortable(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
      expect(sha256Hex(s)).toBe(sha256HexPortable(s));
    }));
  });
  it("seededRandom is reproducible and in [0, 1)", () => {
    const a = seededRandom("kraków");
    const b = seededRandom("kraków");
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(seededRandom("other")()).not.toBe(seededRandom("kraków")());
  });
});
