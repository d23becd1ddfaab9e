import { G as panelView } from '../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { e as ensurePanelJobs } from '../../../../../chunks/jobs.js-B_OEi6cj.js';
import { r as requireSignedIn, l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { v as error } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/panels/[slug]/+layout.server.ts
var load = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	ensurePanelJobs(locals.ctx.db);
	const panel = await loadOr404(() => panelView(locals.ctx, params.slug));
	if (!panel.canManage) error(403, "Forbidden");
	return { panel };
};

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-CmVdDwAS.js.map
