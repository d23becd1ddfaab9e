const index = 1;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/fallbacks/error.svelte.js-N66re7WP.js')).default;
const imports = ["_app/immutable/nodes/1.CUR7PhdR.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/DPkVh4m3.js","_app/immutable/chunks/D46KnAk1.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=1.js-DgiWIDFV.js.map
