/**
 * Whole-process benchmark of `decydujemy pb tally` beside the library in a fresh `node` process
 * (import the compiled engine, read and parse the file, count, print). Their difference is what the
 * command line adds. Run with `npm run bench:cli -w packages/pb` (compile first: `npm run
 * build:engines`). BENCH_REPEAT runs each (default 5; median and [min–max]).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = process.env['PABULIB_DIR'] ?? join(repoRoot, '..', 'shared', 'data', 'pabulib');
const repeat = Math.max(1, Number(process.env['BENCH_REPEAT'] ?? 5));
const files = ['Poland_Lodz_2022_Andrzejow.pb', 'Poland_Lodz_2022.pb'];
const rules = ['greedy', 'mes'];
const index = pathToFileURL(join(repoRoot, 'packages', 'pb', 'dist', 'index.js')).href;

function wall(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const fmt = (xs: number[]) => `${median(xs).toFixed(2)} s [${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}]`;

console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores; ${repeat} run(s) each`);
console.log('file                               rule     whole command            library, fresh process   difference');
for (const file of files) {
  for (const rule of rules) {
    const path = join(dir, file);
    const lib = `import { readFileSync } from "node:fs";
const { parsePabulib, tally } = await import(${JSON.stringify(index)});
const e = parsePabulib(readFileSync(${JSON.stringify(path)}, "utf8"));
const o = tally(e, ${JSON.stringify(rule)});
process.stdout.write(o.selected.map((j) => e.projects[j].id).join("\\n") + "\\n");`;
    const whole: number[] = [];
    const alone: number[] = [];
    for (let r = 0; r < repeat; r++) {
      whole.push(wall([join(repoRoot, 'bin', 'decydujemy.js'), 'pb', 'tally', path, '--rule', rule]));
      alone.push(wall(['--input-type=module', '-e', lib]));
    }
    console.log(`${file.padEnd(34)} ${rule.padEnd(8)} ${fmt(whole).padEnd(24)} ${fmt(alone).padEnd(24)} ${(median(whole) - median(alone)).toFixed(2)} s`);
  }
}
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
