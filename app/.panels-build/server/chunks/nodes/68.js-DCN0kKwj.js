export { _ as server } from '../entries/pages/moderation/_page.server.ts.js-D6VAo5oP.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import '../chunks/validate.js-BbCXC-0d.js';
import '../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../chunks/service3.js-BzPHPzf0.js';
import '../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../chunks/schema.js-Do_En6u5.js';
import '../chunks/schema5.js-CNQvs3tC.js';
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';
import 'zod';

const index = 68;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/moderation/_page.svelte.js-OxzRzvMC.js')).default;
const server_id = "src/routes/moderation/+page.server.ts";
const imports = ["_app/immutable/nodes/68.tDdMktI1.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BM2rfhIx.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=68.js-DCN0kKwj.js.map
