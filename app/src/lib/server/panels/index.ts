import { sql } from 'drizzle-orm';
import type { ModuleManifest } from '../modules';
import { panelRules } from './permissions';
import { panelsPersonalData } from './privacy';
import { panelsApi } from './api';
import { seedPanels } from './seed';
import { panel } from './schema';
import { panelJobs } from './jobs';
import { assertRecommendationCommentable } from './deliberation.service';
import { panelsWorkspace } from './workspace';

/** Citizens' panels (panel obywatelski), from the letters to the last implemented recommendation.
 * A panel is a `process` (mechanism 'panel') plus these tables, keyed by process id:
 * - setup: panel (question, size, reserves, threshold, challenge window), panel_quota (criteria ×
 *   values with min/max, proposed from the census where data exist);
 * - recruitment: panel_address (imported households, letter lottery with a published seed, codes),
 *   panel_volunteer (registrations; contact data purged after the challenge window);
 * - selection: panel_draw (LEXIMIN via packages/sortition in a worker thread, m panels, seed
 *   commitment, public draw), panel_member (per-panel membership: panelists, monitoring panel);
 * - feasibility: the live check of edited quotas (feasibility.service.ts, in a worker, 8 s);
 * - deliberation: panel_session (each a meeting of the process in the meetings module: page, iCal,
 *   reminders to its members), panel_material, panel_submission, panel_recommendation,
 *   panel_revision; voting: panel_vote_round, panel_vote;
 * - follow-up: panel_response, panel_update, panel_assessment (the monitoring panel, drawn by
 *   lottery again from the pool: panel.monitor_draw), scorecard.
 * Personal data: registrations, memberships, submissions (exported; contact data erased, the
 * anonymised pool row kept). Jobs: GDPR purge and queued selections (jobs.ts). */
export const panelsModule: ModuleManifest = {
	name: 'panels',
	tables: ['panel', 'panel_quota', 'panel_address', 'panel_wave', 'panel_volunteer', 'panel_draw', 'panel_member', 'panel_session', 'panel_material', 'panel_submission', 'panel_recommendation', 'panel_revision', 'panel_vote_round', 'panel_vote', 'panel_response', 'panel_update', 'panel_assessment'],
	permissions: panelRules,
	personalData: panelsPersonalData,
	api: panelsApi,
	workspace: panelsWorkspace,
	jobs: panelJobs,
	commentTargets: { recommendation: assertRecommendationCommentable },
	statistics: async (db) => {
		const rows = await db.select({ stage: panel.stage, n: sql<number>`count(*)::int` }).from(panel).groupBy(panel.stage);
		return Object.fromEntries(rows.map((r) => [`panels_${r.stage}`, r.n]));
	},
	seed: seedPanels
};

export * from './service';
export { panelRules } from './permissions';
