#!/usr/bin/env node
// Builds the app when its build is missing or older than its sources, so `npm start` serves at
// once when nothing changed. As the root `postinstall` it builds right after `npm install`, so
// a newcomer's first `npm start` only migrates, seeds and serves (under a minute); CI skips that
// (CI=true) because the test command builds anyway.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'app');
const stamp = join(app, 'build', '.built-at');
const postinstall = process.argv.includes('--postinstall');

const sources = [
	'app/src', 'app/messages', 'app/static', 'app/drizzle', 'app/project.inlang/settings.json',
	'app/svelte.config.js', 'app/vite.config.ts', 'app/package.json',
	'packages/pb/src', 'packages/sortition/src'
].map((p) => join(root, p));

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

if (postinstall && process.env.CI === 'true') process.exit(0);
if (postinstall && !existsSync(join(root, 'node_modules', 'vite'))) {
	console.log('decydujemy: dev dependencies are not installed; build the app later with `npm run build`.');
	process.exit(0);
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map(newestMtime));
if (builtAt > sourcesAt) process.exit(0);

console.log('decydujemy: building the app (about half a minute)…');
const started = Date.now();
const result = spawnSync('npm', ['run', 'build', '-w', 'app'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
	console.error('decydujemy: the app build failed (see above).');
	// A failed build during `npm install` must not hide the installed packages; `npm start` retries.
	process.exit(postinstall ? 0 : result.status ?? 1);
}
writeFileSync(stamp, new Date().toISOString() + '\n');
console.log(`decydujemy: app built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
