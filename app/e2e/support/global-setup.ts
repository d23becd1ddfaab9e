// Runs once before the end-to-end files: checks the build and Chromium, snapshots the build (so
// a rebuild while the tests run cannot break the servers), then starts the server on an empty
// data directory (migrations and the whole Kraków demo seed, the slow part), checks that it stops
// cleanly on SIGTERM, and keeps that directory as a template. Each test file then starts its own
// server on a fresh copy of it.
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { assertBuilt, snapshotBuild, startServer } from './server';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		templateDataDir: string;
		buildRoot: string;
	}
}

export default async function setup(project: TestProject) {
	assertBuilt();
	if (!existsSync(chromium)) {
		if (process.env.CI) throw new Error(`CI: Chromium not found at ${chromium} (set CHROMIUM_PATH or apt-get install -y chromium); browser tests are required.`);
		project.provide('templateDataDir', '');
		project.provide('buildRoot', '');
		return;
	}
	const buildRoot = snapshotBuild();
	const removeSnapshot = () => rmSync(buildRoot, { recursive: true, force: true });
	const started = Date.now();
	let server: Awaited<ReturnType<typeof startServer>>;
	try {
		server = await startServer({ keepDataDir: true, buildRoot });
	} catch (e) {
		removeSnapshot();
		throw e;
	}
	const seeded = Date.now() - started;
	let stopped: number;
	try {
		stopped = await server.stop();
	} catch (e) {
		rmSync(server.dataDir, { recursive: true, force: true });
		removeSnapshot();
		throw e;
	}
	if (existsSync(`${server.dataDir}/decydujemy.lock`)) throw new Error('The server left its data-directory lock behind after SIGTERM.');
	console.log(`[e2e] Seeded a fresh database in ${(seeded / 1000).toFixed(1)} s; SIGTERM stopped the server in ${stopped} ms.`);
	project.provide('templateDataDir', server.dataDir);
	project.provide('buildRoot', buildRoot);
	return () => {
		rmSync(server.dataDir, { recursive: true, force: true });
		removeSnapshot();
	};
}
