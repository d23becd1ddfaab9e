import { M as implementationList, L as getEdition } from '../../../../../chunks/service9.js-h2CQjVIl.js';
import { l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/budgets/[slug]/implementation/+page.server.ts
var load = async ({ locals, params }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	return {
		ed,
		list: await implementationList(locals.ctx, ed.process.id)
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Dddb2eNp.js.map
