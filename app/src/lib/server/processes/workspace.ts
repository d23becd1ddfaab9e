/** Processes on the officials' workspace (/manage): every process the person manages gets the
 * generic editor (scope statement, phases, publishing and closing); creating a process is a
 * general tool. */
import type { ModuleWorkspace, WorkspaceTool } from '../workspace';

export const processesWorkspace: ModuleWorkspace = {
	mechanisms: 'all',
	general: () => [{ id: 'new', label: 'new_process', href: '/manage/processes/new' }],
	async tools(_ctx, processes) {
		const out: Record<string, WorkspaceTool[]> = {};
		for (const p of processes) if (p.managed) out[p.id] = [{ id: 'process', label: 'manage_process', href: `/manage/processes/${p.slug}` }];
		return out;
	}
};
