export { _ as server } from '../entries/pages/manage/consultations/_page.server.ts.js-CoIcFrGD.js';
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
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';

const index = 48;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/manage/consultations/_page.svelte.js-Gj49WF3h.js')).default;
const server_id = "src/routes/manage/consultations/+page.server.ts";
const imports = ["_app/immutable/nodes/48.Cxu7jYay.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=48.js-CcWXJgba.js.map
