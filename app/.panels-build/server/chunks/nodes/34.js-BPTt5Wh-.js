export { _ as server } from '../entries/pages/consultations/_slug_/report/_page.server.ts.js-Dl2GmUBC.js';
import '../chunks/consultations.js-CWe6i0oK.js';
import '../chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import '../chunks/schema4.js-DVO4fwmJ.js';
import '../chunks/schema5.js-CNQvs3tC.js';
import '../chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import '../chunks/service5.js-o-XsimG-.js';
import '../chunks/errors2.js-qlgBpaJE.js';
import '../chunks/validate.js-BbCXC-0d.js';
import '../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import '../chunks/service3.js-BzPHPzf0.js';
import 'zod';
import '../chunks/service4.js-B9dMCCsC.js';
import '../chunks/service6.js-3cKmcDH6.js';
import '../chunks/schema2.js-Sj7x0PO2.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import '../chunks/service7.js-DStGSMM8.js';
import '../chunks/http.js-DEPnrH4W.js';
import '../chunks/utils.js-CxipxXTP.js';
import '../chunks/shared.js-0FrVOi6h.js';

const index = 34;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/consultations/_slug_/report/_page.svelte.js-P8iLPfVR.js')).default;
const server_id = "src/routes/consultations/[slug]/report/+page.server.ts";
const imports = ["_app/immutable/nodes/34.BpQofu-z.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/vK5YKzeK.js","_app/immutable/chunks/BoMM1o8g.js","_app/immutable/chunks/BTmETQXA.js"];
const stylesheets = ["_app/immutable/assets/ConsultationNav.Cm006jpS.css","_app/immutable/assets/PinMap.CCoiHhIu.css","_app/immutable/assets/34.BcKZ6MW5.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=34.js-BPTt5Wh-.js.map
