import { n as evaluationAcross, o as listConsultations } from '../../../chunks/consultations.js-CWe6i0oK.js';

// src/routes/consultations/+page.server.ts
var load = async ({ locals }) => ({
	consultations: await listConsultations(locals.ctx),
	evaluation: await evaluationAcross(locals.ctx.db)
});

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-hy2kNspi.js.map
