import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPanelCli, panelHelp } from "./cli.ts";
import { fixtures } from "./testData.ts";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runPanelCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const small = join(fixtures, "example_small_20");
const scot = join(fixtures, "scotland_like_22");

describe("decydujemy panel (CLI)", () => {
  it("select --json prints algorithm, k, min_probability, probabilities by id and the panel", async () => {
    const r = await run(["select", "--categories", join(small, "categories.csv"), "--respondents", join(small, "respondents.csv"), "--k", "20", "--json", "--seed", "abc", "--panels", "100"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.algorithm).toBe("leximin");
    expect(out.k).toBe(20);
    expect(out.min_probability).toBeCloseTo(0.1, 6);
    expect(Object.keys(out.probabilities)).toHaveLength(200);
    expect(out.probabilities["0"]).toBeCloseTo(0.1, 6);
    expect(out.panel).toHaveLength(20);
    expect(r.stderr).toMatch(/\[#+/); // progress bar on stderr
  });

  it("Sortition Foundation inputs with default id and household columns, readable text report", async () => {
    const r = await run(["select", "--features", join(scot, "features.csv"), "--people", join(scot, "candidates.csv"), "--k", "22", "--seed", "s", "--panels", "50"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Algorithm: leximin \(exact\)/);
    expect(r.stdout).toMatch(/Proven optimal minimum probability \(maximin\): 9\.09/);
    expect(r.stdout).toMatch(/Panel \(22\): p\d+/);
  });

  it("check-feasible: exit 0 when feasible; exit 1 with the conflict (no stack trace) when not", async () => {
    const ok = await run(["check-feasible", "--categories", join(small, "categories.csv"), "--respondents", join(small, "respondents.csv"), "--k", "20"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Feasible/);
    const dir = mkdtempSync(join(tmpdir(), "panel-"));
    writeFileSync(join(dir, "c.csv"), "category,feature,min,max\ngender,female,15,20\ngender,male,15,20\n");
    const bad = await run(["check-feasible", "--categories", join(dir, "c.csv"), "--respondents", join(small, "respondents.csv"), "--k", "20"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/minimums add up to 30/);
    expect(bad.stdout).toMatch(/lower the minimum of gender=/);
    const sel = await run(["select", "--categories", join(dir, "c.csv"), "--respondents", join(small, "respondents.csv"), "--k", "20"]);
    expect(sel.code).toBe(1);
    expect(sel.stderr).toMatch(/The quotas cannot be met/);
    expect(sel.stderr).not.toMatch(/\n\s+at /);
  });

  it("bad input exits 2 naming file, line and field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "panel-"));
    writeFileSync(join(dir, "r.csv"), "gender,leaning\nfemale,liberal\nmale,centrist\n");
    const r = await run(["select", "--categories", join(small, "categories.csv"), "--respondents", join(dir, "r.csv"), "--k", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/r\.csv, line 3, field "leaning": unknown value "centrist"/);
    const missing = await run(["select", "--categories", "nope.csv", "--respondents", join(dir, "r.csv"), "--k", "1"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: file not found/);
    const noK = await run(["select", "--categories", join(small, "categories.csv"), "--respondents", join(small, "respondents.csv")]);
    expect(noK.code).toBe(2);
    expect(noK.stderr).toMatch(/--k is required/);
  });

  it("publishes a lottery that `verify` re-checks and re-draws", async () => {
    const dir = mkdtempSync(join(tmpdir(), "panel-"));
    const file = join(dir, "lottery.json");
    const sel = await run(["select", "--categories", join(small, "categories.csv"), "--respondents", join(small, "respondents.csv"), "--k", "20", "--seed", "xyz", "--dice", "6,1", "--panels", "30", "--publish", file, "--json"]);
    expect(sel.code).toBe(0);
    const v = await run(["verify", "--lottery", file, "--seed", "xyz", "--dice", "6,1", "--json"]);
    expect(v.code).toBe(0);
    const out = JSON.parse(v.stdout);
    expect(out.index).toBe(JSON.parse(sel.stdout).draw.index);
    expect(out.panel).toEqual(JSON.parse(sel.stdout).panel);
    expect(out.lotteryValid).toBe(true);
    const wrong = await run(["verify", "--lottery", file, "--seed", "not-it"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/does not match the published commitment/);
  });

  it("help", async () => {
    const r = await run(["help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(panelHelp);
  });
});
