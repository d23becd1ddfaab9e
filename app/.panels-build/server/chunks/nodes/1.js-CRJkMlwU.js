const index = 1;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/fallbacks/error.svelte.js-DBk4R5IU.js')).default;
const imports = ["_app/immutable/nodes/1.C4MllzSO.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/Dcb5MvLN.js","_app/immutable/chunks/BmPDE53l.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=1.js-CRJkMlwU.js.map
