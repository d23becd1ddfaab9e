import { l as getConsultation } from '../../../../../chunks/consultations.js-CWe6i0oK.js';
import { r as requireSignedIn, l as loadOr404 } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { v as error } from '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/consultations/[slug]/+layout.server.ts
var load = async ({ locals, params, url }) => {
	requireSignedIn(locals, url);
	const c = await loadOr404(() => getConsultation(locals.ctx, params.slug));
	if (!c.canManage) error(403, "Forbidden");
	return { c };
};

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-zZhlIB9c.js.map
