#!/usr/bin/env node
// The `decydujemy` command. `serve` runs the built server; everything else is TypeScript run
// through tsx, so the CLI needs no build step.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command] = process.argv.slice(2);

if (command === 'serve') {
	const entry = join(root, 'app/build/index.js');
	if (!existsSync(entry)) {
		console.error('The app is not built yet. Run `npm run build` (or `npm start`, which builds first).');
		process.exit(1);
	}
	process.env.PORT ??= '3000';
	process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
	process.env.MIGRATIONS_DIR ??= join(root, 'app/drizzle');
	process.env.DISTRICTS_DATA_DIR ??= join(root, 'app/src/lib/server/districts/data');
	await import(pathToFileURL(entry).href);
} else {
	const { register } = await import('tsx/esm/api');
	// The app's tsconfig (via .svelte-kit/tsconfig.json) maps $lib, which server modules import.
	register({ tsconfig: join(root, 'app/tsconfig.json') });
	const { main } = await import(pathToFileURL(join(root, 'app/src/cli/main.ts')).href);
	process.exitCode = await main(process.argv.slice(2));
}
