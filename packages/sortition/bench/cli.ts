/**
 * Whole-process benchmark of `decydujemy panel select` (what a city's staff or an outsider runs):
 * wall time of the command on the three reference instances, beside the same selection done by
 * the library in a fresh `node` process (import the compiled engine, parse, selectPanel, write
 * the lottery). Their difference is what the command line adds. Run from the repo root with
 * `npm run bench:cli -w packages/sortition` (compile first: `npm run build:engines`).
 * BENCH_REPEAT runs per instance (default 3; the median and [min–max] are printed).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot, sharedSortition } from "../src/testData.ts";

const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const tmp = mkdtempSync(join(tmpdir(), "panel-bench-"));
const dist = join(repoRoot, "packages", "sortition", "dist");
const instances = [
  { name: "scotland_like_22", k: 22, target: 2, args: (d: string) => ["--features", join(d, "features.csv"), "--people", join(d, "candidates.csv")] },
  { name: "krakow_like_60", k: 60, target: 3, args: (d: string) => ["--categories", join(d, "categories.csv"), "--respondents", join(d, "respondents.csv")] },
  { name: "example_large_200", k: 200, target: 5, args: (d: string) => ["--categories", join(d, "categories.csv"), "--respondents", join(d, "respondents.csv")] },
];

function timed(args: string[]): { wall: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return { wall, out: r.stdout };
}

/** The library alone in a fresh process: the same parse, selection and lottery file as the command. */
function libraryScript(name: string, k: number, d: string, out: string): string {
  const u = (f: string) => JSON.stringify(pathToFileURL(join(dist, f)).href);
  const read = (f: string) => `readFileSync(${JSON.stringify(join(d, f))}, "utf8")`;
  const pool = name.startsWith("scotland")
    ? `(await import(${u("input/sortitionFoundation.js")})).parseSortitionFoundation({ featuresText: ${read("features.csv")}, peopleText: ${read("candidates.csv")}, k: ${k} })`
    : `(await import(${u("input/replication.js")})).parseReplication({ categoriesText: ${read("categories.csv")}, respondentsText: ${read("respondents.csv")}, k: ${k} })`;
  return `import { readFileSync, writeFileSync } from "node:fs";
const { selectPanel } = await import(${u("select.js")});
const pool = ${pool};
const r = await selectPanel(pool, { seed: "bench", panels: 1000 });
writeFileSync(${JSON.stringify(out)}, JSON.stringify(r.lottery.published, null, 1) + "\\n");`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (xs: number[]) => `${median(xs).toFixed(2)} s [${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}]`;
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${cpus().length} cores; ${repeat} run(s) each`);
console.log("instance            whole command (wall)     library, fresh process   difference  library's own selectPanel  target");
for (const inst of instances) {
  const d = join(sharedSortition, inst.name);
  const whole: number[] = [];
  const lib: number[] = [];
  const own: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const c = timed([join(repoRoot, "bin", "decydujemy.js"), "panel", "select", ...inst.args(d), "--k", String(inst.k), "--seed", "bench", "--publish", join(tmp, `${inst.name}.json`), "--json"]);
    whole.push(c.wall);
    own.push(JSON.parse(c.out).runtime_ms / 1000);
    lib.push(timed(["--input-type=module", "-e", libraryScript(inst.name, inst.k, d, join(tmp, `${inst.name}-lib.json`))]).wall);
  }
  console.log(
    `${inst.name.padEnd(18)}  ${fmt(whole).padEnd(23)}  ${fmt(lib).padEnd(23)}  ${`${(median(whole) - median(lib)).toFixed(2)} s`.padStart(10)}  ${fmt(own).padEnd(25)}  < ${inst.target} s`,
  );
}
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
