import { sql } from 'drizzle-orm';
import type { ModuleManifest } from '../modules';
import { budgetRules } from './permissions';
import { budgetsPersonalData } from './personalData';
import { budgetsApi } from './api';
import { budgetBallot, budgetEdition, budgetProject } from './schema';
import { seedBudgets } from './seed';
import { getProject } from './service';
import { budgetsWorkspace } from './workspace';

/** Participatory budget with a green budget (budżet obywatelski, zielony budżet).
 * - Tables: budget_edition (rules and phase dates of a `process` with mechanism 'budget'),
 *   budget_pool, budget_project (+ coauthor, support, verification, appeal, photo, update,
 *   volunteer), budget_participation (who voted: UNIQUE per edition), budget_ballot and
 *   budget_ballot_choice (what was voted, without identity), budget_paper_entry (double entry),
 *   budget_result (counts per pool and rule).
 * - Counting: packages/pb only (engine.ts is the bridge); Pabulib import/export (import.ts).
 * - Permissions: permissions.ts (officials assigned to the edition manage; residents submit,
 *   support, appeal, vote, volunteer).
 * - Phases: submission → support → verification → appeals → voting → results → implementation;
 *   rules frozen once voting opens.
 * - Personal data: personalData.ts. Ballots hold no identity.
 * - API: /api/v1/budgets… (api.ts). Seed: seed.ts. */
export const budgetsModule: ModuleManifest = {
	name: 'budgets',
	tables: ['budget_edition', 'budget_pool', 'budget_project', 'budget_coauthor', 'budget_support', 'budget_verification', 'budget_appeal', 'budget_photo', 'budget_participation', 'budget_ballot', 'budget_ballot_choice', 'budget_paper_entry', 'budget_result', 'budget_update', 'budget_volunteer'],
	permissions: budgetRules,
	personalData: budgetsPersonalData,
	api: budgetsApi,
	workspace: budgetsWorkspace,
	// A draft is visible (and open to comments) to its authors only.
	commentTargets: { project: async (ctx, id) => void (await getProject(ctx, id)) },
	statistics: async (db) => {
		const [e] = await db.select({ n: sql<number>`count(*)::int` }).from(budgetEdition);
		const [p] = await db.select({ n: sql<number>`count(*)::int` }).from(budgetProject);
		const [b] = await db.select({ n: sql<number>`count(*)::int` }).from(budgetBallot);
		return { budget_editions: e.n, budget_projects: p.n, budget_ballots: b.n };
	},
	seed: seedBudgets
};

export * from './service';
export { budgetRules } from './permissions';
