/**
 * A published lottery must be recomputable by anyone: the same pool, quotas, seed and dice give a
 * byte-identical lottery file from the real command, whatever else the machine is doing. The second
 * run has two CPU-bound processes beside it (on a 2-core machine that slows it several-fold: a clock
 * anywhere in the decision path would show up as a different file).
 */
import { describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtures, repoRoot } from "./testData.ts";

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, "bin", "decydujemy.js"), ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (b) => (stderr += b));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("reproducible lottery (whole `decydujemy panel select` process)", () => {
  it("gives a byte-identical published lottery on an idle and on a busy machine", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lottery-"));
    const scot = join(fixtures, "scotland_like_22");
    const args = (out: string) => ["panel", "select", "--features", join(scot, "features.csv"), "--people", join(scot, "candidates.csv"), "--k", "22", "--seed", "public-seed-2027", "--dice", "4,2,6", "--reserves", "5", "--publish", out, "--json"];
    const a = await run(args(join(dir, "a.json")));
    expect(a.stderr).not.toMatch(/error/);
    expect(a.code).toBe(0);
    const busy: ChildProcess[] = [0, 1].map(() => spawn(process.execPath, ["-e", "for (;;) Math.sqrt(Math.random());"], { stdio: "ignore" }));
    try {
      const b = await run(args(join(dir, "b.json")));
      expect(b.code).toBe(0);
    } finally {
      for (const p of busy) p.kill("SIGKILL");
    }
    const first = readFileSync(join(dir, "a.json"));
    const second = readFileSync(join(dir, "b.json"));
    expect(first.length).toBeGreaterThan(1000);
    const lottery = JSON.parse(first.toString("utf8"));
    expect(lottery.panels).toHaveLength(1000);
    expect(second.equals(first)).toBe(true);
  });
});
