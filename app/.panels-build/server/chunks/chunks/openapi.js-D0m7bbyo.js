import { m as modules } from './modules.js-DlJ9hQXb.js';

// src/lib/server/api/openapi.ts
/** The OpenAPI 3.1 description of /api/v1. Each module contributes its paths and schemas. */
function openApiDocument(serverUrl) {
	const parts = modules.flatMap((m) => m.api ? [m.api] : []);
	return {
		openapi: "3.1.0",
		info: {
			title: "Decydujemy — open data API",
			version: "1.0.0",
			description: "Public, read-only data of the civic participation platform: districts, participatory processes and the outcomes of every mechanism. JSON by default; list endpoints have CSV twins. No personal data is published.",
			license: {
				name: "Open data: CC BY 4.0",
				identifier: "CC-BY-4.0"
			}
		},
		servers: [{ url: serverUrl }],
		paths: Object.assign({}, ...parts.map((p) => p.paths)),
		components: { schemas: Object.assign({ Error: {
			type: "object",
			required: ["error", "message"],
			properties: {
				error: { type: "string" },
				message: { type: "string" },
				fields: {
					type: "object",
					additionalProperties: { type: "string" }
				}
			}
		} }, ...parts.map((p) => p.schemas)) }
	};
}

export { openApiDocument as o };
//# sourceMappingURL=openapi.js-D0m7bbyo.js.map
