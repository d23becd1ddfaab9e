import { setSiteOrigin } from './notifications/email';
import type { Database } from './db/client';
import { openDatabase, databaseOptionsFromEnv } from './db/client';
import { createAuth, type Auth } from './accounts/auth';
import type { BetterAuthPlugin } from 'better-auth';
import { seedIfEmpty } from './seed';
import { startJobs, stopJobs } from './jobs';

/** The process-wide handles of a running server: opened once at start-up (hooks `init`). */
let current: { database: Database; auth: Auth } | null = null;

export async function startRuntime(opts: { baseURL: string; plugins?: BetterAuthPlugin[]; seed?: boolean }) {
	if (current) return current;
	const database = await openDatabase(databaseOptionsFromEnv());
	setSiteOrigin(opts.baseURL);
	const auth = await createAuth(database.db, { baseURL: opts.baseURL, plugins: opts.plugins });
	current = { database, auth };
	if (opts.seed !== false && process.env.SEED !== 'false') await seedIfEmpty(database.db, auth, (line) => console.log(line));
	if (process.env.JOBS !== 'false') startJobs(database.db);
	return current;
}

export function runtime() {
	if (!current) throw new Error('Runtime not started');
	return current;
}

export async function stopRuntime() {
	const c = current;
	current = null;
	stopJobs();
	if (c) await c.database.close();
}
