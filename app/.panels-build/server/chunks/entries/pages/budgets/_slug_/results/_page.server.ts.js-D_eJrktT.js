import { U as editionResults, L as getEdition } from '../../../../../chunks/service9.js-h2CQjVIl.js';
import { l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/budgets/[slug]/results/+page.server.ts
var load = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	return {
		ed,
		results: await editionResults(locals.ctx, ed.process.id)
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-D_eJrktT.js.map
