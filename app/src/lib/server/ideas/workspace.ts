/** Ideas on the officials' workspace (/manage): for each ideas process the person answers in,
 * the ideas still without an answer, oldest first on the list it links to. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ModuleWorkspace, WorkspaceTool } from '../workspace';
import { idea } from './schema';

export const ideasWorkspace: ModuleWorkspace = {
	mechanisms: ['ideas'],
	async tools(ctx, processes) {
		const ids = processes.filter((p) => p.managed).map((p) => p.id);
		if (!ids.length) return {};
		const open = new Map(
			(await ctx.db.select({ processId: idea.processId, n: sql<number>`count(*)::int`, oldest: sql<string>`min(${idea.createdAt})` }).from(idea).where(and(inArray(idea.processId, ids), eq(idea.status, 'open'))).groupBy(idea.processId)).map((r) => [r.processId!, r])
		);
		const out: Record<string, WorkspaceTool[]> = {};
		for (const id of ids) out[id] = [{ id: 'answers', label: 'workspace_ideas_answer', href: '/ideas?status=open', waiting: [{ label: 'workspace_ideas_waiting', count: open.get(id)?.n ?? 0 }] }];
		return out;
	}
};
