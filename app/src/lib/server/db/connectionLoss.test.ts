// A PostgreSQL connection that dies while a transaction holds it (a server restart, failover, a
// terminated backend) must fail that request, not the whole process: pg emits 'error' on a
// checked-out client that is between statements, and an 'error' event without a listener ends Node.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from './client';

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('PostgreSQL connection lost inside a transaction', () => {
	it('fails the transaction with an error and leaves the process and the pool working', async () => {
		const name = `decydujemy_connloss_${process.pid}_${Date.now()}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`CREATE DATABASE ${name}`);
		const dbUrl = new URL(url!);
		dbUrl.pathname = `/${name}`;
		const database = await openDatabase({ databaseUrl: dbUrl.toString(), migrate: false });
		const uncaught: unknown[] = [];
		const onUncaught = (e: unknown) => uncaught.push(e);
		process.on('uncaughtException', onUncaught);
		try {
			const outcome = await database.db
				.transaction(async (tx) => {
					const [{ pid }] = (await tx.execute(sql`SELECT pg_backend_pid() AS pid`)).rows as { pid: number }[];
					// The server ends this connection while the transaction waits between statements.
					await admin.query('SELECT pg_terminate_backend($1)', [pid]);
					await new Promise((r) => setTimeout(r, 300));
					await tx.execute(sql`SELECT 1`);
				})
				.then(() => 'committed', () => 'failed');
			expect(outcome).toBe('failed');
			expect(uncaught).toEqual([]);
			// The pool hands out a fresh connection afterwards.
			const rows = (await database.db.execute(sql`SELECT 41 + 1 AS answer`)).rows as { answer: number }[];
			expect(Number(rows[0].answer)).toBe(42);
		} finally {
			process.off('uncaughtException', onUncaught);
			await database.close();
			await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	});
});
