import { sql } from 'drizzle-orm';
import type { ModuleManifest } from '../modules';
import { initiativeRules } from './permissions';
import { initiativesPersonalData } from './personalData';
import { initiativesApi } from './api';
import { initiativeApplication, initiativePayment, initiativeProgramme } from './schema';
import { seedInitiatives } from './seed';
import { initiativesWorkspace } from './workspace';

/** Local initiative (inicjatywa lokalna; ustawa o działalności pożytku publicznego i o
 * wolontariacie, art. 19b–19h).
 * - Tables: initiative_programme (a year's rules on a `process` with mechanism 'initiative':
 *   pool, the rate of an hour of social work, fewest members, minimum score, dates),
 *   initiative_criterion (the council's criteria with max scores and weights),
 *   initiative_application, initiative_member (the group's named people), initiative_assessment
 *   (score + justification per criterion), initiative_agreement, initiative_update,
 *   initiative_photo, initiative_payment, initiative_report.
 * - Services, one concern each: programme (rules, criteria, lists, waiting work), application
 *   (the multi-page form, the group, submit, withdraw), assessment (scores, decision), agreement
 *   (prepare, accept, sign), progress (updates with photos, payments), report (final report and
 *   its review), view (one application), register (the public register and open data).
 * - The pool: each application holds `committed_amount` of it (approved amount → agreement's
 *   amount → once completed, what was paid); left = pool − Σ committed. Approvals lock the
 *   programme's row, so two cannot spend the same money.
 * - Permissions: permissions.ts. Personal data: personalData.ts (names of group members).
 * - API: /api/v1/initiatives (+ .csv), /api/v1/initiatives/{id}, /api/v1/initiatives/programmes.
 * - Workspace (/manage): workspace.ts — per programme, the applications with the work waiting
 *   (to assess, agreements to prepare and to sign, reports to review) and the criteria.
 * - Seed: seed.ts (Kraków climate examples across districts and states). */
export const initiativesModule: ModuleManifest = {
	name: 'initiatives',
	tables: ['initiative_programme', 'initiative_criterion', 'initiative_application', 'initiative_member', 'initiative_assessment', 'initiative_agreement', 'initiative_update', 'initiative_photo', 'initiative_payment', 'initiative_report'],
	permissions: initiativeRules,
	personalData: initiativesPersonalData,
	api: initiativesApi,
	workspace: initiativesWorkspace,
	statistics: async (db) => {
		const [p] = await db.select({ n: sql<number>`count(*)::int` }).from(initiativeProgramme);
		const [a] = await db.select({ n: sql<number>`count(*)::int` }).from(initiativeApplication).where(sql`${initiativeApplication.status} <> 'draft'`);
		const [d] = await db.select({ n: sql<number>`count(*)::int` }).from(initiativeApplication).where(sql`${initiativeApplication.status} = 'completed'`);
		const [w] = await db.select({ n: sql<number>`coalesce(sum(${initiativeApplication.workHours}), 0)::int` }).from(initiativeApplication).where(sql`${initiativeApplication.status} in ('in_progress', 'report_submitted', 'completed')`);
		const [m] = await db.select({ n: sql<string>`coalesce(sum(${initiativePayment.amount}), 0)` }).from(initiativePayment);
		return { initiative_programmes: p.n, initiative_applications: a.n, initiatives_completed: d.n, initiative_work_hours_pledged: w.n, initiative_paid_out_grosze: Number(m.n) };
	},
	seed: seedInitiatives
};

export * from './programme.service';
export * from './application.service';
export * from './assessment.service';
export * from './agreement.service';
export * from './progress.service';
export * from './report.service';
export * from './view.service';
export * from './register.service';
export { initiativeRules } from './permissions';
