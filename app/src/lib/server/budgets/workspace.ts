/** The budget module on the officials' workspace (/manage): per edition, its tools and the work
 * waiting — projects awaiting the formal or the merit assessment, appeals to decide (with the
 * day they must be decided by), paper ballots waiting for their second entry. Counted with one
 * query per kind of work over all the person's editions. */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { ModuleWorkspace, WorkspaceProcess, WorkspaceTool } from '../workspace';
import { budgetAppeal, budgetEdition, budgetPaperEntry, budgetProject, budgetVerification } from './schema';
import { phaseOf, type BudgetPhase } from './shared';
import { councilEditionsOf, pendingAppealCounts } from './assessment.service';

const byProcess = <T extends { processId: string }>(rows: T[]) => new Map(rows.map((r) => [r.processId, r]));

async function countsFor(ctx: ServiceContext, ids: string[]) {
	// Past the formal stage: a positive formal decision, or an upheld appeal against a formal rejection.
	const formalPassed = sql`(exists (select 1 from ${budgetVerification} v where v.project_id = ${budgetProject.id} and v.stage = 'formal' and v.positive) or exists (select 1 from ${budgetAppeal} a join ${budgetVerification} v on v.id = a.verification_id where a.project_id = ${budgetProject.id} and v.stage = 'formal' and a.accepted))`;
	const projects = await ctx.db
		.select({
			processId: budgetProject.processId,
			formal: sql<number>`count(*) filter (where not ${formalPassed})::int`,
			merit: sql<number>`count(*) filter (where ${formalPassed})::int`
		})
		.from(budgetProject)
		.where(and(inArray(budgetProject.processId, ids), eq(budgetProject.status, 'submitted')))
		.groupBy(budgetProject.processId);
	const appeals = await pendingAppealCounts(ctx.db, ids);
	const paper = await ctx.db
		.select({ processId: budgetPaperEntry.processId, n: sql<number>`count(distinct ${budgetPaperEntry.paperNumber})::int` })
		.from(budgetPaperEntry)
		.where(and(inArray(budgetPaperEntry.processId, ids), isNull(budgetPaperEntry.ballotId)))
		.groupBy(budgetPaperEntry.processId);
	return { projects: byProcess(projects), appeals, paper: byProcess(paper) };
}

const BEFORE_VOTING: BudgetPhase[] = ['before', 'submission', 'support', 'verification', 'appeals'];

export const budgetsWorkspace: ModuleWorkspace = {
	mechanisms: ['budget'],
	general: () => [{ id: 'editions', label: 'budgets_manage_title', href: '/manage/budgets' }],
	// Members of an edition's civic budget council work on it through its appeals.
	memberOf: async (ctx) => (ctx.actor ? councilEditionsOf(ctx.db, ctx.actor.id) : []),
	async tools(ctx, processes: readonly WorkspaceProcess[]) {
		const ids = processes.filter((p) => p.managed).map((p) => p.id);
		const councilOnly = processes.filter((p) => !p.managed).map((p) => p.id);
		if (!ids.length && !councilOnly.length) return {};
		const editions = byProcess(await ctx.db.select().from(budgetEdition).where(inArray(budgetEdition.processId, [...ids, ...councilOnly])));
		const counts = ids.length ? await countsFor(ctx, ids) : { projects: new Map(), appeals: new Map<string, number>(), paper: new Map() };
		const councilAppeals = await pendingAppealCounts(ctx.db, councilOnly);
		const out: Record<string, WorkspaceTool[]> = {};
		for (const p of processes) {
			const e = editions.get(p.id);
			if (!e) continue;
			const base = `/manage/budgets/${p.slug}`;
			const appealsTool = (n: number): WorkspaceTool => ({ id: 'appeals', label: 'budgets_appeals_title', href: `${base}/appeals`, waiting: [{ label: 'budgets_waiting_appeals', count: n, dueAt: e.votingOpensAt }] });
			if (!p.managed) {
				out[p.id] = [appealsTool(councilAppeals.get(p.id) ?? 0)];
				continue;
			}
			if (e.historical) {
				out[p.id] = [{ id: 'results', label: 'budgets_see_results', href: `/budgets/${p.slug}/results`, note: 'budgets_historical_read_only' }];
				continue;
			}
			const phase = phaseOf(e, ctx.now());
			const c = counts.projects.get(p.id);
			const tools: WorkspaceTool[] = [
				{
					id: 'edition',
					label: 'budgets_manage_edition',
					href: base,
					waiting: [
						{ label: 'budgets_waiting_formal', count: c?.formal ?? 0 },
						{ label: 'budgets_waiting_merit', count: c?.merit ?? 0 }
					]
				},
				// Appeals are decided before voting opens (the ballot is frozen then); by the council
				// when the edition says so (the officials still see them, read-only).
				appealsTool(e.appealDecidedBy === 'officials' ? (counts.appeals.get(p.id) ?? 0) : 0)
			];
			if (BEFORE_VOTING.includes(phase)) tools.push({ id: 'pools', label: 'budgets_pools_manage_link', href: `${base}/pools` });
			if (phase === 'voting') tools.push({ id: 'paper', label: 'budgets_paper_title', href: `${base}/paper`, waiting: [{ label: 'budgets_waiting_paper', count: counts.paper.get(p.id)?.n ?? 0, dueAt: e.votingClosesAt }] });
			if (phase === 'results' || phase === 'implementation') tools.push({ id: 'results', label: 'budgets_see_results', href: `/budgets/${p.slug}/results` });
			if (phase === 'implementation') tools.push({ id: 'implementation', label: 'budgets_implementation', href: `/budgets/${p.slug}/implementation` });
			out[p.id] = tools;
		}
		return out;
	}
};
