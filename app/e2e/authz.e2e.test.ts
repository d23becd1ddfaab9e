// The authorization matrix: every route of the app (pages, form actions, /api/v1 endpoints, read
// from src/routes) × every role × the answer the permission rules give. The rules are in
// authz-matrix.ts, one per route; a route without an entry (a new page, a new action) fails here.
// `AUTHZ_RECORD=1` prints what the server answered, in the matrix's terms, for a new entry.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { assertBuilt, ADMIN, DEMO_PASSWORD, startServer, type TestServer } from './support/server';
import { session, signedIn, type Session } from './support/http';
import { listRoutes, type RouteEntry } from './support/routes';
import { ACCOUNTS, prepareDataDir, ROLES, type Fixtures, type Role } from './support/roles';
import { MATRIX } from './authz-matrix';
import { record as recordFigures } from '../attack/report';
import { concretePath, expected, type Outcome } from './authz-rules';

assertBuilt();

/** The answer in the matrix's terms. */
function outcome(res: Response): Outcome {
	const s = res.status;
	if (s >= 500) return 'error';
	if (s === 200 || s === 204) return 'ok';
	if (s === 401) return 'signin';
	if (s >= 300 && s < 400) return /^(\/(en|uk))?\/signin(\?|$)/.test(new URL(res.headers.get('location') ?? '/', 'http://x').pathname + new URL(res.headers.get('location') ?? '/', 'http://x').search) ? 'signin' : 'redirect';
	if (s === 403) return 'forbidden';
	if (s === 404) return 'notfound';
	if (s === 429) return 'limited';
	if (s === 400 || s === 409 || s === 413 || s === 422) return 'invalid';
	return 'error';
}

describe.skipIf(!chromiumAvailable())('authorization matrix: every route × every role', () => {
	let server: TestServer;
	let dataDir: string;
	let fixtures: Fixtures;
	const sessions = new Map<Role, Session>();
	let unconfirmedSignIn = 0;
	const routes = listRoutes();

	beforeAll(async () => {
		({ dataDir, fixtures } = await prepareDataDir());
		server = await startServer({ dataDir });
		for (const role of ROLES) {
			if (role === 'anonymous') sessions.set(role, session(server.url));
			else if (role === 'admin') sessions.set(role, await signedIn(server.url, ADMIN.email, ADMIN.password));
			else if (role === 'unconfirmed') {
				// Signing in with an unconfirmed e-mail is refused: this person browses as anonymous.
				const s = session(server.url);
				const res = await s.post('/signin', { email: ACCOUNTS.unconfirmed, password: DEMO_PASSWORD, next: '/' });
				await res.arrayBuffer();
				unconfirmedSignIn = res.status;
				sessions.set(role, s);
			}
			else sessions.set(role, await signedIn(server.url, ACCOUNTS[role], DEMO_PASSWORD));
		}
	});
	afterAll(async () => {
		await server?.stop();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	it('a person who has not confirmed the e-mail cannot sign in (403)', () => {
		expect(unconfirmedSignIn).toBe(403);
	});

	it('every route in src/routes has an entry, and every entry is a route', () => {
		const keys = new Set(routes.map((r) => r.key));
		expect(routes.filter((r) => !(r.key in MATRIX)).map((r) => r.key)).toEqual([]);
		expect(Object.keys(MATRIX).filter((k) => !keys.has(k))).toEqual([]);
	});

	async function probe(r: RouteEntry, role: Role): Promise<Outcome> {
		const s = sessions.get(role)!;
		const path = concretePath(r.route, fixtures) + (r.kind === 'action' && r.action !== 'default' ? `?/${r.action}` : '');
		if (r.method === 'GET') {
			const res = await s.get(path, r.route.startsWith('/api/') ? { headers: { accept: 'application/json' } } : {});
			await res.arrayBuffer();
			return outcome(res);
		}
		// A form post with nothing in it: a role the rules refuse is refused before anything is
		// read; a role they let in gets as far as the form's validation.
		const res = await s.post(path, {});
		await res.arrayBuffer();
		return outcome(res);
	}

	it('each role gets the answer its rule gives, on every route (no 5xx anywhere)', async () => {
		const record = !!process.env.AUTHZ_RECORD;
		const mismatches: string[] = [];
		const lines: string[] = [];
		let probes = 0;
		let errors = 0;
		for (const r of routes) {
			const entry = MATRIX[r.key];
			if (!entry) continue;
			
			const got: Outcome[] = [];
			for (const role of ROLES) {
				if (entry.only && !entry.only.includes(role)) {
					got.push('skipped');
					continue;
				}
				const o = await probe(r, role);
				probes++;
				if (o === 'error') errors++;
				got.push(o);
				const want = expected(role, r, entry);
				if (!want.includes(o)) mismatches.push(`${r.key} as ${role}: ${o}, the rule '${entry.rule}' says ${want.join(' or ')}`);
			}
			if (record) lines.push(`${r.key.padEnd(70)} ${got.join(' ')}`);
		}
		if (record) console.log(`${'route'.padEnd(70)} ${ROLES.join(' ')}\n${lines.join('\n')}`);
		console.log(`[authz] ${routes.length} routes × ${ROLES.length} roles: ${probes} probes, ${mismatches.length} mismatches`);
		// In `npm run test:attack`, the matrix's figures go into the report.
		recordFigures('authorization-matrix', { probes, requests: probes, status5xx: errors }, { routes: routes.length, roles: ROLES.length, mismatches: mismatches.length });
		expect(mismatches).toEqual([]);
		expect(server.logs()).not.toMatch(/invalid byte sequence|TypeError|ReferenceError/);
	});
});
