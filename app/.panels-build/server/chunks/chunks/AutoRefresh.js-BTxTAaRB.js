import './internal2.js-C1sIl1AH.js';
import './client.js-lab_OOnt.js';

// src/lib/panels/AutoRefresh.svelte
function AutoRefresh($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** While a selection runs: with JavaScript the page data refresh every few seconds; without
		* it the page shows a reload link (a timed meta refresh would break WCAG 2.2.1). */
		let { active, everyMs = 3e3 } = $$props;
	});
}

export { AutoRefresh as A };
//# sourceMappingURL=AutoRefresh.js-BTxTAaRB.js.map
