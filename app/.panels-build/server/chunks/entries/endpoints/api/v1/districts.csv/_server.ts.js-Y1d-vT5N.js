import { l as listDistricts } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { c as csvResponse } from '../../../../../chunks/http.js-DEPnrH4W.js';
import '../../../../../chunks/schema2.js-Sj7x0PO2.js';
import 'drizzle-orm/pg-core';
import 'drizzle-orm';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../../../../../chunks/errors2.js-qlgBpaJE.js';
import '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/districts.csv/+server.ts
var GET = async ({ locals }) => {
	const rows = await listDistricts(locals.ctx.db);
	return csvResponse("districts.csv", [
		"id",
		"number",
		"name",
		"population"
	], rows.map((d) => [
		d.id,
		d.number,
		d.name,
		d.population
	]));
};

export { GET };
//# sourceMappingURL=_server.ts.js-Y1d-vT5N.js.map
