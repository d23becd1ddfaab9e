#!/usr/bin/env node
// Compiles the two engines (packages/pb, packages/sortition) to JavaScript in their dist/ folders,
// so `decydujemy pb …` and `decydujemy panel …` start without the server or on-the-fly TypeScript.
// Skips a package whose dist/ is newer than its sources. Run by the root postinstall, `npm run
// build` and the test command; `bin/decydujemy.js` falls back to the sources when dist/ is stale.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineStale, ENGINES } from './engines.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(tsc)) {
	console.log('decydujemy: TypeScript is not installed; the engines run from their sources (slower start).');
	process.exit(0);
}
let failed = false;
for (const { dir } of Object.values(ENGINES)) {
	const pkg = join(root, dir);
	if (!engineStale(pkg)) continue;
	rmSync(join(pkg, 'dist'), { recursive: true, force: true });
	const r = spawnSync(process.execPath, [tsc, '-p', join(pkg, 'tsconfig.build.json')], { cwd: pkg, stdio: 'inherit' });
	if (r.status !== 0) {
		console.error(`decydujemy: compiling ${dir} failed (see above).`);
		failed = true;
		continue;
	}
	writeFileSync(join(pkg, 'dist', '.built-at'), new Date().toISOString() + '\n');
	console.log(`decydujemy: compiled ${dir} to ${dir}/dist.`);
}
process.exit(failed ? 1 : 0);
