// The people of the authorization matrix, on a copy of the seeded template: the demo accounts
// plus three made for it (an official not assigned to any process, a panelist of the 2027
// climate panel, a resident who never confirmed the e-mail), and the concrete ids that fill the
// routes' parameters. Prepared with SQL on the data directory before the server starts.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { DEMO } from './server';

export const ROLES = ['anonymous', 'resident', 'unconfirmed', 'moderator', 'official-assigned', 'official-unassigned', 'admin', 'panelist', 'org-representative'] as const;
export type Role = (typeof ROLES)[number];

export const ACCOUNTS: Record<Exclude<Role, 'anonymous' | 'admin'>, string> = {
	resident: DEMO.resident,
	unconfirmed: 'unconfirmed@authz.decydujemy.test',
	moderator: DEMO.moderator,
	'official-assigned': DEMO.official,
	'official-unassigned': 'official2@authz.decydujemy.test',
	panelist: 'panelist@authz.decydujemy.test',
	// A representative (not an admin) of fundacja-deszczowka in the organisations' seed.
	'org-representative': 'zofia@demo.decydujemy.pl'
};

export const PANEL_SLUG = 'krakowski-panel-klimatyczny-2027';
export const ORG_SLUG = 'fundacja-deszczowka';

/** Route parameter values, by name, read from the seeded database. */
export type Fixtures = Record<string, string>;

/** Copies the seeded template, adds the matrix's accounts, and reads the ids for the routes. */
export async function prepareDataDir(): Promise<{ dataDir: string; fixtures: Fixtures }> {
	const template = inject('templateDataDir');
	const dataDir = mkdtempSync(join(tmpdir(), 'decydujemy-authz-'));
	cpSync(template, dataDir, { recursive: true });
	const { PGlite } = await import('@electric-sql/pglite');
	const db = new PGlite(join(dataDir, 'pg'));
	const one = async (sql: string, params: unknown[] = []) => {
		const r = await db.query<Record<string, string>>(sql, params);
		if (!r.rows[0]) throw new Error(`The seed has nothing for: ${sql}`);
		return Object.values(r.rows[0])[0];
	};
	try {
		// Every demo account has the demo password: new accounts reuse its hash.
		const hash = await one(`SELECT a.password FROM account a JOIN "user" u ON u.id = a.user_id WHERE u.email = $1`, [DEMO.resident]);
		const add = async (email: string, name: string, role: string, verified: boolean) => {
			const id = `authz-${email.split('@')[0]}`;
			await db.query(`INSERT INTO "user" (id, name, email, email_verified, role) VALUES ($1, $2, $3, $4, $5)`, [id, name, email, verified, role]);
			await db.query(`INSERT INTO account (id, account_id, provider_id, user_id, password) VALUES ($1, $1, 'credential', $1, $2)`, [id, hash]);
			return id;
		};
		await add(ACCOUNTS.unconfirmed, 'Niepotwierdzona Osoba', 'resident', false);
		await add(ACCOUNTS['official-unassigned'], 'Drugi Urzędnik', 'official', true);
		const panelist = await add(ACCOUNTS.panelist, 'Panelistka Testowa', 'resident', true);
		const panel = await one(`SELECT id FROM process WHERE slug = $1`, [PANEL_SLUG]);
		await db.query(`INSERT INTO panel_member (process_id, user_id, role) VALUES ($1, $2, 'panelist')`, [panel, panelist]);

		const budget = 'zielony-budzet-krakowa-2027';
		const initiatives = 'inicjatywa-lokalna-2026';
		const fixtures: Fixtures = {
			budgetSlug: budget,
			budgetId: await one(`SELECT id FROM process WHERE slug = $1`, [budget]),
			budgetProject: await one(`SELECT p.id FROM budget_project p JOIN process x ON x.id = p.process_id WHERE x.slug = $1 AND p.status <> 'draft' ORDER BY p.title LIMIT 1`, [budget]),
			budgetPool: await one(`SELECT p.id FROM budget_pool p JOIN process x ON x.id = p.process_id WHERE x.slug = $1 ORDER BY p.position, p.name LIMIT 1`, [budget]),
			residentProject: await one(`SELECT p.id FROM budget_project p JOIN "user" u ON u.id = p.author_id WHERE u.email = $1 ORDER BY p.title LIMIT 1`, [DEMO.resident]),
			residentProjectSlug: await one(`SELECT x.slug FROM budget_project p JOIN "user" u ON u.id = p.author_id JOIN process x ON x.id = p.process_id WHERE u.email = $1 ORDER BY p.title LIMIT 1`, [DEMO.resident]),
			consultationSlug: 'plan-adaptacji-krakowa-do-zmian-klimatu-wyspy-ciepla-retencja-zielen',
			consultationId: await one(`SELECT id FROM process WHERE slug = 'plan-adaptacji-krakowa-do-zmian-klimatu-wyspy-ciepla-retencja-zielen'`),
			initiativesSlug: initiatives,
			application: await one(`SELECT a.id FROM initiative_application a JOIN "user" u ON u.id = a.created_by JOIN process x ON x.id = a.process_id WHERE u.email = $1 AND x.slug = $2 AND a.status = 'approved' ORDER BY a.number LIMIT 1`, [DEMO.resident, initiatives]),
			applicationAnySlug: await one(`SELECT x.slug FROM initiative_application a JOIN "user" u ON u.id = a.created_by JOIN process x ON x.id = a.process_id WHERE u.email = $1 AND a.status = 'approved' ORDER BY a.number LIMIT 1`, [DEMO.resident]),
			initiativePhoto: await one(`SELECT p.id FROM initiative_photo p JOIN initiative_application a ON a.id = p.application_id ORDER BY a.number, p.alt, p.created_at LIMIT 1`),
			panelSlug: PANEL_SLUG,
			panelId: panel,
			pastPanelSlug: 'panel-klimatyczny-demonstracja-w-stylu-2021',
			recommendationNumber: String(await one(`SELECT r.number FROM panel_recommendation r JOIN process x ON x.id = r.process_id WHERE x.slug = 'panel-klimatyczny-demonstracja-w-stylu-2021' ORDER BY r.number LIMIT 1`)),
			orgSlug: ORG_SLUG,
			orgId: await one(`SELECT id FROM organisation WHERE slug = $1`, [ORG_SLUG]),
			processSlug: 'spacer-klimatyczny-po-nowej-hucie',
			// Ids are random per seed: every choice is by stable columns, so each run probes the same things.
			idea: await one(`SELECT i.id FROM idea i JOIN "user" u ON u.id = i.author_id WHERE u.email <> $1 ORDER BY i.title LIMIT 1`, [DEMO.resident]),
			meeting: await one(`SELECT id FROM meeting ORDER BY title, starts_at LIMIT 1`),
			district: '1'
		};
		// The application's slug must be its programme's.
		fixtures.applicationSlug = await one(`SELECT x.slug FROM initiative_application a JOIN process x ON x.id = a.process_id WHERE a.id = $1`, [fixtures.application]);
		return { dataDir, fixtures };
	} finally {
		await db.close();
	}
}
