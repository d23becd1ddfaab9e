import { parseArgs } from 'node:util';
import { openDatabase, databaseOptionsFromEnv } from '../lib/server/db/client';
import { createAuth } from '../lib/server/accounts/auth';
import { createAccount } from '../lib/server/accounts/service';
import { seedDemo } from '../lib/server/seed';
import { ServiceError } from '../lib/server/core/errors';
import { runJobsOnce } from '../lib/server/jobs';

const HELP = `decydujemy — the civic participation platform's command line

  decydujemy serve                      run the built server (PORT, ORIGIN, DATA_DIR, DATABASE_URL)
  decydujemy db migrate                 apply the database migrations
  decydujemy seed                       load Kraków's demo data (districts, accounts, processes)
  decydujemy user create-admin --email E --password P [--name N]
  decydujemy backup FILE                back up the database (PostgreSQL: pg_dump custom format; embedded: its
                                        data directory's dump; stop a server on the same DATA_DIR first)
  decydujemy restore FILE               replace the database with a backup (stop every server first; the
                                        embedded database it replaces is kept as DATA_DIR/pg.before-restore-*)
  decydujemy jobs run                   run every module's background jobs once (reminders, GDPR purge...;
                                        the server runs them on timers, this is for cron or after downtime)
  decydujemy pb ...                     participatory-budget engine (decydujemy pb help)
  decydujemy panel ...                  citizens'-panel selection (decydujemy panel help)

Without DATABASE_URL the embedded database in ./data (or DATA_DIR) is used.`;

const io = {
	stdout: (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
	stderr: (s: string): void => void process.stderr.write(s.endsWith('\n') ? s : s + '\n')
};

async function withDatabase(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>): Promise<number> {
	const database = await openDatabase(databaseOptionsFromEnv());
	try {
		await fn(database);
		return 0;
	} finally {
		await database.close();
	}
}

export async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	try {
		switch (command) {
			// `pb` and `panel` never get here: bin/decydujemy.js runs the engines' own command lines.
			case 'db':
				if (rest[0] !== 'migrate') break;
				return await withDatabase(async (d) => io.stdout(`Migrations applied (${d.kind}).`));
			case 'seed':
				return await withDatabase(async (d) => {
					const auth = await createAuth(d.db, { baseURL: process.env.ORIGIN ?? 'http://localhost:3000' });
					await seedDemo(d.db, auth, io.stdout);
				});
			case 'backup':
			case 'restore': {
				if (rest.length !== 1 || rest[0].startsWith('-')) {
					io.stderr(`Usage: decydujemy ${command} FILE`);
					return 2;
				}
				const { backup, restore } = await import('../lib/server/db/backup');
				if (command === 'backup') await backup(databaseOptionsFromEnv(), rest[0], io.stdout);
				else await restore(databaseOptionsFromEnv(), rest[0], io.stdout);
				return 0;
			}
			case 'jobs':
				if (rest[0] !== 'run') break;
				return await withDatabase(async (d) => runJobsOnce(d.db, new Date(), io.stdout));
			case 'user': {
				if (rest[0] !== 'create-admin') break;
				const { values } = parseArgs({ args: rest.slice(1), options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } });
				if (!values.email || !values.password) {
					io.stderr('Usage: decydujemy user create-admin --email E --password P [--name N]');
					return 2;
				}
				return await withDatabase(async (d) => {
					const auth = await createAuth(d.db, { baseURL: process.env.ORIGIN ?? 'http://localhost:3000' });
					await createAccount(d.db, auth, { name: values.name ?? 'Administrator', email: values.email!, password: values.password!, role: 'admin' });
					io.stdout(`Admin ${values.email} is ready.`);
				});
			}
			case undefined:
			case 'help':
			case '--help':
				io.stdout(HELP);
				return 0;
		}
		io.stderr(`Unknown command: ${argv.join(' ')}\n\n${HELP}`);
		return 2;
	} catch (e) {
		if (e instanceof ServiceError) {
			io.stderr(`Error: ${e.message}${Object.keys(e.fields).length ? ' (' + Object.entries(e.fields).map(([k, v]) => `${k}: ${v}`).join(', ') + ')' : ''}`);
			return 2;
		}
		if (e instanceof Error && (e.name === 'DataDirLockedError' || e.name === 'BackupError')) {
			io.stderr(`Error: ${e.message}`);
			return 1;
		}
		throw e;
	}
}
