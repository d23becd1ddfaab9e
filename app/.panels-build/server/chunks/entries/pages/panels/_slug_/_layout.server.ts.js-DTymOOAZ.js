import { G as panelView } from '../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { e as ensurePanelJobs } from '../../../../chunks/jobs.js-B_OEi6cj.js';
import { l as loadOr404 } from '../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/panels/[slug]/+layout.server.ts
var load = async ({ locals, params }) => {
	ensurePanelJobs(locals.ctx.db);
	return { panel: await loadOr404(() => panelView(locals.ctx, params.slug)) };
};

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-DTymOOAZ.js.map
