import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { and, eq, lt, or } from 'drizzle-orm';
import { newId } from '../core/ids';
import type { Db } from '../db/client';
import { panelDraw } from './schema';
import { buildJob, storeSelection } from './selection.service';
import type { DrawJob, FeasibilityJob, SelectionJob, SelectionResult } from './jobs.types';

/** The selection runs in a worker thread (HiGHS blocks its thread for minutes): never on the
 * request path. The worker is a TypeScript file run through tsx, found next to this file in the
 * source tree, or, in the built server, beside the shipped district data (bin/decydujemy.js sets
 * DISTRICTS_DATA_DIR to app/src/lib/server/districts/data) or from the working directory. */
export function workerFile(): string {
	const candidates = [
		process.env.PANELS_WORKER,
		join(import.meta.dirname ?? '.', 'worker/selection.worker.ts'),
		process.env.DISTRICTS_DATA_DIR ? join(process.env.DISTRICTS_DATA_DIR, '../../panels/worker/selection.worker.ts') : undefined,
		resolve(process.cwd(), 'app/src/lib/server/panels/worker/selection.worker.ts'),
		resolve(process.cwd(), 'src/lib/server/panels/worker/selection.worker.ts')
	].filter((p): p is string => !!p);
	for (const c of candidates) if (existsSync(c)) return c;
	throw new Error(`Selection worker not found (looked in ${candidates.join(', ')})`);
}

export type WorkerMessage<R = SelectionResult> = { type: 'progress'; pct: number; text: string } | { type: 'result'; result: R } | { type: 'error'; message: string };

/** Starts the worker thread on a job; `onMessage` receives progress, the result or the error. */
export function spawnSelectionWorker<R = SelectionResult>(job: SelectionJob | DrawJob | FeasibilityJob, onMessage: (m: WorkerMessage<R>) => void, opts: { timeoutMs?: number } = {}): Promise<void> {
	const file = workerFile();
	// tsx's ESM API (module.register hooks), found through its package.json from the worker's folder.
	const tsxPkg = createRequire(file).resolve('tsx/package.json');
	const tsxApi = join(tsxPkg, '..', 'dist/esm/api/index.mjs');
	const code = `(async () => { const api = await import(${JSON.stringify(pathToFileURL(tsxApi).href)}); api.register(); await import(${JSON.stringify(pathToFileURL(file).href)}); })().catch((e) => { require('node:worker_threads').parentPort.postMessage({ type: 'error', message: String(e && e.stack || e) }); });`;
	return new Promise((resolvePromise) => {
		const w = new Worker(code, { eval: true, workerData: job, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
		let done = false;
		// A short job past its time limit: stop the thread (HiGHS cannot be interrupted otherwise).
		const timer = opts.timeoutMs
			? setTimeout(() => {
					if (done) return;
					done = true;
					onMessage({ type: 'error', message: 'timeout' });
					void w.terminate();
				}, opts.timeoutMs)
			: null;
		w.on('message', (m: WorkerMessage<R>) => {
			if (m.type !== 'progress') done = true;
			onMessage(m);
		});
		w.on('error', (e) => {
			done = true;
			onMessage({ type: 'error', message: String(e?.message ?? e) });
		});
		w.on('exit', (codeNum) => {
			if (timer) clearTimeout(timer);
			if (!done) onMessage({ type: 'error', message: `worker exited with code ${codeNum}` });
			resolvePromise();
		});
	});
}

/** Runs a short job (the draw, a feasibility check) in a worker and waits for its result; with
 * `timeoutMs` the worker is stopped after that time and a WorkerTimeout is thrown. */
export async function runWorker<R>(job: DrawJob | FeasibilityJob, timeoutMs?: number): Promise<R> {
	let out: { ok: true; result: R } | { ok: false; message: string } = { ok: false, message: 'no result' };
	await spawnSelectionWorker<R>(
		job,
		(m) => {
			if (out.ok || (!out.ok && out.message !== 'no result')) return;
			if (m.type === 'result') out = { ok: true, result: m.result };
			else if (m.type === 'error') out = { ok: false, message: m.message };
		},
		{ timeoutMs }
	);
	const o = out as { ok: true; result: R } | { ok: false; message: string };
	if (!o.ok && o.message === 'timeout') throw new WorkerTimeout();
	if (!o.ok) throw new Error(`${job.kind} worker failed: ${o.message}`);
	return o.result;
}

export class WorkerTimeout extends Error {
	constructor() {
		super('the worker did not finish in time');
	}
}

const STALE_MS = 15 * 60_000;

/** Claims the next queued (or stale running) selection and runs it to the end. Safe with several
 * app instances: the claim is one conditional UPDATE. Returns false when nothing was queued. */
export async function runNextSelection(db: Db, now: () => Date = () => new Date()): Promise<boolean> {
	const workerId = newId();
	const staleBefore = new Date(now().getTime() - STALE_MS);
	const [candidate] = await db
		.select({ processId: panelDraw.processId, report: panelDraw.report, seed: panelDraw.seed })
		.from(panelDraw)
		.where(or(eq(panelDraw.status, 'queued'), and(eq(panelDraw.status, 'running'), lt(panelDraw.startedAt, staleBefore))))
		.limit(1);
	if (!candidate) return false;
	const claimed = await db
		.update(panelDraw)
		.set({ status: 'running', workerId, startedAt: now(), progress: 'starting', progressPct: 1 })
		.where(and(eq(panelDraw.processId, candidate.processId), or(eq(panelDraw.status, 'queued'), and(eq(panelDraw.status, 'running'), lt(panelDraw.startedAt, staleBefore)))))
		.returning({ processId: panelDraw.processId });
	if (!claimed.length) return true;
	const processId = candidate.processId;
	const m = Number((candidate.report as { m?: number } | null)?.m ?? 1000);
	const job = await buildJob(db, processId, m, candidate.seed ?? '');
	if (!job.seed) throw new Error('selection job without a seed');
	let last = 0;
	const pending: Promise<unknown>[] = [];
	await spawnSelectionWorker(job, (msg) => {
		if (msg.type === 'progress') {
			if (Date.now() - last < 500 && msg.pct < 100) return;
			last = Date.now();
			pending.push(db.update(panelDraw).set({ progress: msg.text.slice(0, 500), progressPct: Math.max(1, Math.min(99, Math.round(msg.pct))), startedAt: now() }).where(and(eq(panelDraw.processId, processId), eq(panelDraw.workerId, workerId))).catch(() => undefined));
		} else if (msg.type === 'result') {
			pending.push(storeSelection(db, processId, msg.result, now()));
		} else {
			pending.push(db.update(panelDraw).set({ status: 'failed', error: msg.message.slice(0, 4000), finishedAt: now() }).where(and(eq(panelDraw.processId, processId), eq(panelDraw.workerId, workerId))));
		}
	});
	await Promise.all(pending);
	return true;
}

let running: Promise<void> | null = null;

/** Runs queued selections in the background (one at a time per app instance). */
export function kickSelections(db: Db): void {
	if (running) return;
	running = (async () => {
		try {
			while (await runNextSelection(db)) {
				/* next */
			}
		} catch (e) {
			console.error('[panels] selection runner:', e);
		} finally {
			running = null;
		}
	})();
}

/** For tests: waits until the background runner is idle. */
export async function selectionsIdle(): Promise<void> {
	while (running) await running;
}

