/**
 * `npm run bench:web`: the built server on a fresh PostgreSQL database with the demo data,
 * measured with autocannon at 50 connections, every target in the same run. Prints requests/s,
 * p50 and p99 latency per target and the ratio of each target's mean latency to the baseline
 * (`/api/v1/processes`). Target of issue #12: `/api/v1/budgets` within 3× the baseline.
 *
 * Needs a built app (`npm run build`) and PostgreSQL (DATABASE_ADMIN_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres); the database is created and dropped here.
 * Options (environment): BENCH_SECONDS (per target, default 10), BENCH_CONNECTIONS (50).
 *
 * The targets are a list: add pages to TARGETS (issue #19 extends it with more pages, a bare
 * Node server and pgbench).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';

export interface Target {
	/** Path requested (GET). */
	path: string;
	/** What the figures are compared with (the baseline has none). */
	baseline?: boolean;
	/** The limit: mean latency at most this many times the baseline's. */
	maxRatio?: number;
}

export const TARGETS: Target[] = [
	{ path: '/api/v1/processes', baseline: true },
	{ path: '/api/v1/budgets', maxRatio: 3 },
	{ path: '/budgets' }
];

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
	});
}

async function admin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
	const c = new pg.Client({ connectionString: adminUrl });
	await c.connect();
	try {
		return await f(c);
	} finally {
		await c.end();
	}
}

async function waitReady(url: string, child: { exitCode: number | null }, timeoutMs: number) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before it was ready`);
		try {
			const r = await fetch(`${url}/api/v1/budgets`);
			if (r.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 1000));
	}
	throw new Error(`the server was not ready in ${timeoutMs / 1000} s`);
}

export interface Figure {
	path: string;
	requestsPerSecond: number;
	p50: number;
	p99: number;
	mean: number;
	errors: number;
	timeouts: number;
	non2xx: number;
}

async function measure(url: string, t: Target): Promise<Figure> {
	const r = await autocannon({ url: `${url}${t.path}`, connections, duration: seconds, timeout: 30 });
	return { path: t.path, requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.average, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
}

async function main() {
	const entry = join(repoRoot, 'app/build/index.js');
	if (!existsSync(entry)) throw new Error('The app is not built: run `npm run build` first.');
	const db = `decydujemy_bench_${process.pid}_${Date.now()}`;
	await admin((c) => c.query(`create database ${db}`));
	const dbUrl = new URL(adminUrl);
	dbUrl.pathname = `/${db}`;
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'decydujemy-bench-'));
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ORIGIN: url, DATA_DIR: dataDir, DATABASE_URL: dbUrl.toString() };
	for (const k of ['SEED', 'SMTP_HOST', 'HOST']) delete env[k];
	const child = spawn(process.execPath, [join(repoRoot, 'bin/decydujemy.js'), 'serve'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	try {
		const started = Date.now();
		await waitReady(url, child, 15 * 60_000);
		console.log(`server ready with the demo data on PostgreSQL (${db}) in ${Math.round((Date.now() - started) / 1000)} s; ${connections} connections, ${seconds} s per target`);
		// one warm-up request per target, then the measurements one after another
		for (const t of TARGETS) await (await fetch(`${url}${t.path}`)).arrayBuffer();
		const figures: Figure[] = [];
		for (const t of TARGETS) figures.push(await measure(url, t));
		const base = figures[TARGETS.findIndex((t) => t.baseline)]!;
		const rows = figures.map((f, i) => {
			const ratio = f.mean / base.mean;
			const limit = TARGETS[i]!.maxRatio;
			return { target: f.path, 'req/s': Math.round(f.requestsPerSecond * 10) / 10, 'p50 ms': f.p50, 'p99 ms': f.p99, 'mean ms': Math.round(f.mean * 10) / 10, 'time ratio': Math.round(ratio * 100) / 100, 'rate ratio': Math.round((base.requestsPerSecond / f.requestsPerSecond) * 100) / 100, errors: f.errors + f.timeouts + f.non2xx, limit: limit ? (ratio <= limit ? `≤ ${limit}× ok` : `> ${limit}× FAIL`) : '' };
		});
		console.table(rows);
		const failed = rows.filter((r) => r.limit.includes('FAIL') || r.errors > 0);
		if (failed.length) process.exitCode = 1;
	} catch (e) {
		console.error(log.slice(-4000));
		throw e;
	} finally {
		child.kill('SIGTERM');
		await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
		await admin((c) => c.query(`drop database if exists ${db} with (force)`));
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
