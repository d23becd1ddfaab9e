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
const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js-XKmVA2ID.js')).default;
const server_id = "src/routes/+layout.server.ts";
const imports = ["_app/immutable/nodes/0.CkQm7f51.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/Dcb5MvLN.js","_app/immutable/chunks/BmPDE53l.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/fWPyEVvJ.js"];
const stylesheets = ["_app/immutable/assets/0.sScOBAn1.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=0.js-BiImNxnD.js.map
