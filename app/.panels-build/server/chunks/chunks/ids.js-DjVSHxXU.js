import { randomUUID } from 'node:crypto';

// src/lib/server/core/ids.ts
function newId() {
	return randomUUID();
}
/** URL slug from a title: ASCII, lower case, Polish letters folded. */
function slugify(title) {
	return title.toLowerCase().replace(/ł/g, "l").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "process";
}

export { newId as n, slugify as s };
//# sourceMappingURL=ids.js-DjVSHxXU.js.map
