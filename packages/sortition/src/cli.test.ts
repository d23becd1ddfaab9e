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
    // Six volunteers, panel of 2 with one woman and one man; a and b share an address.
    const dir = mkdtempSync(join(tmpdir(), "panel-"));
    writeFileSync(join(dir, "features.csv"), "feature,value,min,max,min_flex,max_flex\ngender,f,1,1,0,2\ngender,m,1,1,0,2\n");
    writeFileSync(join(dir, "people.csv"), "nationbuilder_id,gender,primary_address1,primary_zip\na,f,1 Main St,30-001\nb,m,1 main st,30-001\nc,m,2 Side St,30-002\nd,f,3 Oak St,30-003\n");
    const r = await run(["select", "--features", join(dir, "features.csv"), "--people", join(dir, "people.csv"), "--k", "2", "--seed", "s", "--panels", "50", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.probabilities).sort()).toEqual(["a", "b", "c", "d"]);
    // a and b never sit together: LEXIMIN gives all four 1/2 (panels {a,c}, {d,b} alternate with {d,c}, ...).
    for (const p of Object.values(out.probabilities) as number[]) expect(p).toBeCloseTo(0.5, 6);
    expect(out.panel.includes("a") && out.panel.includes("b")).toBe(false);
    const text = await run(["select", "--features", join(dir, "features.csv"), "--people", join(dir, "people.csv"), "--k", "2", "--seed", "s", "--panels", "50", "--reserves", "1"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Algorithm: leximin \(exact\)/);
    expect(text.stdout).toMatch(/Proven optimal minimum probability \(maximin\): 50\.0000 %/);
    expect(text.stdout).toMatch(/Panel \(2\): [a-d], [a-d]/);
    expect(text.stdout).toMatch(/Seed commitment \(SHA-256 of the seed\): 043a718774c572bd8a25adbeb1bfcd5c0256ae11cecf9f9c3f925d0e52beaf89/);
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
