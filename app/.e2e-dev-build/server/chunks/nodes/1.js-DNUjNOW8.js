const index = 1;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/fallbacks/error.svelte.js-CeLn-T-8.js')).default;
const imports = ["_app/immutable/nodes/1.aXFVvVpY.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/2oaJKqlW.js","_app/immutable/chunks/Dqzblz_o.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=1.js-DNUjNOW8.js.map
