// Shared by the attack scenarios: a private PostgreSQL cluster (never the shared server at
// 5432), voters added to a database, ballots sent over HTTP as a browser sends them, and the check
// that every voter has at most one ballot and every acknowledged receipt is stored.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import http from 'node:http';
import pg from 'pg';
import { DEMO, DEMO_PASSWORD } from '../e2e/support/server';

export const BIN = '/usr/lib/postgresql/15/bin';

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
	});
}

/** A throw-away PostgreSQL 15 cluster on a free port, run as the postgres OS user when we are
 * root (initdb refuses root). */
export async function privateCluster() {
	const dir = mkdtempSync(join(tmpdir(), 'decydujemy-attack-pg-'));
	chmodSync(dir, 0o777);
	const data = join(dir, 'data');
	const port = await freePort();
	const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
	const run = (cmd: string, args: string[]) => {
		const [c, ...rest] = [...asPostgres, join(BIN, cmd), ...args];
		const r = spawnSync(c, rest, { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
	};
	run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
	const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on`, 'start']);
	start();
	const url = (db = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${db}`;
	return {
		port,
		url,
		async createDatabase(name: string) {
			const c = new pg.Client({ connectionString: url() });
			await c.connect();
			await c.query(`CREATE DATABASE ${name}`); // our own name, never input
			await c.end();
			return url(name);
		},
		/** Stops and starts the server (all connections are cut, as in a restart or failover). */
		restart() {
			run('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
			start();
		},
		stop() {
			try {
				run('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}

/** The demo password's hash (every demo account has it), to give new voters the same one. */
export const HASH_SQL = `SELECT a.password FROM account a JOIN "user" u ON u.id = a.user_id WHERE u.email = '${DEMO.resident}'`;

/** SQL adding voters v0..v(n-1) (password: the demo password), for any client with query(). */
export async function addVoters(query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>, n: number, prefix: string): Promise<string[]> {
	const hash = String((await query(HASH_SQL)).rows[0].password);
	const emails: string[] = [];
	for (let i = 0; i < n; i++) {
		const id = `${prefix}-voter-${i}`;
		const email = `${prefix}-voter-${i}@attack.decydujemy.test`;
		await query(`INSERT INTO "user" (id, name, email, email_verified, role) VALUES ($1, $2, $3, true, 'resident')`, [id, `Voter ${i}`, email]);
		await query(`INSERT INTO account (id, account_id, provider_id, user_id, password) VALUES ($1, $1, 'credential', $1, $2)`, [id, hash]);
		emails.push(email);
	}
	return emails;
}

/** The approval edition in its voting phase in the demo seed, and its projects. */
export const EDITION = 'zielony-milion-nowej-huty-2027';
export async function editionFacts(query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>) {
	const { rows } = await query(
		`SELECT x.id AS process_id, p.id AS pool_id, array_agg(pr.id ORDER BY pr.title) AS projects FROM process x JOIN budget_pool p ON p.process_id = x.id JOIN budget_project pr ON pr.pool_id = p.id AND pr.status = 'accepted' WHERE x.slug = $1 GROUP BY 1, 2 ORDER BY p.name LIMIT 1`,
		[EDITION]
	);
	return { processId: String(rows[0].process_id), poolId: String(rows[0].pool_id), projects: rows[0].projects as string[] };
}

/** Seeded randomness (mulberry32): the same run every time. */
export function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function receipt(next: () => number): string {
	let s = '';
	for (let i = 0; i < 12; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
	return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

export interface Tally {
	requests: number;
	status5xx: number;
	statuses: Record<string, number>;
}

export interface Answer {
	status: number;
	location: string;
	cookies: string[];
}

/** One HTTP request from a given loopback address (127.0.0.x: each voter is its own client for
 * the server's per-address sign-in limit, as real voters are); a refused or cut connection (the
 * server is down) counts as status "down". */
export function send(t: Tally, url: string, init: { method?: string; headers?: Record<string, string>; body?: string; from?: string }): Promise<Answer | null> {
	t.requests++;
	return new Promise((resolve) => {
		// To 127.0.0.1 (the source addresses are IPv4); the Origin header keeps the site's name.
		const req = http.request(url.replace('//localhost:', '//127.0.0.1:'), { method: init.method ?? 'GET', headers: { ...(init.headers ?? {}), ...(init.body ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}) }, localAddress: init.from, timeout: 60_000 }, (res) => {
			res.resume();
			res.on('end', () => {
				const status = res.statusCode ?? 0;
				t.statuses[status] = (t.statuses[status] ?? 0) + 1;
				if (status >= 500) t.status5xx++;
				const sc = res.headers['set-cookie'];
				resolve({ status, location: String(res.headers.location ?? ''), cookies: Array.isArray(sc) ? sc : sc ? [sc] : [] });
			});
			res.on('error', () => down());
		});
		const down = () => {
			t.statuses.down = (t.statuses.down ?? 0) + 1;
			resolve(null);
		};
		req.on('error', down);
		req.on('timeout', () => req.destroy());
		if (init.body) req.write(init.body);
		req.end();
	});
}

/** Signs a voter in; returns the cookie, or null when not answered. */
export async function signIn(t: Tally, base: string, email: string, address: string): Promise<string | null> {
	const res = await send(t, `${base}/signin`, {
		method: 'POST',
		from: address,
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password: DEMO_PASSWORD, next: '/' }).toString()
	});
	if (!res || res.status !== 303) return null;
	return res.cookies.map((c) => c.split(';')[0]).join('; ');
}

/** Sends the "check your answers" form (the final submit); the receipt it acknowledges, or null. */
export async function castOnce(t: Tally, base: string, cookie: string, address: string, form: Record<string, string>): Promise<{ status: number | 'down'; receipt: string | null }> {
	const res = await send(t, `${base}/budgets/${EDITION}/vote/check`, {
		method: 'POST',
		from: address,
		headers: { origin: base, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(form).toString()
	});
	if (!res) return { status: 'down', receipt: null };
	const location = res.location;
	const m = location.match(/\/vote\/done\?r=([A-Z2-9-]+)/);
	return { status: res.status, receipt: res.status === 303 && m ? decodeURIComponent(m[1]) : null };
}

/** What the database holds after a run, for the voters of this run. */
export async function stored(query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>, processId: string, prefix: string, acknowledged: string[]) {
	const per = await query(`SELECT max(n)::int AS max, count(*)::int AS voters FROM (SELECT user_id, count(*) AS n FROM budget_participation WHERE process_id = $1 AND user_id LIKE $2 GROUP BY user_id) x`, [processId, `${prefix}-voter-%`]);
	const present = await query(`SELECT receipt FROM budget_ballot WHERE process_id = $1 AND receipt = ANY($2)`, [processId, acknowledged]);
	const found = new Set(present.rows.map((r) => String(r.receipt)));
	return { maxPerVoter: Number(per.rows[0].max ?? 0), votersWithBallot: Number(per.rows[0].voters), present: found.size, missing: acknowledged.filter((r) => !found.has(r)) };
}

export function pgQuery(url: string) {
	return async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => {
		const c = new pg.Client({ connectionString: url });
		await c.connect();
		try {
			return await c.query<T>(sql, params);
		} finally {
			await c.end();
		}
	};
}

export { execFileSync };
