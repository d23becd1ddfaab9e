/** The local initiative on the officials' workspace (/manage): for each programme the officials
 * run, its applications with the work waiting (to assess, agreements to prepare and to sign,
 * final reports to review) and its criteria; opening a new year's programme is a general tool. */
import { inArray } from 'drizzle-orm';
import type { ModuleWorkspace, WorkspaceTool } from '../workspace';
import { initiativeProgramme } from './schema';
import { workCounts } from './programme.service';

export const initiativesWorkspace: ModuleWorkspace = {
	mechanisms: ['initiative'],
	general: () => [
		{ id: 'programmes', label: 'initiatives_manage_title', href: '/manage/initiatives' },
		{ id: 'new', label: 'initiatives_new_programme', href: '/manage/initiatives/new' }
	],
	async tools(ctx, processes) {
		const managed = processes.filter((p) => p.managed);
		if (!managed.length) return {};
		// One grouped query over all the programmes (processes without a programme row get zeros
		// and no tools below).
		const counts = await workCounts(ctx.db, managed.map((p) => p.id));
		const withProgramme = await ctx.db.select({ processId: initiativeProgramme.processId }).from(initiativeProgramme).where(inArray(initiativeProgramme.processId, managed.map((p) => p.id)));
		const has = new Set(withProgramme.map((g) => g.processId));
		const out: Record<string, WorkspaceTool[]> = {};
		for (const p of managed) {
			if (!has.has(p.id)) continue;
			const w = counts.get(p.id)!;
			const base = `/manage/initiatives/${p.slug}`;
			out[p.id] = [
				{
					id: 'applications',
					label: 'initiatives_tool_applications',
					href: base,
					waiting: [
						{ label: 'initiatives_work_to_assess', count: w.toAssess, href: `${base}#to_assess` },
						{ label: 'initiatives_work_to_prepare', count: w.agreementsToPrepare, href: `${base}#agreement_to_prepare` },
						{ label: 'initiatives_work_to_sign', count: w.agreementsToSign, href: `${base}#agreement_to_sign` },
						{ label: 'initiatives_work_to_review', count: w.reportsToReview, href: `${base}#report_to_review` }
					]
				},
				{ id: 'criteria', label: 'initiatives_criteria', href: `${base}/criteria` },
				{ id: 'register', label: 'initiatives_tool_public', href: `/initiatives/${p.slug}` }
			];
		}
		return out;
	}
};
