import { closeSync, openSync, readFileSync, unlinkSync, writeSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** PGlite has no lock of its own: a second process opening the same directory loses writes.
 * We keep a lock file with our pid and refuse to open while that pid is alive. */
export class DataDirLockedError extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(
			`The embedded database in ${dataDir} is already open in process ${pid}. ` +
				`Stop that process first, or set DATABASE_URL to use a PostgreSQL server.`
		);
		this.name = 'DataDirLockedError';
	}
}

/** A process that has exited but was not yet reaped by its parent (a zombie, state Z, or X while
 * being reaped) still answers signal 0; right after `kill -9` the server's pid is such a zombie
 * until whoever started it notices. Linux only (/proc); elsewhere signal 0 decides alone. */
function isZombie(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// "pid (comm) S ..." — comm may itself contain ") ", so read after the last one.
		const state = stat.slice(stat.lastIndexOf(') ') + 2, stat.lastIndexOf(') ') + 3);
		return state === 'Z' || state === 'X';
	} catch {
		return false;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
	return !isZombie(pid);
}

/** Lock files this process holds: a lock file with our own pid is ours only if listed here;
 * otherwise it was left by an earlier process that had the same pid (e.g. pid 1 in a container). */
const held = new Set<string>();

/** How long to wait for a live holder to go away before refusing: a server that is stopping (or
 * was just killed) lets go within moments, so a restart right after it still opens. */
const DEFAULT_WAIT_MS = 2000;

export async function acquireDataDirLock(dataDir: string, opts: { waitMs?: number } = {}): Promise<() => void> {
	mkdirSync(dataDir, { recursive: true });
	const lockPath = join(resolve(dataDir), 'decydujemy.lock');
	if (held.has(lockPath)) throw new DataDirLockedError(dataDir, process.pid);
	const deadline = Date.now() + (opts.waitMs ?? DEFAULT_WAIT_MS);
	for (;;) {
		try {
			const fd = openSync(lockPath, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			held.add(lockPath);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				held.delete(lockPath);
				try {
					unlinkSync(lockPath);
				} catch {
					/* already gone */
				}
			};
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			let pid: number;
			try {
				pid = Number(readFileSync(lockPath, 'utf8').trim());
			} catch (readError) {
				if ((readError as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile
				throw readError;
			}
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
				if (Date.now() >= deadline) throw new DataDirLockedError(dataDir, pid);
				await new Promise((r) => setTimeout(r, 100));
				continue;
			}
			// A stale lock from a crashed process: take it over.
			try {
				unlinkSync(lockPath);
			} catch {
				/* another opener took it over first; the next round sees its lock */
			}
		}
	}
}
