import { T as checkReceipt, L as getEdition } from '../../../../../chunks/service9.js-h2CQjVIl.js';
import { S as ServiceError } from '../../../../../chunks/errors2.js-qlgBpaJE.js';
import { l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/budgets/[slug]/receipt/+page.server.ts
var load = async ({ locals, params, url }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const code = url.searchParams.get("code");
	if (code === null) return {
		ed,
		code: null,
		result: null,
		invalid: false
	};
	try {
		return {
			ed,
			code,
			result: await checkReceipt(locals.ctx, ed.process.id, code),
			invalid: false
		};
	} catch (e) {
		if (e instanceof ServiceError) return {
			ed,
			code,
			result: null,
			invalid: true
		};
		throw e;
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BcBzbb0-.js.map
