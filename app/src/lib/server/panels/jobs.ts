import type { Db } from '../db/client';
import { purgeExpiredVolunteers } from './privacy';
import { kickSelections } from './runner';

let timer: ReturnType<typeof setInterval> | null = null;

/** The panel module's background work inside the server: the GDPR purge every hour and any
 * queued selection. Started once per process from the panel pages (the module contract has no
 * start-up hook yet); idempotent, and safe on several instances. */
export function ensurePanelJobs(db: Db, everyMs = 60 * 60_000): void {
	if (timer) return;
	const tick = () => {
		purgeExpiredVolunteers(db, new Date()).catch((e) => console.error('[panels] purge:', e));
		kickSelections(db);
	};
	timer = setInterval(tick, everyMs);
	timer.unref();
	tick();
}
