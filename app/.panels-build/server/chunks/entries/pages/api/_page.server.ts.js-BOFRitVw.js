import { o as openApiDocument } from '../../../chunks/openapi.js-D0m7bbyo.js';

// src/routes/api/+page.server.ts
var load = ({ url }) => {
	const doc = openApiDocument(url.origin);
	return { operations: Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({
		path,
		method: method.toUpperCase(),
		summary: op.summary ?? "",
		params: (op.parameters ?? []).map((p) => `${p.name} (${p.in})`)
	}))) };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BOFRitVw.js.map
