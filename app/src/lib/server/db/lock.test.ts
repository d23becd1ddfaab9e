import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireDataDirLock, DataDirLockedError } from './lock';
import { openDatabase } from './client';

const dirs: string[] = [];
const children: ChildProcess[] = [];
function freshDir() {
	const dir = mkdtempSync(join(tmpdir(), 'decydujemy-lock-'));
	dirs.push(dir);
	return dir;
}
/** Another live process (it only sleeps), standing in for a running server. */
function liveProcess(): ChildProcess {
	const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
	children.push(child);
	return child;
}
/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
	const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
	await new Promise((resolve) => child.once('exit', resolve));
	return child.pid!;
}

afterEach(() => {
	for (const c of children.splice(0)) c.kill();
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('data directory lock', () => {
	it('writes our pid to the lock file and removes it on release (twice is harmless)', async () => {
		const dir = freshDir();
		const release = await acquireDataDirLock(dir);
		expect(readFileSync(join(dir, 'decydujemy.lock'), 'utf8')).toBe(String(process.pid));
		release();
		release();
		expect(existsSync(join(dir, 'decydujemy.lock'))).toBe(false);
	});

	it('creates a data directory that does not exist yet', async () => {
		const dir = join(freshDir(), 'nested', 'data');
		const release = await acquireDataDirLock(dir);
		expect(existsSync(join(dir, 'decydujemy.lock'))).toBe(true);
		release();
	});

	it('refuses a second opener while the holder process is alive, with a clear message', async () => {
		const dir = freshDir();
		const holder = liveProcess();
		writeFileSync(join(dir, 'decydujemy.lock'), String(holder.pid));
		let error: unknown;
		const started = Date.now();
		try {
			await acquireDataDirLock(dir, { waitMs: 300 });
		} catch (e) {
			error = e;
		}
		expect(Date.now() - started).toBeGreaterThanOrEqual(300); // it waited for the holder first
		expect(error).toBeInstanceOf(DataDirLockedError);
		expect(error).toMatchObject({ pid: holder.pid, dataDir: dir });
		const message = (error as Error).message;
		expect(message).toContain(dir);
		expect(message).toContain(`process ${holder.pid}`);
		expect(message).toMatch(/Stop that process first/);
		expect(message).toMatch(/DATABASE_URL/);
		// The holder's lock is untouched.
		expect(readFileSync(join(dir, 'decydujemy.lock'), 'utf8')).toBe(String(holder.pid));
	});

	it('refuses a second opener in the same process while the first holds the lock', async () => {
		const dir = freshDir();
		const release = await acquireDataDirLock(dir);
		await expect(acquireDataDirLock(dir)).rejects.toThrow(DataDirLockedError);
		release();
		const again = await acquireDataDirLock(dir);
		again();
	});

	it('takes over a stale lock left by a process that has died', async () => {
		const dir = freshDir();
		const pid = await deadPid();
		writeFileSync(join(dir, 'decydujemy.lock'), String(pid));
		const release = await acquireDataDirLock(dir);
		expect(readFileSync(join(dir, 'decydujemy.lock'), 'utf8')).toBe(String(process.pid));
		release();
	});

	it.skipIf(process.platform !== 'linux')('takes over a lock held by a killed process that is not reaped yet (a zombie), e.g. right after kill -9 (finding 4)', async () => {
		// `sh` starts a child in the background and becomes `sleep 60`, which never waits for
		// children; once it has, the child is killed with SIGKILL, as a server would be, and stays
		// a zombie (state Z) whose pid still answers signal 0.
		const parent = spawn('sh', ['-c', 'sleep 30 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
		children.push(parent);
		const zombie = Number(await new Promise<string>((resolve) => parent.stdout!.once('data', (b) => resolve(String(b).trim()))));
		const stat = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8');
		const state = () => stat(zombie).slice(stat(zombie).lastIndexOf(') ') + 2)[0];
		for (let i = 0; i < 250 && !stat(parent.pid!).includes('(sleep)'); i++) await new Promise((r) => setTimeout(r, 20));
		process.kill(zombie, 'SIGKILL');
		for (let i = 0; i < 250 && state() !== 'Z'; i++) await new Promise((r) => setTimeout(r, 20));
		expect(state()).toBe('Z');
		expect(() => process.kill(zombie, 0)).not.toThrow(); // why the old check took it for alive
		const dir = freshDir();
		writeFileSync(join(dir, 'decydujemy.lock'), String(zombie));
		const release = await acquireDataDirLock(dir);
		expect(readFileSync(join(dir, 'decydujemy.lock'), 'utf8')).toBe(String(process.pid));
		release();
	});

	it('waits briefly for a holder that is exiting, then takes over its lock', async () => {
		const dir = freshDir();
		const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 300)'], { stdio: 'ignore' });
		children.push(holder);
		writeFileSync(join(dir, 'decydujemy.lock'), String(holder.pid));
		const release = await acquireDataDirLock(dir);
		expect(readFileSync(join(dir, 'decydujemy.lock'), 'utf8')).toBe(String(process.pid));
		release();
	});

	it('takes over a lock file with our own pid left by an earlier run (pid reuse) or with garbage in it', async () => {
		for (const content of [String(process.pid), 'not a pid', '']) {
			const dir = freshDir();
			writeFileSync(join(dir, 'decydujemy.lock'), content);
			const release = await acquireDataDirLock(dir);
			expect(readFileSync(join(dir, 'decydujemy.lock'), 'utf8')).toBe(String(process.pid));
			release();
		}
	});

	it('opening the embedded database on a directory held by a live process is refused before anything is touched', async () => {
		const dir = freshDir();
		const holder = liveProcess();
		writeFileSync(join(dir, 'decydujemy.lock'), String(holder.pid));
		await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
		expect(existsSync(join(dir, 'pg'))).toBe(false);
		expect(readFileSync(join(dir, 'decydujemy.lock'), 'utf8')).toBe(String(holder.pid));
	});
});
