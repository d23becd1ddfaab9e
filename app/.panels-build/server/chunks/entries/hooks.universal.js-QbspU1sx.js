import { d as deLocalizeUrl } from '../chunks/runtime2.js-YLGUkCbP.js';

// src/hooks.ts
var reroute = (request) => deLocalizeUrl(request.url).pathname;

export { reroute };
//# sourceMappingURL=hooks.universal.js-QbspU1sx.js.map
