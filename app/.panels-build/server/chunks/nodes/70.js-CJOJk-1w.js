export { _ as server } from '../entries/pages/panels/_page.server.ts.js-DUmJ7dlT.js';
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
import '../chunks/jobs.js-B_OEi6cj.js';
import '../chunks/service8.js-CUSw6Szj.js';

const index = 70;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/panels/_page.svelte.js-BpqwBrAO.js')).default;
const server_id = "src/routes/panels/+page.server.ts";
const imports = ["_app/immutable/nodes/70.K6tx7VkB.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/jncLCFDR.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=70.js-CJOJk-1w.js.map
