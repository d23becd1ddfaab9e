import { p as processRules, a as listManagedProcesses } from '../../../../chunks/service4.js-B9dMCCsC.js';
import { H as listPanels } from '../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, l as loadOr404 } from '../../../../chunks/http.js-DEPnrH4W.js';
import { v as error } from '../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/panels/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	if (!processRules.create(locals.actor)) error(403, "Forbidden");
	const mine = await loadOr404(() => listManagedProcesses(locals.ctx));
	return { panels: await listPanels(locals.ctx.db, {
		includeDrafts: true,
		ids: mine.filter((p) => p.mechanism === "panel").map((p) => p.id)
	}) };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Cxi80i3e.js.map
