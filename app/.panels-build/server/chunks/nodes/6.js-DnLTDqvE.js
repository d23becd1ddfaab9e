export { _ as server } from '../entries/pages/_page.server.ts.js-BYM2cpgW.js';
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
import '../chunks/service6.js-3cKmcDH6.js';
import '../chunks/schema2.js-Sj7x0PO2.js';
import 'node:fs';
import 'node:url';
import 'node:path';

const index = 6;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_page.svelte.js-J1cyWDuU.js')).default;
const server_id = "src/routes/+page.server.ts";
const imports = ["_app/immutable/nodes/6.B21v70BA.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/Bbjpcjrt.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=6.js-DnLTDqvE.js.map
