// Where the engines live and whether their compiled dist/ is older than their sources (shared by
// scripts/build-engines.js and bin/decydujemy.js; a few stat calls, no imports beyond node:fs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ENGINES = {
	pb: { dir: 'packages/pb', run: 'runPbCli' },
	panel: { dir: 'packages/sortition', run: 'runPanelCli' }
};

/** Newest source file (tests and test helpers are not compiled, so they do not count). */
function newestMtime(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return /\.test\.ts$|^test(Data|kit)\.ts$/.test(path.split('/').pop()) ? 0 : stat.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** True when pkg/dist is missing or older than pkg/src or its build configuration. */
export function engineStale(pkg) {
	const stamp = join(pkg, 'dist', '.built-at');
	if (!existsSync(stamp)) return true;
	const builtAt = statSync(stamp).mtimeMs;
	return newestMtime(join(pkg, 'src')) > builtAt || statSync(join(pkg, 'tsconfig.build.json')).mtimeMs > builtAt;
}
