/** Citizens' panels on the officials' workspace (/manage): each panel's tabs, the volunteers
 * registered so far and the passed recommendations still without the city's response. (Panel
 * sessions are meetings of the process: the meetings module lists the ones coming.) */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ModuleWorkspace, WorkspaceTool } from '../workspace';
import { panel, panelRecommendation, panelResponse, panelVolunteer } from './schema';

export const panelsWorkspace: ModuleWorkspace = {
	mechanisms: ['panel'],
	general: () => [
		{ id: 'panels', label: 'panels_manage_title', href: '/manage/panels' },
		{ id: 'new', label: 'panels_new', href: '/manage/panels/new' }
	],
	async tools(ctx, processes) {
		const ids = processes.filter((p) => p.managed).map((p) => p.id);
		if (!ids.length) return {};
		const stages = new Map((await ctx.db.select({ processId: panel.processId, stage: panel.stage }).from(panel).where(inArray(panel.processId, ids))).map((r) => [r.processId, r.stage]));
		const registered = new Map(
			(await ctx.db.select({ processId: panelVolunteer.processId, n: sql<number>`count(*)::int` }).from(panelVolunteer).where(and(inArray(panelVolunteer.processId, ids), eq(panelVolunteer.status, 'registered'))).groupBy(panelVolunteer.processId)).map((r) => [r.processId, r.n])
		);
		const unanswered = new Map(
			(
				await ctx.db
					.select({ processId: panelRecommendation.processId, n: sql<number>`count(*)::int` })
					.from(panelRecommendation)
					.leftJoin(panelResponse, eq(panelResponse.recommendationId, panelRecommendation.id))
					.where(and(inArray(panelRecommendation.processId, ids), eq(panelRecommendation.status, 'passed'), isNull(panelResponse.recommendationId)))
					.groupBy(panelRecommendation.processId)
			).map((r) => [r.processId, r.n])
		);
		const out: Record<string, WorkspaceTool[]> = {};
		for (const p of processes) {
			if (!p.managed || !stages.has(p.id)) continue;
			const base = `/manage/panels/${p.slug}`;
			out[p.id] = [
				{ id: 'setup', label: 'panels_mtab_setup', href: base },
				{ id: 'recruitment', label: 'panels_mtab_recruitment', href: `${base}/recruitment`, waiting: stages.get(p.id) === 'recruitment' ? [{ label: 'panels_waiting_registrations', count: registered.get(p.id) ?? 0, info: true }] : [] },
				{ id: 'selection', label: 'panels_mtab_selection', href: `${base}/selection` },
				{ id: 'deliberation', label: 'panels_mtab_deliberation', href: `${base}/deliberation` },
				{ id: 'followup', label: 'panels_mtab_followup', href: `${base}/followup`, waiting: [{ label: 'panels_waiting_responses', count: unanswered.get(p.id) ?? 0 }] }
			];
		}
		return out;
	}
};
