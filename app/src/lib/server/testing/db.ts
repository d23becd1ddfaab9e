import { randomBytes, createHash } from 'node:crypto';
import { closeSync, existsSync, openAsBlob, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { openDatabase, migrationsFolder, type Database, type Db } from '../db/client';
import * as schema from '../db/schema';
import type { Actor, ServiceContext } from '../core/context';
import { createAuth, type Auth } from '../accounts/auth';
import { user, type Role } from '../accounts/schema';
import { outboxEmail } from '../notifications/schema';
import { process as processTable } from '../processes/schema';
import { desc, eq } from 'drizzle-orm';
import { seedDistricts } from '../districts/service';

/** The database backends every integration test runs on: embedded PGlite always, and the
 * PostgreSQL server named by TEST_DATABASE_URL (set by `npm test` and CI). */
export const backends: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
if (!process.env.TEST_DATABASE_URL) {
	if (process.env.CI) throw new Error('TEST_DATABASE_URL must be set in CI so that tests also run on PostgreSQL');
	console.warn('[tests] TEST_DATABASE_URL not set: integration tests run on PGlite only');
}

export interface TestDatabase extends Database {
	auth: Auth;
	/** A service context for an actor, with a fixed or given clock. */
	ctx(actor: Actor, now?: () => Date): ServiceContext;
	/** Creates an account with a role (e-mail verified) and returns its actor. */
	user(role?: Role, name?: string): Promise<NonNullable<Actor> & { email: string }>;
	/** A new published process to comment on (comments need a real, visible target). */
	discussion(): Promise<{ targetType: 'process'; targetId: string }>;
	drop(): Promise<void>;
	/** PostgreSQL: the test database's URL (for tools such as pg_dump). */
	databaseUrl?: string;
}

let counter = 0;

/** The password of every account made by `TestDatabase.user`. */
export const TEST_PASSWORD = 'test-password-123';

/** A fingerprint of everything that goes into a fresh test database: the migrations and the
 * shipped district data. A change to either builds a new PGlite template. */
function templateFingerprint(): string {
	const h = createHash('sha256');
	const add = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const p = join(dir, entry.name);
			if (entry.isDirectory()) add(p);
			else h.update(entry.name).update(readFileSync(p));
		}
	};
	add(migrationsFolder());
	add(join(import.meta.dirname, '../districts/data'));
	// ... and the PGlite release (its data directory format).
	h.update(readFileSync(join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '../package.json')));
	return h.digest('hex').slice(0, 16);
}

/** Initialising PGlite and running the migrations costs several seconds per database; the
 * migrated, seeded data directory is therefore built once and kept as a tarball in the temp
 * directory, and every test database starts from a copy of it (about 1 s). */
async function pgliteTemplate(): Promise<string> {
	const path = join(tmpdir(), `decydujemy-test-pglite-${templateFingerprint()}.tar`);
	const building = `${path}.building`;
	for (;;) {
		if (existsSync(path)) return path;
		// One worker builds; the others wait for its tarball instead of building it too.
		let marker: number;
		try {
			marker = openSync(building, 'wx');
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			try {
				if (Date.now() - statSync(building).mtimeMs > 180_000) unlinkSync(building); // its builder died
			} catch {
				/* gone meanwhile */
			}
			await new Promise((r) => setTimeout(r, 250));
			continue;
		}
		try {
			const fresh = await openDatabase({ memory: true });
			await seedDistricts(fresh.db);
			// Database has no dump; drizzle keeps the PGlite client as $client.
			const client = (fresh.db as unknown as { $client: import('@electric-sql/pglite').PGlite }).$client;
			const dump = await client.dumpDataDir('none');
			const tmp = `${path}.${process.pid}.${randomBytes(3).toString('hex')}`;
			writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
			renameSync(tmp, path); // atomic: nobody reads half a file
			await fresh.close();
			// Templates of older migrations are of no use any more (kept a while for runs in flight).
			for (const name of readdirSync(tmpdir())) {
				const old = join(tmpdir(), name);
				if (!/^decydujemy-test-pglite-[0-9a-f]+\.tar$/.test(name) || old === path) continue;
				try {
					if (Date.now() - statSync(old).mtimeMs > 600_000) unlinkSync(old);
				} catch {
					/* removed by another worker */
				}
			}
			return path;
		} finally {
			closeSync(marker);
			unlinkSync(building);
		}
	}
}

async function openPglite(): Promise<Database> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const client = new PGlite({ loadDataDir: await openAsBlob(await pgliteTemplate()) });
	await client.waitReady;
	const db = drizzle(client, { schema }) as unknown as Db;
	return {
		db,
		kind: 'pglite',
		exec: async (sql) => {
			await client.exec(sql);
		},
		close: () => client.close()
	};
}

/** A fresh, migrated database with Kraków's districts. PostgreSQL: a new database per call,
 * dropped afterwards. PGlite: in memory, started from a migrated template. */
export async function openTestDatabase(kind: 'pglite' | 'postgres', opts: { dataDir?: string } = {}): Promise<TestDatabase> {
	let database: Database;
	let drop = async () => {};
	let databaseUrl: string | undefined;
	if (kind === 'postgres') {
		const url = new URL(process.env.TEST_DATABASE_URL!);
		const name = `decydujemy_test_${process.pid}_${randomBytes(4).toString('hex')}`;
		const pg = await import('pg');
		const admin = new pg.default.Client({ connectionString: url.toString() });
		await admin.connect();
		await admin.query(`CREATE DATABASE ${name}`); // name is ours, never user input
		await admin.end();
		const testUrl = new URL(url.toString());
		testUrl.pathname = `/${name}`;
		databaseUrl = testUrl.toString();
		database = await openDatabase({ databaseUrl });
		await seedDistricts(database.db);
		drop = async () => {
			const a = new pg.default.Client({ connectionString: url.toString() });
			await a.connect();
			await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await a.end();
		};
	} else if (opts.dataDir) {
		// On disk (a test of what the server's own data directory goes through: backups).
		database = await openDatabase({ dataDir: opts.dataDir });
		await seedDistricts(database.db);
	} else {
		database = await openPglite();
	}
	const auth = await createAuth(database.db, { baseURL: 'http://localhost:3000' });
	// Tests sign in with wrong passwords on purpose: keep better-auth's warnings out of the output.
	const authContext = await auth.$context;
	authContext.logger.warn = () => {};
	// Every test account has the same password: hash it once (argon2 is slow on purpose).
	let passwordHash: Promise<string> | undefined;
	let closed = false;
	return {
		...database,
		databaseUrl,
		close: async () => {
			if (closed) return;
			closed = true;
			await database.close();
		},
		auth,
		ctx: (actor, now = () => new Date()) => ({ db: database.db, actor, now }),
		async user(role = 'resident', name = 'Test Person') {
			const email = `${role}-${++counter}-${randomBytes(3).toString('hex')}@test.decydujemy.pl`;
			passwordHash ??= authContext.password.hash(TEST_PASSWORD);
			// What createAccount (accounts/service) does, minus the hashing.
			const created = await authContext.internalAdapter.createUser({ name, email, emailVerified: true }, { method: 'admin' });
			await authContext.internalAdapter.createAccount({ userId: created.id, providerId: 'credential', accountId: created.id, password: await passwordHash });
			await database.db.update(user).set({ role, emailVerified: true }).where(eq(user.id, created.id));
			return { id: created.id, role, emailVerified: true, email };
		},
		async discussion() {
			const id = `discussion-${++counter}-${randomBytes(3).toString('hex')}`;
			await database.db.insert(processTable).values({ id, slug: id, mechanism: 'consultation', title: 'Dyskusja testowa', description: 'Do komentowania w testach', status: 'published' });
			return { targetType: 'process' as const, targetId: id };
		},
		async drop() {
			if (!closed) {
				closed = true;
				await database.close();
			}
			await drop();
		}
	};
}

/** The e-mails sent to an address, newest first (the outbox is where tests read them). */
export async function mailsTo(db: Db, to: string) {
	return db.select().from(outboxEmail).where(eq(outboxEmail.to, to)).orderBy(desc(outboxEmail.createdAt));
}

/** The first link in the newest e-mail to an address that matches `pattern` (its first group). */
export async function linkFromMail(db: Db, to: string, pattern: RegExp): Promise<string> {
	for (const mail of await mailsTo(db, to)) {
		const m = mail.text.match(pattern);
		if (m) return m[1];
	}
	throw new Error(`No e-mail to ${to} matches ${pattern}`);
}

/** A fixed clock. */
export const at = (iso: string) => () => new Date(iso);
