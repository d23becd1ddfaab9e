const index = 36;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/consultations/_slug_/survey/done/_page.svelte.js-BLx6kK_P.js')).default;
const imports = ["_app/immutable/nodes/36.orrN9zrZ.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/DPkVh4m3.js","_app/immutable/chunks/D46KnAk1.js","_app/immutable/chunks/Blgzj5dc.js"];
const stylesheets = ["_app/immutable/assets/36.iEbx8U91.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=36.js-BkoBPPNC.js.map
