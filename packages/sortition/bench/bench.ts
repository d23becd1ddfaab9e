/**
 * Benchmark: LEXIMIN time and minimum probability per reference instance, plus LEGACY's estimated
 * minimum. Run with `npm run bench -w packages/sortition` (from the repo root).
 * Optional arguments: instance names to run (default: all four); env BENCH_MAX_MIPS (work limit, default 100000),
 * BENCH_LEGACY_RUNS (default 10000), BENCH_REPEAT (LEXIMIN runs per instance, default 3: the median
 * wall and CPU time are printed, with the range, because other jobs on the machine skew single runs).
 */
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { compilePool, compressTypes, type Pool } from "../src/pool.ts";
import { leximinOverTypes } from "../src/leximin.ts";
import { estimateLegacy } from "../src/legacy.ts";
import { seededRandom } from "../src/sha256.ts";
import { loadReplication, loadScotland, sharedSortition } from "../src/testData.ts";

const instances: { name: string; k: number; load: (dir: string, k: number) => Pool; anchor: string }[] = [
  { name: "example_small_20", k: 20, load: loadReplication, anchor: "published LEXIMIN (Gurobi) 2.7 s; LEXIMIN min 10 %, LEGACY min ≤ 1.21 %" },
  { name: "example_large_200", k: 200, load: loadReplication, anchor: "published LEXIMIN (Gurobi) 1161.8 s; Python on HiGHS > 11 min; LEGACY min ≤ 0.25 %" },
  { name: "scotland_like_22", k: 22, load: (d, k) => loadScotland(d, k), anchor: "LEXIMIN min 9.09 %, LEGACY ≈ 5.4–5.9 %" },
  { name: "krakow_like_60", k: 60, load: loadReplication, anchor: "Python port on HiGHS 341 s; LEXIMIN min 7.30 %, LEGACY ≈ 1.0 %" },
];

const wanted = process.argv.slice(2);
const maxPricingMips = Number(process.env.BENCH_MAX_MIPS ?? 100000);
const legacyRuns = Number(process.env.BENCH_LEGACY_RUNS ?? 10000);
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
if (!existsSync(sharedSortition)) {
  console.error(`reference data not found at ${sharedSortition}`);
  process.exit(1);
}
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${cpus().length} cores (wall time suffers under load; CPU time much less)`);
console.log(`LEXIMIN: median of ${repeat} run(s), [min–max] in brackets`);
console.log(`instance            n     k  types  LEXIMIN wall           CPU                    maximin (level 1)  min prob   exact  path   levels  MIPs   LEGACY min (runs, ±95%)`);
for (const inst of instances) {
  if (wanted.length > 0 && !wanted.includes(inst.name)) continue;
  const cp = compilePool(inst.load(join(sharedSortition, inst.name), inst.k));
  const { types, typeOf } = compressTypes(cp);
  const walls: number[] = [];
  const cpus: number[] = [];
  let dist!: Awaited<ReturnType<typeof leximinOverTypes>>;
  let maximinAt = 0;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let at = 0;
    dist = await leximinOverTypes(cp, types, {
      maxPricingMips,
      onProgress: (p) => {
        if (p.phase === "leximin" && at === 0) at = performance.now() - t0;
      },
    });
    walls.push((performance.now() - t0) / 1000);
    const cpu = process.cpuUsage(cpu0);
    cpus.push((cpu.user + cpu.system) / 1e6);
    if (r === 0) maximinAt = at;
  }
  const range = (xs: number[]) => `${median(xs).toFixed(2)} s [${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}]`;
  const probs = cp.ids.map((_, i) => dist.typeProbability[typeOf[i]]);
  const min = Math.min(...probs);
  const legacy = estimateLegacy(cp, legacyRuns, seededRandom(`bench-${inst.name}`));
  console.log(
    [
      inst.name.padEnd(18),
      String(cp.n).padStart(5),
      String(cp.k).padStart(5),
      String(types.length).padStart(6),
      range(walls).padStart(22),
      range(cpus).padStart(22),
      `${(100 * (dist.maximin ?? NaN)).toFixed(4)} % @${(maximinAt / 1000).toFixed(1)} s`.padStart(19),
      `${(100 * min).toFixed(4)} %`.padStart(10),
      String(dist.complete).padStart(6),
      (dist.stats.fitted ? "fast" : "levels").padStart(6),
      String(dist.stats.levels).padStart(7),
      String(dist.stats.pricingMips).padStart(5),
      `   ${(100 * legacy.minProbability).toFixed(2)} % (${legacy.runs}, ±${(100 * legacy.confidenceHalfWidth).toFixed(2)} %)`,
    ].join(" "),
  );
  console.log(`  anchor: ${inst.anchor}`);
}
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
