const index = 1;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/fallbacks/error.svelte.js-C046f0qz.js')).default;
const imports = ["_app/immutable/nodes/1.BVdvohY1.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/CSQRbDal.js","_app/immutable/chunks/BEr7XNvC.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=1.js-B2-tt1Aw.js.map
