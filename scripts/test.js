#!/usr/bin/env node
// `npm test`: every test of the project, in order — the engines, the app's service tests on
// PGlite and PostgreSQL, then the end-to-end tests in Chromium against the built app.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

const env = { ...process.env };
const ci = !!env.CI;

async function reachable(host, port) {
	return new Promise((resolve) => {
		const s = net.connect({ host, port, timeout: 1500 }, () => (s.end(), resolve(true)));
		s.on('error', () => resolve(false));
		s.on('timeout', () => (s.destroy(), resolve(false)));
	});
}

if (!env.TEST_DATABASE_URL) {
	if (await reachable('127.0.0.1', 5432)) env.TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
	else if (ci) {
		console.error('CI: no PostgreSQL at 127.0.0.1:5432 and TEST_DATABASE_URL is not set.');
		process.exit(1);
	} else console.warn('No PostgreSQL server found: database tests run on PGlite only.');
}
const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	if (ci) {
		console.error(`CI: Chromium not found at ${chromium}; browser tests are required.`);
		process.exit(1);
	}
	console.warn(`Chromium not found at ${chromium}: end-to-end tests will be skipped (install it: apt-get install -y chromium).`);
}

const steps = [
	// The engines' compiled command lines (bin/decydujemy.js runs them; the sortition tests spawn it).
	['engines: compile', ['node', 'scripts/build-engines.js'], '.'],
	['packages/pb', ['npx', 'vitest', 'run'], 'packages/pb'],
	['packages/sortition', ['npx', 'vitest', 'run'], 'packages/sortition'],
	// svelte-kit sync writes .svelte-kit/tsconfig.json, which the app's tsconfig extends.
	['app: sync', ['npx', 'svelte-kit', 'sync'], 'app'],
	// The build first: it compiles the Paraglide messages ($lib/paraglide, not committed) that the
	// services import. On a clean checkout under CI=true nothing else has compiled them yet.
	['app: build', ['npx', 'vite', 'build', '--logLevel', 'error'], 'app'],
	['app: services on PGlite and PostgreSQL', ['npx', 'vitest', 'run'], 'app'],
	// Strict types are part of the contract: the app (svelte-check, after the build has compiled
	// the Paraglide messages) and both engines (tsc).
	['types: app, pb, sortition', ['sh', '-c', 'npx svelte-check --threshold error --output human && cd .. && npx tsc --noEmit -p packages/pb && npx tsc --noEmit -p packages/sortition'], 'app'],
	['app: end-to-end in Chromium', ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts'], 'app']
];
const only = process.argv.slice(2);
let failed = 0;
let passed = 0;
for (const [name, [cmd, ...args], cwd] of steps) {
	if (only.length && !only.some((o) => name.includes(o))) continue;
	console.log(`\n=== ${name} ===`);
	const started = Date.now();
	const r = spawnSync(cmd, args, { cwd, env, stdio: 'inherit' });
	const secs = ((Date.now() - started) / 1000).toFixed(1);
	if (r.status === 0) {
		passed++;
		console.log(`--- ${name}: ok (${secs} s)`);
	} else {
		failed++;
		console.log(`--- ${name}: FAILED (${secs} s)`);
	}
}
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
