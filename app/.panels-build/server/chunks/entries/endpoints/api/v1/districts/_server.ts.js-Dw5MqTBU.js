import { l as listDistricts } from '../../../../../chunks/service6.js-3cKmcDH6.js';
import { j as json } from '../../../../../chunks/utils.js-CxipxXTP.js';
import '../../../../../chunks/schema2.js-Sj7x0PO2.js';
import 'drizzle-orm/pg-core';
import 'drizzle-orm';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../../../../../chunks/shared.js-0FrVOi6h.js';

// src/routes/api/v1/districts/+server.ts
var GET = async ({ locals }) => json(await listDistricts(locals.ctx.db), { headers: { "access-control-allow-origin": "*" } });

export { GET };
//# sourceMappingURL=_server.ts.js-Dw5MqTBU.js.map
