// Worker thread: runs the selection engine (packages/sortition) on one job, off the request path.
// Started by ../runner.ts through tsx; talks to it by postMessage (progress, result or error).
import { parentPort, workerData } from 'node:worker_threads';
import type { DrawJob, FeasibilityJob, SelectionJob } from '../jobs.types';
import { runDraw, runFeasibility, runSelection } from './engine';

const job = workerData as SelectionJob | DrawJob | FeasibilityJob;
try {
	const result = job.kind === 'draw' ? await runDraw(job) : job.kind === 'feasibility' ? await runFeasibility(job) : await runSelection(job, (pct, text) => parentPort!.postMessage({ type: 'progress', pct, text }));
	parentPort!.postMessage({ type: 'result', result });
} catch (e) {
	parentPort!.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}
