/**
 * Benchmark: parse time and time per rule on the largest Pabulib files, and `pb check` over the
 * whole corpus. Run with `npm run bench -w packages/pb` (corpus at <repoRoot>/../shared/data/pabulib,
 * or PABULIB_DIR). Times are the best of REPEAT runs (default 3) after WARMUP runs (default 3:
 * V8 needs a few runs before its optimising compiler has done its work; the first call of a
 * fresh process is slower, see the README).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkElection } from '../src/check.ts';
import { parsePabulib } from '../src/pabulib/parse.ts';
import { tally } from '../src/rules/index.ts';
import { explainProjects } from '../src/explain.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = process.env['PABULIB_DIR'] ?? `${repoRoot}../shared/data/pabulib`;
const repeat = Number(process.env['REPEAT'] ?? 3);
const warmup = Number(process.env['WARMUP'] ?? 3);
const RULES = ['greedy', 'mes', 'mes-add1', 'mes-add1-comparison', 'phragmen'] as const;
const SKIP = new Set((process.env['SKIP_RULES'] ?? '').split(',').filter(Boolean));

if (!existsSync(dir)) {
  console.error(`Pabulib corpus not found at ${dir}; set PABULIB_DIR`);
  process.exit(2);
}

/**
 * Best of n runs. With MEASURE=cpu (default) the time is this process's CPU time (user +
 * system), which stays meaningful when other jobs share the machine; MEASURE=wall gives wall
 * time.
 */
const measure = process.env['MEASURE'] ?? 'cpu';
function now(): number {
  if (measure === 'wall') return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
function best(f: () => void, n = repeat): number {
  let b = Infinity;
  for (let k = 0; k < n; k++) {
    const t = now();
    f();
    b = Math.min(b, now() - t);
  }
  return b;
}

const files = ['Poland_Warszawa_2026.pb', 'Poland_Lodz_2022.pb', 'Poland_Krakow_2024.pb', 'Poland_Wieliczka_2023_Green_Budget.pb'];
const rows: string[][] = [['file', 'voters', 'parse ms', ...RULES.map((r) => `${r} ms`), 'explain ms']];
for (const f of files) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const e = parsePabulib(text, { strictBallots: false });
  for (let k = 1; k < warmup; k++) parsePabulib(text, { strictBallots: false });
  const parse = best(() => parsePabulib(text, { strictBallots: false }));
  const row = [f.replace(/\.pb$/, ''), String(e.voters.length), parse.toFixed(0)];
  for (const r of RULES) {
    if (SKIP.has(r)) {
      row.push('-');
      continue;
    }
    for (let k = 0; k < warmup; k++) tally(e, r); // (the first also builds the profile)
    row.push(best(() => tally(e, r)).toFixed(0));
  }
  // explainProjects on the mes-add1 outcome (why each project won or lost)
  const o = tally(e, 'mes-add1');
  for (let k = 0; k < warmup; k++) explainProjects(e, o);
  row.push(best(() => explainProjects(e, o)).toFixed(0));
  rows.push(row);
  console.error(`measured ${f}`);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join('  '));

const all = readdirSync(dir).filter((f) => f.endsWith('.pb'));
const t0 = now();
const w0 = performance.now();
const totals = { match: 0, tie: 0, mismatch: 0, skipped: 0 };
for (const f of all) totals[checkElection(parsePabulib(readFileSync(`${dir}/${f}`, 'utf8'), { strictBallots: false })).status]++;
console.log(
  `\npb check over ${all.length} files: ${((now() - t0) / 1000).toFixed(1)} s ${measure} time, ${((performance.now() - w0) / 1000).toFixed(1)} s wall (${totals.match + totals.tie} match, ${totals.tie} of them with the city's tie-break; ${totals.mismatch} mismatch, ${totals.skipped} skipped)`,
);
console.log(`times: ${measure === 'cpu' ? 'CPU time of this process' : 'wall time'}, best of ${repeat} after ${warmup} warm-up runs; explain = explainProjects on the mes-add1 outcome`);
