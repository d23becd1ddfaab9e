import { L as getEdition } from '../../../../../../chunks/service9.js-h2CQjVIl.js';
import { l as loadOr404 } from '../../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/budgets/[slug]/vote/done/+page.server.ts
var load = async ({ locals, params, url }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const r = (url.searchParams.get("r") ?? "").toUpperCase();
	return {
		ed,
		receipt: /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(r) ? r : null
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DzePIgRL.js.map
