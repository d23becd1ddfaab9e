export { _ as server } from '../entries/pages/admin/audit/_page.server.ts.js-CtkZ1iOJ.js';
import '../chunks/service2.js-qqQkOHfI.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';

const index = 11;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/admin/audit/_page.svelte.js-yyj0UogV.js')).default;
const server_id = "src/routes/admin/audit/+page.server.ts";
const imports = ["_app/immutable/nodes/11.BKGH-S_Z.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/fWPyEVvJ.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=11.js-IYnenelU.js.map
