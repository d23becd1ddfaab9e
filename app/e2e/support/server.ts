// Starts the built app (`node bin/decydujemy.js serve`) on a free port with a fresh embedded
// database, and stops it with SIGTERM, checking that it exits quickly.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';
import { inject } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const DEMO_PASSWORD = 'krakow-demo-2026';
export const DEMO = {
	moderator: 'moderator@demo.decydujemy.pl',
	official: 'urzedniczka@demo.decydujemy.pl',
	resident: 'anna@demo.decydujemy.pl'
} as const;

export interface TestServer {
	url: string;
	port: number;
	/** The server's process id. */
	pid: number;
	admin: { email: string; password: string };
	/** Everything the server printed so far (stdout and stderr). */
	logs(): string;
	/** SIGTERM; resolves with the milliseconds it took to exit, rejects if it did not exit in time. */
	stop(): Promise<number>;
	/** `kill -9`: the process dies at once, in the middle of whatever it was doing; its data
	 * directory stays (restart on it with `startServer({ dataDir, port })`). Resolves once the
	 * process has exited, or at once with `waitForExit: false` (a restart right after the kill, as
	 * a process manager does, while the old process may still be dying). */
	kill(opts?: { waitForExit?: boolean }): Promise<void>;
}

/** Fails with a clear message when the app has not been built (the tests run the build output). */
export function assertBuilt(): void {
	const entry = join(repoRoot, 'app/build/index.js');
	if (!existsSync(entry)) {
		throw new Error(`The app is not built (${entry} is missing). Run \`npm run build\` (or \`cd app && npx vite build\`) before the end-to-end tests.`);
	}
}

/** What global-setup.ts provides (the seeded template, the build snapshot), inside a test worker. */
function injected(key: 'templateDataDir' | 'buildRoot'): string | undefined {
	try {
		return inject(key) || undefined;
	} catch {
		return undefined; // outside a test worker (global-setup itself)
	}
}

/** Copies bin/decydujemy.js and app/build under node_modules/.cache (so packages still resolve
 * from the workspace's node_modules); returns the copy's root. */
export function snapshotBuild(): string {
	assertBuilt();
	const base = join(repoRoot, 'node_modules/.cache/decydujemy-e2e');
	mkdirSync(base, { recursive: true });
	const root = mkdtempSync(join(base, 'build-'));
	cpSync(join(repoRoot, 'bin'), join(root, 'bin'), { recursive: true });
	cpSync(join(repoRoot, 'app/build'), join(root, 'app/build'), { recursive: true });
	return root;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
	});
}

function exited(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
}

export const ADMIN = { email: 'admin@e2e.decydujemy.test', password: 'e2e-admin-password-2026' } as const;

export interface ServerOptions {
	/** A data directory left by a cleanly stopped server (see global-setup.ts): copied into the
	 * fresh data directory, so the server starts without seeding again. Without it, the server
	 * migrates and seeds an empty directory. */
	templateDataDir?: string;
	/** Run `bin/decydujemy.js serve` from this copy of the repository's bin/ and app/build. */
	buildRoot?: string;
	/** Keep the data directory after stop() (global-setup.ts keeps it as the template). */
	keepDataDir?: boolean;
	startTimeoutMs?: number;
	stopTimeoutMs?: number;
	/** Use this data directory as it is (a restart after a crash) instead of a fresh one. */
	dataDir?: string;
	/** Listen on this port (a restart keeps its address) instead of a free one. */
	port?: number;
	/** Extra environment (DATABASE_URL for a PostgreSQL server, BODY_SIZE_LIMIT...), applied after
	 * the developer's own database, origin and SMTP settings are removed. */
	env?: Record<string, string>;
}

export async function startServer(opts: ServerOptions = {}): Promise<TestServer & { dataDir: string }> {
	assertBuilt();
	const port = opts.port ?? (await freePort());
	const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'decydujemy-e2e-db-'));
	const template = opts.dataDir ? undefined : opts.templateDataDir === undefined ? injected('templateDataDir') : opts.templateDataDir;
	if (template) cpSync(template, dataDir, { recursive: true });
	const admin = { ...ADMIN };
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password };
	// A fresh embedded database every time: never a developer's PostgreSQL, SMTP server or origin.
	for (const k of ['DATABASE_URL', 'ORIGIN', 'SMTP_HOST', 'HOST', 'SEED', 'PROTOCOL_HEADER', 'HOST_HEADER', 'ADDRESS_HEADER', 'BODY_SIZE_LIMIT']) delete env[k];
	Object.assign(env, opts.env ?? {});

	// The server runs from the snapshot of the build taken by global-setup.ts when there is one
	// (same files; a rebuild during the run cannot pull chunks from under it), with the repository
	// as its working directory and its migrations and data files.
	const root = opts.buildRoot ?? injected('buildRoot') ?? repoRoot;
	env.MIGRATIONS_DIR = join(repoRoot, 'app/drizzle');
	env.DISTRICTS_DATA_DIR = join(repoRoot, 'app/src/lib/server/districts/data');
	const child = spawn(process.execPath, [join(root, 'bin/decydujemy.js'), 'serve'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
	// Never leave a server behind if the test process ends without calling stop().
	const orphanGuard = () => child.kill('SIGKILL');
	process.once('exit', orphanGuard);
	child.once('exit', () => process.off('exit', orphanGuard));
	let output = '';
	child.stdout!.on('data', (b) => (output += b));
	child.stderr!.on('data', (b) => (output += b));
	const url = `http://localhost:${port}`;

	const cleanup = () => {
		if (!opts.keepDataDir && !opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
	};
	const deadline = Date.now() + (opts.startTimeoutMs ?? 300_000);
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null) {
			cleanup();
			throw new Error(`The server exited during start-up (code ${child.exitCode}, signal ${child.signalCode}):\n${output}`);
		}
		try {
			const res = await fetch(url + '/', { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			if (res.status < 500) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			cleanup();
			throw new Error(`The server did not answer on ${url} within the start-up timeout:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}

	return {
		url,
		port,
		pid: child.pid!,
		admin,
		dataDir,
		logs: () => output,
		async kill({ waitForExit = true } = {}) {
			if (child.exitCode !== null || child.signalCode !== null) return;
			const done = exited(child);
			child.kill('SIGKILL');
			if (waitForExit) await done;
		},
		async stop() {
			const started = Date.now();
			if (child.exitCode === null && child.signalCode === null) {
				const done = exited(child);
				child.kill('SIGTERM');
				const limit = opts.stopTimeoutMs ?? 5000;
				const inTime = await Promise.race([done.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), limit))]);
				if (!inTime) {
					child.kill('SIGKILL');
					await done;
					cleanup();
					throw new Error(`The server did not exit within ${limit} ms of SIGTERM (killed):\n${output.slice(-2000)}`);
				}
			}
			cleanup();
			if (child.exitCode !== 0 && child.signalCode === null) {
				throw new Error(`The server exited with code ${child.exitCode} after SIGTERM:\n${output.slice(-2000)}`);
			}
			return Date.now() - started;
		}
	};
}
