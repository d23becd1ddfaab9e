export { _ as server } from '../entries/pages/districts/_page.server.ts.js-CWZi9_Fo.js';
import '../chunks/service6.js-3cKmcDH6.js';
import '../chunks/schema2.js-Sj7x0PO2.js';
import 'drizzle-orm/pg-core';
import 'drizzle-orm';
import 'node:fs';
import 'node:url';
import 'node:path';

const index = 37;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/districts/_page.svelte.js-DqQutCM3.js')).default;
const server_id = "src/routes/districts/+page.server.ts";
const imports = ["_app/immutable/nodes/37.BlYeND-e.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/BxN94cLy.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=37.js-BxU2Mc8I.js.map
