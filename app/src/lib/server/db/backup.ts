// `decydujemy backup FILE` / `decydujemy restore FILE`.
// PostgreSQL (DATABASE_URL): pg_dump's custom format, restored with pg_restore in one transaction.
// Embedded PGlite (DATA_DIR): PGlite's own dump of its data directory (a gzipped tar), restored
// into a fresh directory that replaces the old one only once it opened; the old one is kept.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openAsBlob, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { acquireDataDirLock } from './lock';
import type { OpenOptions } from './client';

/** A backup or restore that cannot go ahead, with a message for the operator. */
export class BackupError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BackupError';
	}
}

export type BackupFormat = 'postgres' | 'pglite';

/** pg_dump's custom format starts with "PGDMP"; PGlite's gzipped dump with gzip's magic bytes. */
export function backupFormat(file: string): BackupFormat {
	if (!existsSync(file)) throw new BackupError(`Backup file not found: ${file}`);
	if (!statSync(file).isFile()) throw new BackupError(`Not a file: ${file}`);
	const head = Buffer.alloc(5);
	const fd = openSync(file, 'r');
	let n: number;
	try {
		n = readSync(fd, head, 0, 5, 0);
	} finally {
		closeSync(fd);
	}
	if (n === 5 && head.toString('latin1') === 'PGDMP') return 'postgres';
	if (n >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
	throw new BackupError(`${file} is not a Decydujemy backup (neither pg_dump's custom format nor an embedded-database dump).`);
}

function run(cmd: string, args: string[]): Promise<{ code: number; stderr: string }> {
	return new Promise((done, fail) => {
		const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (b) => (stderr += b));
		child.on('error', (e) => {
			if ((e as NodeJS.ErrnoException).code === 'ENOENT') fail(new BackupError(`${cmd} was not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client) in the version of your server.`));
			else fail(e);
		});
		child.on('close', (code) => done({ code: code ?? 1, stderr }));
	});
}

/** The password never reaches the process list or a message: pg tools read it from PGPASSWORD. */
function connection(databaseUrl: string): { url: string } {
	const url = new URL(databaseUrl);
	const password = decodeURIComponent(url.password);
	url.password = '';
	if (password) process.env.PGPASSWORD = password;
	return { url: url.toString() };
}

function pgliteDir(opts: OpenOptions): string {
	return resolve(opts.dataDir ?? process.env.DATA_DIR ?? 'data');
}

export async function backup(opts: OpenOptions, file: string, log: (s: string) => void = () => {}): Promise<BackupFormat> {
	const target = resolve(file);
	const partial = `${target}.partial`;
	if (opts.databaseUrl) {
		const { url } = connection(opts.databaseUrl);
		const r = await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${url}`]);
		if (r.code !== 0) {
			rmSync(partial, { force: true });
			throw new BackupError(`pg_dump failed: ${r.stderr.trim()}`);
		}
		renameSync(partial, target);
		log(`Backed up the PostgreSQL database to ${target} (pg_dump custom format, ${statSync(target).size} bytes).`);
		return 'postgres';
	}
	const dir = pgliteDir(opts);
	if (!existsSync(join(dir, 'pg', 'PG_VERSION'))) throw new BackupError(`There is no embedded database in ${dir} (set DATA_DIR, or DATABASE_URL for a PostgreSQL server).`);
	// The lock refuses while a server has the directory open (its writes would be missing).
	const release = await acquireDataDirLock(dir, { waitMs: 0 });
	try {
		const { PGlite } = await import('@electric-sql/pglite');
		const client = new PGlite(join(dir, 'pg'));
		await client.waitReady;
		try {
			const dump = await client.dumpDataDir('gzip');
			writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
		} finally {
			await client.close();
		}
		renameSync(partial, target);
	} catch (e) {
		rmSync(partial, { force: true });
		throw e;
	} finally {
		release();
	}
	log(`Backed up the embedded database in ${dir} to ${target} (${statSync(target).size} bytes).`);
	return 'pglite';
}

export async function restore(opts: OpenOptions, file: string, log: (s: string) => void = () => {}): Promise<void> {
	const source = resolve(file);
	const format = backupFormat(source);
	if (opts.databaseUrl) {
		if (format !== 'postgres') throw new BackupError(`${source} is a backup of the embedded database; restore it without DATABASE_URL (into DATA_DIR).`);
		const { url } = connection(opts.databaseUrl);
		// A running server would keep writing into (or block) the tables being replaced.
		const pg = await import('pg');
		const client = new pg.default.Client({ connectionString: opts.databaseUrl });
		try {
			await client.connect();
		} catch (e) {
			throw new BackupError(`Cannot connect to the PostgreSQL server: ${(e as Error).message}`);
		}
		try {
			const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
			if (rows[0].n > 0) throw new BackupError(`${rows[0].n} other connection(s) to this database are open (a running server?). Stop every Decydujemy server on it first.`);
		} finally {
			await client.end();
		}
		const r = await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, source]);
		if (r.code !== 0) throw new BackupError(`pg_restore failed (nothing was changed: it runs in one transaction): ${r.stderr.trim()}`);
		log(`Restored ${source} into the PostgreSQL database.`);
		return;
	}
	if (format !== 'pglite') throw new BackupError(`${source} is a PostgreSQL backup (pg_dump); set DATABASE_URL to restore it into a PostgreSQL server.`);
	const dir = pgliteDir(opts);
	const release = await acquireDataDirLock(dir, { waitMs: 0 });
	const fresh = join(dir, 'pg.restoring');
	try {
		rmSync(fresh, { recursive: true, force: true });
		const { PGlite } = await import('@electric-sql/pglite');
		try {
			const client = new PGlite(fresh, { loadDataDir: await openAsBlob(source) });
			await client.waitReady;
			await client.query('SELECT count(*) FROM drizzle.__drizzle_migrations');
			await client.close();
		} catch (e) {
			rmSync(fresh, { recursive: true, force: true });
			throw new BackupError(`${source} could not be loaded as an embedded database (${(e as Error).message}); the database in ${dir} was left as it was.`);
		}
		const current = join(dir, 'pg');
		let kept: string | undefined;
		if (existsSync(current)) {
			kept = join(dir, `pg.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
			renameSync(current, kept);
		}
		renameSync(fresh, current);
		log(`Restored ${source} into ${dir}.${kept ? ` The database it replaced is kept in ${kept} (delete it when you no longer need it).` : ''}`);
	} finally {
		release();
	}
}
