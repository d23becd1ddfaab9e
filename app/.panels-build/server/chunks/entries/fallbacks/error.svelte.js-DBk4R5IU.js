import { ah as escape_html } from '../../chunks/server.js-DL9eFGXd.js';
import { p as page } from '../../chunks/state.js-VpVdP7uT.js';
import '../../chunks/shared.js-0FrVOi6h.js';
import '../../chunks/client.js-lab_OOnt.js';
import '../../chunks/internal2.js-C1sIl1AH.js';
import '../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../chunks/routing.js-Cd_N8bLv.js';
import '../../chunks/exports.js-CwC2eqPC.js';
import '../../chunks/utils.js-CxipxXTP.js';

// ../node_modules/@sveltejs/kit/src/runtime/components/svelte-5/error.svelte
function Error($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		$$renderer.push(`<h1>${escape_html(page.status)}</h1> <p>${escape_html(page.error?.message)}</p>`);
	});
}

export { Error as default };
//# sourceMappingURL=error.svelte.js-DBk4R5IU.js.map
