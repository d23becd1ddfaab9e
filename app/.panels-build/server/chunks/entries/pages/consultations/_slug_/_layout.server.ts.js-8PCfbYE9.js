import { l as getConsultation } from '../../../../chunks/consultations.js-CWe6i0oK.js';
import { l as loadOr404 } from '../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/consultations/[slug]/+layout.server.ts
var load = async ({ locals, params }) => {
	return { c: await loadOr404(() => getConsultation(locals.ctx, params.slug)) };
};

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-8PCfbYE9.js.map
