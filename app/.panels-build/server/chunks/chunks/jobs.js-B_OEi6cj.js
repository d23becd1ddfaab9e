import { a as purgeExpiredVolunteers } from './service8.js-CUSw6Szj.js';
import { F as kickSelections } from './views.js-DTyBJOYt.js';

// src/lib/server/panels/jobs.ts
var timer = null;
/** The panel module's background work inside the server: the GDPR purge every hour and any
* queued selection. Started once per process from the panel pages (the module contract has no
* start-up hook yet); idempotent, and safe on several instances. */
function ensurePanelJobs(db, everyMs = 36e5) {
	if (timer) return;
	const tick = () => {
		purgeExpiredVolunteers(db, /* @__PURE__ */ new Date()).catch((e) => console.error("[panels] purge:", e));
		kickSelections(db);
	};
	timer = setInterval(tick, everyMs);
	timer.unref();
	tick();
}

export { ensurePanelJobs as e };
//# sourceMappingURL=jobs.js-B_OEi6cj.js.map
