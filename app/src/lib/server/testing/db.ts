import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../db/client';
import type { Actor, ServiceContext } from '../core/context';
import { createAuth, type Auth } from '../accounts/auth';
import { createAccount } from '../accounts/service';
import type { Role } from '../accounts/schema';
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
	drop(): Promise<void>;
}

let counter = 0;

/** A fresh, migrated database with Kraków's districts. PostgreSQL: a new database per call,
 * dropped afterwards. PGlite: in memory. */
export async function openTestDatabase(kind: 'pglite' | 'postgres'): Promise<TestDatabase> {
	let database: Database;
	let drop = async () => {};
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
		database = await openDatabase({ databaseUrl: testUrl.toString() });
		drop = async () => {
			const a = new pg.default.Client({ connectionString: url.toString() });
			await a.connect();
			await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await a.end();
		};
	} else {
		database = await openDatabase({ memory: true });
	}
	await seedDistricts(database.db);
	const auth = await createAuth(database.db, { baseURL: 'http://localhost:3000' });
	return {
		...database,
		auth,
		ctx: (actor, now = () => new Date()) => ({ db: database.db, actor, now }),
		async user(role = 'resident', name = 'Test Person') {
			const email = `${role}-${++counter}-${randomBytes(3).toString('hex')}@test.decydujemy.pl`;
			const id = await createAccount(database.db, auth, { name, email, password: 'test-password-123', role });
			return { id, role, emailVerified: true, email };
		},
		async drop() {
			await database.close();
			await drop();
		}
	};
}
