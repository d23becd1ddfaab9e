import { sql } from 'drizzle-orm';
import type { ModuleManifest } from '../modules';
import { coreApi } from '../api/coreApi';
import { processRules } from './permissions';
import { process } from './schema';
import { assertProcessCommentable } from './service';
import { processesWorkspace } from './workspace';

/** Participatory processes: the container every mechanism lives in (title, scope statement,
 * district or citywide, climate topics, phases, assigned officials). Tables: process, phase,
 * process_official. Personal data: none (assignments end with the account). */
export const processesModule: ModuleManifest = {
	name: 'processes',
	tables: ['process', 'phase', 'process_official'],
	permissions: processRules,
	api: coreApi,
	workspace: processesWorkspace,
	commentTargets: { process: assertProcessCommentable },
	statistics: async (db) => {
		const rows = await db.select({ status: process.status, n: sql<number>`count(*)::int` }).from(process).groupBy(process.status);
		return Object.fromEntries(rows.map((r) => [`processes_${r.status}`, r.n]));
	}
};

export * from './service';
export { processRules } from './permissions';
