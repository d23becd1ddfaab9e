import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema';
import { acquireDataDirLock } from './lock';

/** The one database type every service takes. PGlite's and node-postgres' Drizzle databases
 * share the query API; we type both as the node-postgres flavour. */
export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle, usable wherever a Db is. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** Raw SQL for migrations and tests (never with user input). */
	exec(sql: string): Promise<void>;
	close(): Promise<void>;
}

export interface OpenOptions {
	/** postgres://... — a PostgreSQL server. Without it, embedded PGlite in dataDir. */
	databaseUrl?: string;
	dataDir?: string;
	/** In-memory PGlite (tests). */
	memory?: boolean;
	migrate?: boolean;
}

/** Finds the committed migrations folder both from the source tree and from the built server. */
export function migrationsFolder(): string {
	const candidates = [
		process.env.MIGRATIONS_DIR,
		resolve(process.cwd(), 'drizzle'),
		resolve(process.cwd(), 'app/drizzle'),
		join(dirname(fileURLToPath(import.meta.url)), '../../../../drizzle')
	].filter((p): p is string => !!p);
	for (const c of candidates) if (existsSync(join(c, 'meta/_journal.json'))) return c;
	throw new Error(`Migrations folder not found (looked in ${candidates.join(', ')})`);
}

export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
	const migrate = opts.migrate ?? true;
	if (opts.databaseUrl) {
		const pg = await import('pg');
		const { drizzle } = await import('drizzle-orm/node-postgres');
		const pool = new pg.default.Pool({ connectionString: opts.databaseUrl, max: 10 });
		// An idle connection that the server closes (restart, failover, a dropped test database)
		// emits an error; without a listener that would end the process. The pool reconnects.
		pool.on('error', (err) => console.error(`PostgreSQL closed an idle connection: ${err.message}`));
		// A connection checked out by a transaction, between two statements, has no pool listener:
		// its 'error' (PostgreSQL restarted, backend terminated) would end the process. The
		// transaction's next statement fails instead (a 503), and the pool drops the dead client.
		pool.on('connect', (client) => {
			client.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
		});
		const db = drizzle(pool, { schema }) as Db;
		if (migrate) {
			// Several app instances may start at once on one server: an advisory lock lets one
			// of them migrate while the others wait.
			const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
			const conn = await pool.connect();
			try {
				await conn.query('SELECT pg_advisory_lock(20261127)');
				await run(drizzle(conn, { schema }) as unknown as Db, { migrationsFolder: migrationsFolder() });
			} finally {
				await conn.query('SELECT pg_advisory_unlock(20261127)').catch(() => undefined);
				conn.release();
			}
		}
		return {
			db,
			kind: 'postgres',
			exec: async (sql) => {
				await pool.query(sql);
			},
			close: () => pool.end()
		};
	}
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	let release = () => {};
	let client;
	if (opts.memory) {
		client = new PGlite();
	} else {
		const dir = resolve(opts.dataDir ?? process.env.DATA_DIR ?? 'data');
		release = await acquireDataDirLock(dir);
		try {
			client = new PGlite(join(dir, 'pg'));
			await client.waitReady;
		} catch (e) {
			release();
			throw e;
		}
	}
	const db = drizzle(client, { schema }) as unknown as Db;
	if (migrate) {
		const { migrate: run } = await import('drizzle-orm/pglite/migrator');
		await run(db as never, { migrationsFolder: migrationsFolder() });
	}
	return {
		db,
		kind: 'pglite',
		exec: async (sql) => {
			await client.exec(sql);
		},
		close: async () => {
			try {
				await client.close();
			} finally {
				release();
			}
		}
	};
}

export function databaseOptionsFromEnv(): OpenOptions {
	return {
		databaseUrl: process.env.DATABASE_URL || undefined,
		dataDir: process.env.DATA_DIR || undefined
	};
}
