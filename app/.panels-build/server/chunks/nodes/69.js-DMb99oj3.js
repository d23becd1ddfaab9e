export { _ as server } from '../entries/pages/notifications/_page.server.ts.js-5y_YvQpY.js';
import '../chunks/service3.js-BzPHPzf0.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import '../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import 'drizzle-orm';
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';

const index = 69;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/notifications/_page.svelte.js-UT3kMstk.js')).default;
const server_id = "src/routes/notifications/+page.server.ts";
const imports = ["_app/immutable/nodes/69.DlshHqLp.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/fWPyEVvJ.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=69.js-DMb99oj3.js.map
