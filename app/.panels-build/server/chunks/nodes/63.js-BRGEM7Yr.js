export { _ as server } from '../entries/pages/manage/panels/new/_page.server.ts.js-CjWDKFoQ.js';
import '../chunks/views.js-DTyBJOYt.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import '../chunks/validate.js-BbCXC-0d.js';
import '../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../chunks/schema.js-Do_En6u5.js';
import '../chunks/service3.js-BzPHPzf0.js';
import '../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../chunks/schema2.js-Sj7x0PO2.js';
import '../chunks/service4.js-B9dMCCsC.js';
import '../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../chunks/service7.js-DStGSMM8.js';
import '../chunks/schema5.js-CNQvs3tC.js';
import 'node:module';
import 'node:fs';
import 'node:url';
import 'node:path';
import 'node:worker_threads';
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';

const index = 63;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/manage/panels/new/_page.svelte.js-DBSHBaNX.js')).default;
const server_id = "src/routes/manage/panels/new/+page.server.ts";
const imports = ["_app/immutable/nodes/63.DFdmWuMT.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/jncLCFDR.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BM2rfhIx.js","_app/immutable/chunks/Bah8K7rM.js","_app/immutable/chunks/BtbCPWPc.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=63.js-BRGEM7Yr.js.map
