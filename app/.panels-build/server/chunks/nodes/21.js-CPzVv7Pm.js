export { _ as server } from '../entries/pages/budgets/_slug_/results/_page.server.ts.js-D_eJrktT.js';
import '../chunks/service9.js-h2CQjVIl.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import '../chunks/validate.js-BbCXC-0d.js';
import '../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../chunks/schema.js-Do_En6u5.js';
import '../chunks/schema2.js-Sj7x0PO2.js';
import '../chunks/service4.js-B9dMCCsC.js';
import '../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../chunks/service6.js-3cKmcDH6.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';

const index = 21;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/budgets/_slug_/results/_page.svelte.js-p4FVf9X4.js')).default;
const server_id = "src/routes/budgets/[slug]/results/+page.server.ts";
const imports = ["_app/immutable/nodes/21.CGNA_pna.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/Cz9wfrMu.js","_app/immutable/chunks/DclECHGd.js"];
const stylesheets = ["_app/immutable/assets/21.Cyr_8F1C.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=21.js-CPzVv7Pm.js.map
