import type { Db } from './db/client';
import { modules } from './modules';

/** Background work a module needs while the server runs (reminders, the GDPR purge...). Every
 * job must be idempotent and safe when several instances run it at once (each claims its rows
 * with a conditional update), because every instance runs the same timers. */
export interface ModuleJob {
	name: string;
	everyMs: number;
	run: (db: Db, now: Date) => Promise<unknown>;
}

export function allJobs(): { module: string; job: ModuleJob }[] {
	return modules.flatMap((m) => (m.jobs ?? []).map((job) => ({ module: m.name, job })));
}

/** Runs every module's jobs once, in order (the CLI's `decydujemy jobs run`, and cron). */
export async function runJobsOnce(db: Db, now = new Date(), log: (line: string) => void = () => {}): Promise<void> {
	for (const { module, job } of allJobs()) {
		const started = Date.now();
		const result = await job.run(db, now);
		log(`${module}: ${job.name} done in ${Date.now() - started} ms${result === undefined ? '' : ` (${JSON.stringify(result)})`}`);
	}
}

const timers: ReturnType<typeof setTimeout>[] = [];

/** Starts the timers at server start-up; the first run comes a few seconds later so that the
 * server answers first. A run that is still busy when its next tick comes is not doubled. */
export function startJobs(db: Db, firstAfterMs = 5_000): void {
	for (const { module, job } of allJobs()) {
		let busy = false;
		const tick = async () => {
			if (busy) return;
			busy = true;
			try {
				await job.run(db, new Date());
			} catch (e) {
				console.error(`[${module}] ${job.name}:`, e instanceof Error ? e.message : e);
			} finally {
				busy = false;
			}
		};
		const first = setTimeout(() => void tick(), firstAfterMs);
		const every = setInterval(() => void tick(), job.everyMs);
		first.unref();
		every.unref();
		timers.push(first, every);
	}
}

export function stopJobs(): void {
	for (const t of timers.splice(0)) clearTimeout(t);
}
