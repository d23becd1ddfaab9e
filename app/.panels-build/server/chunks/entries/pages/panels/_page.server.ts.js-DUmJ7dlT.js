import { H as listPanels } from '../../../chunks/views.js-DTyBJOYt.js';
import '../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { e as ensurePanelJobs } from '../../../chunks/jobs.js-B_OEi6cj.js';

// src/routes/panels/+page.server.ts
var load = async ({ locals }) => {
	ensurePanelJobs(locals.ctx.db);
	return { panels: await listPanels(locals.ctx.db) };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DUmJ7dlT.js.map
