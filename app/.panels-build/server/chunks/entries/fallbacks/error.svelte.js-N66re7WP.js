import { ah as escape_html } from '../../chunks/server.js-kfd-D29t.js';
import { p as page } from '../../chunks/state.js-CHCRgdod.js';
import '../../chunks/shared.js-0FrVOi6h.js';
import '../../chunks/index-server.js-D4iRbsCm.js';
import '../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../chunks/exports.js-Bj7mGb2J.js';
import '../../chunks/routing.js-Cd_N8bLv.js';
import '../../chunks/internal2.js-RLV_Nvn3.js';
import '../../chunks/utils.js-CxipxXTP.js';

// ../node_modules/@sveltejs/kit/src/runtime/components/svelte-5/error.svelte
function Error($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		$$renderer.push(`<h1>${escape_html(page.status)}</h1> <p>${escape_html(page.error?.message)}</p>`);
	});
}

export { Error as default };
//# sourceMappingURL=error.svelte.js-N66re7WP.js.map
