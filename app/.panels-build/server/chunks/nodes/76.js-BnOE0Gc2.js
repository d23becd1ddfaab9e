const index = 76;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/panels/_slug_/volunteer/done/_page.svelte.js-m0tdTjKf.js')).default;
const imports = ["_app/immutable/nodes/76.Cavl8ILo.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/Blgzj5dc.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=76.js-BnOE0Gc2.js.map
