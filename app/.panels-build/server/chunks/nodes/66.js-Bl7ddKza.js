export { _ as server } from '../entries/pages/meetings/_page.server.ts.js-DoXtuhH8.js';
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

const index = 66;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/meetings/_page.svelte.js-d3BA3sIH.js')).default;
const server_id = "src/routes/meetings/+page.server.ts";
const imports = ["_app/immutable/nodes/66.n58DrOx1.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/BTmETQXA.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=66.js-Bl7ddKza.js.map
