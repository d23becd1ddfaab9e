import { ah as escape_html } from '../../chunks/server.js-BYQgm4Or.js';
import { p as page } from '../../chunks/state.js-CwOQqWwL.js';
import '../../chunks/shared.js-0FrVOi6h.js';
import '../../chunks/index-server.js-ClERhpMK.js';
import '../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../chunks/exports.js-Bdv_3ukQ.js';
import '../../chunks/routing.js-Cd_N8bLv.js';
import '../../chunks/internal2.js-BYyk01Eu.js';
import '../../chunks/utils.js-CxipxXTP.js';

// ../node_modules/@sveltejs/kit/src/runtime/components/svelte-5/error.svelte
function Error($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		$$renderer.push(`<h1>${escape_html(page.status)}</h1> <p>${escape_html(page.error?.message)}</p>`);
	});
}

export { Error as default };
//# sourceMappingURL=error.svelte.js-C046f0qz.js.map
