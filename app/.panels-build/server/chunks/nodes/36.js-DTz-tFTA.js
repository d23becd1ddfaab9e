const index = 36;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/consultations/_slug_/survey/done/_page.svelte.js-B8qB5kML.js')).default;
const imports = ["_app/immutable/nodes/36.Do4h6YfS.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/Dcb5MvLN.js","_app/immutable/chunks/BmPDE53l.js","_app/immutable/chunks/D0q7EXjA.js"];
const stylesheets = ["_app/immutable/assets/36.iEbx8U91.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=36.js-DTz-tFTA.js.map
