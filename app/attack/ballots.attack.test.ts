// Ballots under load and faults, over HTTP against the built server, as browsers send them:
// N voters × M replays of the final "check your answers" form (half the same receipt — a double
// click, half a new one — a second tab), all at once. Then the same with the server killed
// (kill -9) during voting and restarted, on PostgreSQL and on the embedded database; with
// PostgreSQL itself restarted under load (503, then a retry works); and a negative control with
// the UNIQUE constraint dropped, which must fail the same check.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { chromiumAvailable } from '../e2e/support/browser';
import { assertBuilt, startServer } from '../e2e/support/server';
import { record } from './report';
import { addVoters, castOnce, editionFacts, pgQuery, privateCluster, receipt, rng, send, signIn, stored, type Tally } from './support';

assertBuilt();

const VOTERS = 50;
const REPLAYS = 10;
const KILLS = 3;
// Voters connect from their own loopback addresses (127.0.x.y), so no proxy header is needed.
const XFF = {};

type Query = ReturnType<typeof pgQuery>;
type Server = Awaited<ReturnType<typeof startServer>>;

interface Storm {
	attempted: number;
	acknowledged: string[];
	tally: Tally;
	kills: number;
}

/** Every voter signs in and sends REPLAYS copies of their ballot at once; a copy that meets a
 * dead server or a 503 is sent again (as a person would press the button again) until it is
 * acknowledged or refused as a second ballot. `during` runs alongside (kills, restarts). */
async function storm(base: () => string, emails: string[], facts: Awaited<ReturnType<typeof editionFacts>>, prefix: string, opts: { sameReceiptShare: number; during?: (progress: () => number) => Promise<number> }): Promise<Storm> {
	const tally: Tally = { requests: 0, status5xx: 0, statuses: {} };
	const next = rng(20261207);
	const plan = emails.map((email, i) => {
		const projects = [facts.projects[i % facts.projects.length], facts.projects[(i + 1) % facts.projects.length]];
		const own = receipt(next);
		return { email, address: `127.0.${1 + (i >> 8)}.${(i & 255) + 2}`, b: `${facts.poolId}:${projects.join(',')}`, receipts: Array.from({ length: REPLAYS }, (_, j) => (j < REPLAYS * opts.sameReceiptShare ? own : receipt(next))) };
	});
	const acknowledged = new Set<string>();
	let done = 0;
	let ended = false;
	const voting = Promise.all(
		plan.map(async (v) => {
			let cookie: string | null = null;
			for (let tries = 0; !cookie && tries < 120; tries++) {
				cookie = await signIn(tally, base(), v.email, v.address);
				if (!cookie) await new Promise((r) => setTimeout(r, 250));
			}
			if (!cookie) throw new Error(`${v.email} could not sign in`);
			await Promise.all(
				v.receipts.map(async (r) => {
					for (let tries = 0; tries < 240; tries++) {
						const res = await castOnce(tally, base(), cookie!, v.address, { b: v.b, residence: 'yes', receipt: r });
						if (res.receipt) {
							acknowledged.add(res.receipt);
							return;
						}
						if (res.status === 409 || res.status === 400) return; // already voted: refused, nothing stored
						await new Promise((r) => setTimeout(r, 250)); // down or 503: press again
					}
					throw new Error(`a ballot of ${v.email} was neither acknowledged nor refused`);
				})
			);
			done++;
		})
	);
	void voting.then(
		() => (ended = true),
		() => (ended = true)
	);
	// Progress reads 1 once voting has ended, even if it failed, so that no fault waits forever.
	const kills = opts.during ? await opts.during(() => (ended ? 1 : done / plan.length)) : 0;
	await voting;
	void prefix;
	return { attempted: plan.length * REPLAYS, acknowledged: [...acknowledged], tally, kills };
}

describe.skipIf(!chromiumAvailable())('ballots under load and faults', () => {
	let cluster: Awaited<ReturnType<typeof privateCluster>>;
	let seededDb: string;
	const servers: Server[] = [];

	beforeAll(async () => {
		cluster = await privateCluster();
		// One seeded database, copied for each scenario (CREATE DATABASE … TEMPLATE).
		const url = await cluster.createDatabase('seeded');
		const s = await startServer({ templateDataDir: '', env: { DATABASE_URL: url } });
		await s.stop();
		seededDb = 'seeded';
	});
	afterAll(async () => {
		for (const s of servers) await s.kill().catch(() => undefined);
		cluster?.stop();
	});

	async function pgScenario(name: string) {
		const url = cluster.url(name);
		await pgQuery(cluster.url())(`CREATE DATABASE ${name} TEMPLATE ${seededDb}`);
		const q: Query = pgQuery(url);
		const emails = await addVoters(q, VOTERS, name);
		const facts = await editionFacts(q);
		return { url, q, emails, facts };
	}

	async function check(q: Query, facts: { processId: string }, name: string, s: Storm, ballotsBefore: number) {
		const st = await stored(q, facts.processId, name, s.acknowledged);
		const [{ n }] = (await q(`SELECT count(*)::int AS n FROM budget_ballot WHERE process_id = $1`, [facts.processId])).rows as { n: number }[];
		return { ...st, newBallots: n - ballotsBefore };
	}
	const ballotCount = async (q: Query, processId: string) => Number((await q(`SELECT count(*)::int AS n FROM budget_ballot WHERE process_id = $1`, [processId])).rows[0].n);

	it(`PostgreSQL: ${VOTERS} voters × ${REPLAYS} replays at once → one ballot each, every acknowledged receipt stored`, async () => {
		const { url, q, emails, facts } = await pgScenario('load');
		const before = await ballotCount(q, facts.processId);
		const server = await startServer({ templateDataDir: '', env: { DATABASE_URL: url, ...XFF } });
		servers.push(server);
		const s = await storm(() => server.url, emails, facts, 'load', { sameReceiptShare: 0.5 });
		await server.stop();
		const c = await check(q, facts, 'load', s, before);
		record('ballots-postgres-load', { ballotsAttempted: s.attempted, ballotsAcknowledged: s.acknowledged.length, ballotsPresent: c.present, requests: s.tally.requests, status5xx: s.tally.status5xx }, { statuses: s.tally.statuses });
		expect(c.maxPerVoter).toBe(1);
		expect(c.votersWithBallot).toBe(VOTERS);
		expect(c.newBallots).toBe(VOTERS);
		expect(c.missing).toEqual([]);
		expect(s.acknowledged).toHaveLength(VOTERS); // the same receipt for every copy of a voter's ballot
		expect(s.tally.status5xx).toBe(0);
	});

	it('negative control: with the UNIQUE constraint dropped, the same check fails', async () => {
		const { url, q, emails, facts } = await pgScenario('control');
		await q('ALTER TABLE budget_participation DROP CONSTRAINT budget_participation_one_per_person');
		const before = await ballotCount(q, facts.processId);
		const server = await startServer({ templateDataDir: '', env: { DATABASE_URL: url, ...XFF } });
		servers.push(server);
		// Every copy from a second tab (a new receipt each): only the constraint stops them.
		const s = await storm(() => server.url, emails, facts, 'control', { sameReceiptShare: 0 });
		await server.stop();
		const c = await check(q, facts, 'control', s, before);
		const holds = c.maxPerVoter === 1 && c.newBallots === VOTERS;
		record('ballots-negative-control', { ballotsAttempted: s.attempted, ballotsAcknowledged: s.acknowledged.length, ballotsPresent: c.present, requests: s.tally.requests, status5xx: s.tally.status5xx }, { maxPerVoter: c.maxPerVoter, newBallots: c.newBallots, checkHolds: holds });
		expect(holds).toBe(false);
		expect(c.newBallots).toBeGreaterThan(VOTERS);
	});

	it(`PostgreSQL: the server killed (kill -9) ${KILLS} times during voting and restarted → no acknowledged ballot lost, one each`, async () => {
		const { url, q, emails, facts } = await pgScenario('killpg');
		const before = await ballotCount(q, facts.processId);
		let server = await startServer({ templateDataDir: '', env: { DATABASE_URL: url, ...XFF } });
		servers.push(server);
		const port = server.port;
		const s = await storm(() => server.url, emails, facts, 'killpg', {
			sameReceiptShare: 0.5,
			during: async (progress) => {
				let kills = 0;
				for (const at of [0.2, 0.45, 0.7].slice(0, KILLS)) {
					while (progress() < at) await new Promise((r) => setTimeout(r, 20));
					await server.kill();
					kills++;
					server = await startServer({ templateDataDir: '', port, env: { DATABASE_URL: url, ...XFF } });
					servers.push(server);
				}
				return kills;
			}
		});
		await server.stop();
		const c = await check(q, facts, 'killpg', s, before);
		record('ballots-postgres-kill9', { ballotsAttempted: s.attempted, ballotsAcknowledged: s.acknowledged.length, ballotsPresent: c.present, kills: s.kills, requests: s.tally.requests, status5xx: s.tally.status5xx }, { statuses: s.tally.statuses });
		expect(s.kills).toBe(KILLS);
		expect(c.missing).toEqual([]);
		expect(c.maxPerVoter).toBe(1);
		expect(c.newBallots).toBe(c.votersWithBallot);
		expect(c.votersWithBallot).toBe(VOTERS);
	});

	it(`embedded database: the server killed (kill -9) ${KILLS} times during voting and restarted at once → no acknowledged ballot lost`, async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'decydujemy-attack-pglite-'));
		cpSync(inject('templateDataDir'), dataDir, { recursive: true });
		const { PGlite } = await import('@electric-sql/pglite');
		const open = async () => {
			const db = new PGlite(join(dataDir, 'pg'));
			const q = (sql: string, params: unknown[] = []) => db.query<Record<string, unknown>>(sql, params);
			return { db, q };
		};
		let emails: string[];
		let facts: Awaited<ReturnType<typeof editionFacts>>;
		let before: number;
		{
			const { db, q } = await open();
			emails = await addVoters(q, VOTERS, 'killpglite');
			facts = await editionFacts(q);
			before = Number((await q(`SELECT count(*)::int AS n FROM budget_ballot WHERE process_id = $1`, [facts.processId])).rows[0].n);
			await db.close();
		}
		let server = await startServer({ dataDir, env: XFF });
		servers.push(server);
		const port = server.port;
		try {
			const s = await storm(() => server.url, emails, facts, 'killpglite', {
				sameReceiptShare: 0.5,
				during: async (progress) => {
					let kills = 0;
					for (const at of [0.2, 0.45, 0.7].slice(0, KILLS)) {
						while (progress() < at) await new Promise((r) => setTimeout(r, 20));
						// Restarted at once, while the killed process may still be dying (finding 4).
						await server.kill({ waitForExit: false });
						kills++;
						server = await startServer({ dataDir, port, env: XFF });
						servers.push(server);
					}
					return kills;
				}
			});
			await server.stop();
			const { db, q } = await open();
			const c = await (async () => {
				const st = await stored(q, facts.processId, 'killpglite', s.acknowledged);
				const n = Number((await q(`SELECT count(*)::int AS n FROM budget_ballot WHERE process_id = $1`, [facts.processId])).rows[0].n);
				return { ...st, newBallots: n - before };
			})();
			await db.close();
			record('ballots-pglite-kill9', { ballotsAttempted: s.attempted, ballotsAcknowledged: s.acknowledged.length, ballotsPresent: c.present, kills: s.kills, requests: s.tally.requests, status5xx: s.tally.status5xx }, { statuses: s.tally.statuses });
			expect(s.kills).toBe(KILLS);
			expect(c.missing).toEqual([]);
			expect(c.maxPerVoter).toBe(1);
			expect(c.newBallots).toBe(c.votersWithBallot);
			expect(c.votersWithBallot).toBe(VOTERS);
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	});

	it('PostgreSQL restarted twice under load → 503 (never another 5xx), a retry works, no ballot lost', async () => {
		const { url, q, emails, facts } = await pgScenario('pgrestart');
		const before = await ballotCount(q, facts.processId);
		const server = await startServer({ templateDataDir: '', env: { DATABASE_URL: url, ...XFF } });
		servers.push(server);
		const s = await storm(() => server.url, emails, facts, 'pgrestart', {
			sameReceiptShare: 0.5,
			during: async (progress) => {
				for (const at of [0.25, 0.6]) {
					while (progress() < at) await new Promise((r) => setTimeout(r, 20));
					cluster.restart();
				}
				return 0;
			}
		});
		console.log(`[pgrestart] statuses ${JSON.stringify(s.tally.statuses)}\n${server.logs().slice(-1500)}`);
		// The server is still the same process: it answered through both restarts.
		const after = await send(s.tally, `${server.url}/budgets/zielony-milion-nowej-huty-2027`, {});
		expect(after?.status).toBe(200);
		await server.stop();
		const c = await check(q, facts, 'pgrestart', s, before);
		const other5xx = Object.entries(s.tally.statuses).filter(([k]) => /^5\d\d$/.test(k) && k !== '503');
		record('postgres-restart-under-load', { ballotsAttempted: s.attempted, ballotsAcknowledged: s.acknowledged.length, ballotsPresent: c.present, requests: s.tally.requests, status5xx: other5xx.reduce((n, [, v]) => n + v, 0) }, { statuses: s.tally.statuses, restarts: 2 });
		expect(other5xx).toEqual([]);
		expect(c.missing).toEqual([]);
		expect(c.maxPerVoter).toBe(1);
		expect(c.votersWithBallot).toBe(VOTERS);
		expect(c.newBallots).toBe(VOTERS);
	});
});
