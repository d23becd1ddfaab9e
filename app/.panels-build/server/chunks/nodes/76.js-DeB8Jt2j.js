const index = 76;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/panels/_slug_/volunteer/done/_page.svelte.js-cCdX6Agf.js')).default;
const imports = ["_app/immutable/nodes/76.DFWlMwRf.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=76.js-DeB8Jt2j.js.map
