// Backups: a backup taken during voting, a ballot cast after it, the backup restored — every
// tally is again what it was at backup time (the same digest), on both databases. And the
// refusals an operator meets: a missing file, a file of the wrong kind, a running server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { addPool, castBallot, createEdition, listProjects, saveDraft, submitProject, verifyProject } from '../budgets/service';
import { openDatabase } from './client';
import { backup, backupFormat, restore } from './backup';
import { tallies, tallyDigest } from './tallies';
import { sql } from 'drizzle-orm';
import type { Database } from './client';

const day = 86_400_000;
const T0 = new Date('2027-05-01T10:00:00Z');
const at = (d: number) => () => new Date(T0.getTime() + d * day);

/** An edition in its voting phase with three projects. */
async function votingEdition(t: TestDatabase) {
	const official = await t.user('official');
	const author = await t.user('resident');
	const t0 = (d: number) => new Date(T0.getTime() + d * day);
	const ed = await createEdition(t.ctx(official, at(0)), { title: 'Edycja z kopią zapasową', description: 'Test kopii zapasowej i odtwarzania.', year: 2027, ballotKind: 'krakow', maxChoices: 3, greenMode: 'none', submissionOpensAt: t0(0), supportOpensAt: t0(1), verificationOpensAt: t0(2), appealsOpensAt: t0(3), votingOpensAt: t0(4), votingClosesAt: t0(30), implementationOpensAt: t0(40) });
	const pool = await addPool(t.ctx(official, at(0)), ed.id, { kind: 'citywide', name: 'Pula', amount: 1_000_000, maxCost: 500_000, rule: 'greedy' });
	for (let i = 0; i < 3; i++) {
		const id = await saveDraft(t.ctx(author, at(0.5)), ed.id, { poolId: pool, title: `Projekt numer ${i}`, description: 'Opis projektu do testu kopii.', lat: 50.06, lng: 19.94, costItems: [{ label: 'Koszt', amount: 100_000 + i }] });
		await submitProject(t.ctx(author, at(0.5)), id);
		// Kraków's path: the formal assessment first, then the merit one.
		await verifyProject(t.ctx(official, at(2.5)), id, { stage: 'formal', positive: 'yes', justification: 'Kompletny wniosek testowy.' });
		await verifyProject(t.ctx(official, at(2.5)), id, { stage: 'merit', positive: 'yes', justification: 'Wykonalny projekt testowy.' });
	}
	const projects = (await listProjects(t.ctx(null, at(5)), ed.id, { poolId: pool })).map((p) => p.id);
	return { editionId: ed.id, pool, projects };
}

/** A new voter casts a ballot (two of the three projects, by `i`). */
async function vote(t: TestDatabase, e: Awaited<ReturnType<typeof votingEdition>>, i: number) {
	const voter = await t.user('resident');
	return castBallot(t.ctx(voter, at(5)), e.editionId, { residence: true, parts: { [e.pool]: { projects: [e.projects[i % 3], e.projects[(i + 1) % 3]] } } });
}

describe.each(backends)('backup and restore on %s', (kind) => {
	let dir: string;
	let t: TestDatabase;
	let options: { databaseUrl?: string; dataDir?: string };
	/** The database as a server would open it after a restore (the test database before one). */
	let current: Pick<Database, 'db' | 'close'>;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'decydujemy-backup-'));
		t = await openTestDatabase(kind, kind === 'pglite' ? { dataDir: join(dir, 'data') } : {});
		options = kind === 'postgres' ? { databaseUrl: t.databaseUrl } : { dataDir: join(dir, 'data') };
		current = t;
	}, 120_000);
	afterAll(async () => {
		await current?.close();
		await t?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('a ballot cast after the backup is gone after the restore: every tally equals the one at backup time', { timeout: 240_000 }, async () => {
		const edition = await votingEdition(t);
		for (let i = 0; i < 4; i++) await vote(t, edition, i);
		const atBackup = await tallyDigest(t.db);
		expect((await tallies(t.db)).budget_ballots).toEqual([expect.objectContaining({ process_id: edition.editionId, n: 4 })]);

		const file = join(dir, `decydujemy-${kind}.backup`);
		// The embedded database can only be backed up while nobody holds it (see the refusal below).
		if (kind === 'pglite') await t.close();
		expect(await backup(options, file)).toBe(kind);
		expect(backupFormat(file)).toBe(kind);

		// Voting goes on after the backup: a fifth ballot changes the tallies.
		if (kind === 'pglite') t = await openTestDatabase('pglite', { dataDir: options.dataDir });
		const receipt = (await vote(t, edition, 4)).receipt;
		expect(receipt).toBeTruthy();
		expect(await tallyDigest(t.db)).not.toBe(atBackup);
		await t.close();

		const messages: string[] = [];
		await restore(options, file, (m) => messages.push(m));
		expect(messages.join('\n')).toContain('Restored');
		current = await openDatabase(options);
		expect(await tallyDigest(current.db)).toBe(atBackup);
		expect((await tallies(current.db)).budget_ballots).toEqual([expect.objectContaining({ n: 4 })]);
		// Nothing is thrown away: the embedded database the restore replaced is kept beside it.
		if (kind === 'pglite') expect(readdirSync(options.dataDir!).filter((n) => n.startsWith('pg.before-restore-'))).toHaveLength(1);
	});

	it('refuses a missing file and a file of the wrong kind, saying which and why, and changes nothing', async () => {
		const before = await tallyDigest(current.db);
		if (kind === 'pglite') await current.close();
		await expect(restore(options, join(dir, 'no-such-file'))).rejects.toThrow(/Backup file not found: .*no-such-file/);
		const text = join(dir, 'notes.txt');
		writeFileSync(text, 'not a backup');
		await expect(restore(options, text)).rejects.toThrow(/notes\.txt is not a Decydujemy backup/);
		// A backup of the other database kind.
		const other = join(dir, 'other-kind');
		writeFileSync(other, kind === 'pglite' ? Buffer.from('PGDMP\u0001\u000e') : Buffer.from([0x1f, 0x8b, 8, 0]));
		await expect(restore(options, other)).rejects.toThrow(kind === 'pglite' ? /is a PostgreSQL backup .*set DATABASE_URL/ : /is a backup of the embedded database/);
		if (kind === 'pglite') {
			// A gzip file that is not a data directory: the database stays as it was.
			const fake = join(dir, 'fake.tgz');
			writeFileSync(fake, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]));
			await expect(restore(options, fake)).rejects.toThrow(/could not be loaded as an embedded database.*left as it was/);
			current = await openDatabase(options);
		}
		expect(await tallyDigest(current.db)).toBe(before);
	});

	it('refuses while a server has the database open', async () => {
		if (kind === 'pglite') {
			// The open database holds the data directory's lock, as a running server does.
			expect(existsSync(join(options.dataDir!, 'decydujemy.lock'))).toBe(true);
			await expect(backup(options, join(dir, 'while-open'))).rejects.toThrow(/already open in process \d+\. Stop that process first/);
			await expect(restore(options, join(dir, 'decydujemy-pglite.backup'))).rejects.toThrow(/already open in process/);
			expect(existsSync(join(dir, 'while-open'))).toBe(false);
		} else {
			// The open database's pool is connected, as a running server's is.
			await current.db.execute(sql`SELECT 1`);
			await expect(restore(options, join(dir, 'decydujemy-postgres.backup'))).rejects.toThrow(/other connection\(s\) to this database are open .*Stop every Decydujemy server/);
		}
	});
});

