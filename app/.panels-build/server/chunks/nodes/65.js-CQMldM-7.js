export { _ as server } from '../entries/pages/manage/processes/new/_page.server.ts.js-BO9-DPof.js';
import '../chunks/service4.js-B9dMCCsC.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import '../chunks/validate.js-BbCXC-0d.js';
import '../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../chunks/schema.js-Do_En6u5.js';
import '../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../chunks/form2.js-nHeEbJ0S.js';
import '../chunks/service6.js-3cKmcDH6.js';
import '../chunks/schema2.js-Sj7x0PO2.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';

const index = 65;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/manage/processes/new/_page.svelte.js-me2rDUoj.js')).default;
const server_id = "src/routes/manage/processes/new/+page.server.ts";
const imports = ["_app/immutable/nodes/65.C4GpdXko.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BM2rfhIx.js","_app/immutable/chunks/Bp4kek8p.js","_app/immutable/chunks/Bah8K7rM.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=65.js-CQMldM-7.js.map
