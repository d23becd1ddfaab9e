#!/usr/bin/env node
// The `decydujemy` command. `serve` runs the built server; `pb` and `panel` run their engine's
// compiled command line (packages/*/dist, built by `npm install`/`npm run build`) and load nothing
// else — no server modules, no tsx — so they start at once; everything else is TypeScript run
// through tsx, so the CLI needs no build step.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command] = process.argv.slice(2);
const engine = command === 'pb' || command === 'panel' ? command : null;

if (command === 'serve') {
	const entry = join(root, 'app/build/index.js');
	if (!existsSync(entry)) {
		console.error('The app is not built yet. Run `npm run build` (or `npm start`, which builds first).');
		process.exit(1);
	}
	process.env.PORT ??= '3000';
	process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
	// The Pabulib import takes files up to 20 MB (Kraków's 2024 file is 4 MB); adapter-node's own
	// default (512 KB) would answer such an upload with a 413 before the page could read it.
	process.env.BODY_SIZE_LIMIT ??= '20M';
	process.env.MIGRATIONS_DIR ??= join(root, 'app/drizzle');
	process.env.DISTRICTS_DATA_DIR ??= join(root, 'app/src/lib/server/districts/data');
	await import(pathToFileURL(entry).href);
} else if (engine) {
	if (engine === 'panel') {
		// HiGHS is 3.5 MB of WebAssembly. V8 tiers its hot functions up to TurboFan on background
		// threads, and for this module that costs about twice the whole solve in CPU time (4 s of
		// compiling for a 2 s selection on scotland_like_22): on a 2-core machine it slows the
		// command down more than the faster code speeds it up. The baseline compiler (Liftoff) alone
		// runs the solver nearly as fast. Wasm arithmetic is IEEE and identical in both tiers, so
		// this changes the speed only, never a result. Set before HiGHS is compiled.
		(await import('node:v8')).setFlagsFromString('--liftoff-only');
	}
	const { ENGINES, engineStale } = await import('../scripts/engines.js');
	const { dir, run } = ENGINES[engine];
	const pkg = join(root, dir);
	let cli;
	if (!engineStale(pkg)) cli = await import(pathToFileURL(join(pkg, 'dist', 'cli.js')).href);
	else {
		// Sources newer than the compiled code (or never compiled): run the sources, still without the server.
		process.stderr.write(`decydujemy: ${dir}/dist is missing or older than its sources; running the sources (slower start). Compile with \`npm run build:engines\`.\n`);
		const { register } = await import('tsx/esm/api');
		register();
		cli = await import(pathToFileURL(join(pkg, 'src', 'cli.ts')).href);
	}
	process.exitCode = await cli[run](process.argv.slice(3));
} else {
	const { register } = await import('tsx/esm/api');
	// The app's tsconfig (via .svelte-kit/tsconfig.json) maps $lib, which server modules import.
	register({ tsconfig: join(root, 'app/tsconfig.json') });
	const { main } = await import(pathToFileURL(join(root, 'app/src/cli/main.ts')).href);
	process.exitCode = await main(process.argv.slice(2));
}
