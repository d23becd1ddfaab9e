const index = 7;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/accessibility/_page.svelte.js-B5sOs_Qd.js')).default;
const imports = ["_app/immutable/nodes/7.Bj40sTHc.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D0q7EXjA.js","_app/immutable/chunks/fWPyEVvJ.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=7.js-COXoEvpK.js.map
