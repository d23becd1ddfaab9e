export { _ as server } from '../entries/pages/meetings/_id_/_page.server.ts.js-BpAJ36Sm.js';
import '../chunks/service5.js-o-XsimG-.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import '../chunks/validate.js-BbCXC-0d.js';
import '../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import 'drizzle-orm/pg-core';
import '../chunks/service3.js-BzPHPzf0.js';
import '../chunks/schema.js-Do_En6u5.js';
import '../chunks/schema4.js-DVO4fwmJ.js';
import 'zod';
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';

const index = 67;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/meetings/_id_/_page.svelte.js-DLjxucOr.js')).default;
const server_id = "src/routes/meetings/[id]/+page.server.ts";
const imports = ["_app/immutable/nodes/67.C58pTdtE.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/BM2rfhIx.js","_app/immutable/chunks/BTmETQXA.js"];
const stylesheets = ["_app/immutable/assets/67.BHmBC3oa.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=67.js-Cu81uQjT.js.map
