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

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Lock files this process holds: a lock file with our own pid is ours only if listed here;
 * otherwise it was left by an earlier process that had the same pid (e.g. pid 1 in a container). */
const held = new Set<string>();

export function acquireDataDirLock(dataDir: string): () => void {
	mkdirSync(dataDir, { recursive: true });
	const lockPath = join(resolve(dataDir), 'decydujemy.lock');
	if (held.has(lockPath)) throw new DataDirLockedError(dataDir, process.pid);
	for (let attempt = 0; attempt < 2; attempt++) {
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
			const pid = Number(readFileSync(lockPath, 'utf8').trim());
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
				throw new DataDirLockedError(dataDir, pid);
			}
			// A stale lock from a crashed process: take it over.
			unlinkSync(lockPath);
		}
	}
	throw new Error(`Could not lock ${dataDir}`);
}
