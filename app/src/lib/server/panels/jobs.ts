import type { Db } from '../db/client';
import type { ModuleJob } from '../jobs';
import { purgeExpiredVolunteers } from './privacy';
import { kickSelections, selectionsIdle } from './runner';

/** The panel module's background work, started with the server (modules.ts `jobs`): the GDPR
 * purge of non-selected volunteers after the challenge window, and any queued selection left by
 * a restart. Both are idempotent and safe on several instances. */
export const panelJobs: ModuleJob[] = [
	{ name: 'GDPR purge of non-selected volunteers', everyMs: 60 * 60_000, run: (db: Db, now: Date) => purgeExpiredVolunteers(db, now) },
	{ name: 'queued selections', everyMs: 60_000, run: async (db: Db) => {
		kickSelections(db);
		await selectionsIdle();
	} }
];
