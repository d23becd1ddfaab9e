export { _ as server } from '../entries/pages/ideas/_id_/_page.server.ts.js-D1dKhK6w.js';
import '../chunks/ideas.js-CAhG4kXJ.js';
import '../chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import '../chunks/schema4.js-DVO4fwmJ.js';
import '../chunks/service7.js-DStGSMM8.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import '../chunks/validate.js-BbCXC-0d.js';
import '../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../chunks/schema5.js-CNQvs3tC.js';
import 'zod';
import 'drizzle-orm';
import '../chunks/service2.js-qqQkOHfI.js';
import '../chunks/service3.js-BzPHPzf0.js';
import '../chunks/service4.js-B9dMCCsC.js';
import '../chunks/service6.js-3cKmcDH6.js';
import '../chunks/schema2.js-Sj7x0PO2.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';
import '../chunks/runtime2.js-YLGUkCbP.js';

const index = 41;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/ideas/_id_/_page.svelte.js-D7zRkfKy.js')).default;
const server_id = "src/routes/ideas/[id]/+page.server.ts";
const imports = ["_app/immutable/nodes/41.Cc_Dtm71.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/BM2rfhIx.js","_app/immutable/chunks/D-05B67S.js","_app/immutable/chunks/BTmETQXA.js"];
const stylesheets = ["_app/immutable/assets/41.BslcoTfJ.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=41.js-B9PDMgKp.js.map
