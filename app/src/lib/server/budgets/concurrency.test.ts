// 200 voters, 2,000 ballot attempts (duplicates and replays) fired concurrently against
// PostgreSQL: exactly one ballot per voter, none lost, tallies equal the ballots. Then the same
// run against a database whose UNIQUE constraint was dropped must break the invariant — proof
// that the test can catch the bug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../testing/db';
import { newId } from '../core/ids';
import { user } from '../accounts/schema';
import { ServiceError } from '../core/errors';
import { addPool, castBallot, createEdition, listProjects, saveDraft, submitProject, verifyProject } from './service';
import { budgetBallot, budgetBallotChoice, budgetParticipation } from './schema';

const VOTERS = 200;
const ATTEMPTS = 2000;
const day = 86_400_000;
const T0 = new Date('2027-05-01T10:00:00Z');
const at = (d: number) => () => new Date(T0.getTime() + d * day);

async function setup(t: TestDatabase) {
	const official = await t.user('official');
	const author = await t.user('resident');
	const t0 = (d: number) => new Date(T0.getTime() + d * day);
	const ed = await createEdition(t.ctx(official, at(0)), { title: 'Edycja współbieżna', description: 'Test wielu głosów naraz.', year: 2027, ballotKind: 'krakow', maxChoices: 3, greenMode: 'none', submissionOpensAt: t0(0), supportOpensAt: t0(1), verificationOpensAt: t0(2), appealsOpensAt: t0(3), votingOpensAt: t0(4), votingClosesAt: t0(30), implementationOpensAt: t0(40) });
	const pool = await addPool(t.ctx(official, at(0)), ed.id, { kind: 'citywide', name: 'Pula', amount: 1_000_000, maxCost: 500_000, rule: 'greedy' });
	for (let i = 0; i < 5; i++) {
		const id = await saveDraft(t.ctx(author, at(0.5)), ed.id, { poolId: pool, title: `Projekt numer ${i}`, description: 'Opis projektu do testu współbieżności.', lat: 50.06, lng: 19.94, costItems: [{ label: 'Koszt', amount: 100_000 + i }] });
		await submitProject(t.ctx(author, at(0.5)), id);
		for (const stage of ['formal', 'merit']) await verifyProject(t.ctx(official, at(2.5)), id, { stage, positive: 'yes', justification: 'Wykonalny projekt testowy.' });
	}
	const projects = (await listProjects(t.ctx(null, at(5)), ed.id, { poolId: pool })).map((p) => p.id);
	// Voters: plain rows (no password hashing needed to vote through the service).
	const voters = Array.from({ length: VOTERS }, (_, i) => ({ id: newId(), name: `Voter ${i}`, email: `v${i}-${newId().slice(0, 6)}@load.test`, emailVerified: true }));
	for (let i = 0; i < voters.length; i += 100) await t.db.insert(user).values(voters.slice(i, i + 100));
	return { editionId: ed.id, pool, projects, voters };
}

async function storm(t: TestDatabase, s: Awaited<ReturnType<typeof setup>>) {
	// Every voter's intended ballot; attempts = that ballot resent (double submit, second tab,
	// replay) — 10 attempts per voter, shuffled, all in flight at once.
	const intended = s.voters.map((_, i) => [s.projects[i % 5], s.projects[(i + 1) % 5], s.projects[(i + 2) % 5]]);
	const attempts = Array.from({ length: ATTEMPTS }, (_, k) => k % VOTERS);
	let seed = 42;
	for (let i = attempts.length - 1; i > 0; i--) {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		const j = seed % (i + 1);
		[attempts[i], attempts[j]] = [attempts[j], attempts[i]];
	}
	let ok = 0;
	let refused = 0;
	const receipts = new Set<string>();
	await Promise.all(
		attempts.map(async (v) => {
			try {
				const r = await castBallot(t.ctx({ id: s.voters[v].id, role: 'resident', emailVerified: true }, at(5)), s.editionId, { residence: true, parts: { [s.pool]: { projects: intended[v] } } });
				receipts.add(r.receipt);
				ok++;
			} catch (e) {
				if (e instanceof ServiceError && e.status === 409) refused++;
				else throw e;
			}
		})
	);
	const [{ n: ballots }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(budgetBallot).where(eq(budgetBallot.processId, s.editionId));
	const [{ n: participants }] = await t.db.select({ n: sql<number>`count(distinct user_id)::int` }).from(budgetParticipation).where(eq(budgetParticipation.processId, s.editionId));
	const [{ n: participations }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(budgetParticipation).where(eq(budgetParticipation.processId, s.editionId));
	const tallies = await t.db.select({ projectId: budgetBallotChoice.projectId, points: sql<number>`sum(points)::int` }).from(budgetBallotChoice).where(eq(budgetBallotChoice.poolId, s.pool)).groupBy(budgetBallotChoice.projectId);
	// Expected tally if each voter's ballot is counted exactly once.
	const expected = new Map<string, number>();
	intended.forEach((b) => b.forEach((p, k) => expected.set(p, (expected.get(p) ?? 0) + 3 - k)));
	const talliesMatch = tallies.every((r) => expected.get(r.projectId) === r.points) && tallies.length === expected.size;
	return { ok, refused, receipts: receipts.size, ballots, participants, participations, talliesMatch };
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('one ballot per voter under load on PostgreSQL', () => {
	let good: TestDatabase;
	let broken: TestDatabase;
	beforeAll(async () => {
		good = await openTestDatabase('postgres');
		broken = await openTestDatabase('postgres');
	});
	afterAll(async () => {
		await good?.drop();
		await broken?.drop();
	});

	it(`${VOTERS} voters, ${ATTEMPTS} attempts: exactly one ballot each, none lost, tallies equal ballots`, { timeout: 300_000 }, async () => {
		const s = await setup(good);
		const started = Date.now();
		const r = await storm(good, s);
		console.log(`[concurrency] with the constraint: ${JSON.stringify(r)} in ${Date.now() - started} ms`);
		expect(r.ok).toBe(VOTERS);
		expect(r.refused).toBe(ATTEMPTS - VOTERS);
		expect(r.ballots).toBe(VOTERS);
		expect(r.participations).toBe(VOTERS);
		expect(r.participants).toBe(VOTERS);
		expect(r.receipts).toBe(VOTERS);
		expect(r.talliesMatch).toBe(true);
	});

	it('the same storm with the UNIQUE constraint dropped breaks the invariant (the test catches the bug)', { timeout: 300_000 }, async () => {
		await broken.exec('ALTER TABLE budget_participation DROP CONSTRAINT budget_participation_one_per_person');
		const s = await setup(broken);
		const r = await storm(broken, s);
		console.log(`[concurrency] without the constraint: ${JSON.stringify(r)}`);
		const invariantHolds = r.ballots === VOTERS && r.participations === VOTERS && r.talliesMatch;
		expect(invariantHolds).toBe(false);
		expect(r.ballots).toBeGreaterThan(VOTERS);
	});
});
