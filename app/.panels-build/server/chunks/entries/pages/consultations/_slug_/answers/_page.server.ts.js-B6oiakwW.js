import { v as publicAnswers } from '../../../../../chunks/consultations.js-CWe6i0oK.js';

// src/routes/consultations/[slug]/answers/+page.server.ts
var load = async ({ locals, parent }) => {
	const { c } = await parent();
	return { answers: await publicAnswers(locals.ctx, c.process.id) };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B6oiakwW.js.map
