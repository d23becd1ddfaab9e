import { a6 as publicDraw } from '../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';

// src/routes/panels/[slug]/draw/+page.server.ts
var load = async ({ locals, parent }) => {
	const { panel } = await parent();
	return { draw: await publicDraw(locals.ctx, panel.id) };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BnT09Ajg.js.map
