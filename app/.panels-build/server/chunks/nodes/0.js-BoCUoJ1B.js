export { _ as server } from '../entries/pages/_layout.server.ts.js-DfyPVvXh.js';
import '../chunks/service3.js-BzPHPzf0.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import '../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import 'drizzle-orm';

const index = 0;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js-C_cFcb15.js')).default;
const server_id = "src/routes/+layout.server.ts";
const imports = ["_app/immutable/nodes/0.BM5CdZFy.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/DPkVh4m3.js","_app/immutable/chunks/D46KnAk1.js","_app/immutable/chunks/Blgzj5dc.js","_app/immutable/chunks/fWPyEVvJ.js"];
const stylesheets = ["_app/immutable/assets/0.Da8aSChl.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=0.js-BoCUoJ1B.js.map
