import { ak as head, ah as escape_html, ai as attr, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { oR as panels_done_title, oS as panels_done_text, oT as panels_done_next, oU as panels_done_next_text, ow as panels_back_to_panel } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/panels/[slug]/volunteer/done/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const p = derived(() => data.panel);
		head("1a11q86", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_done_title())} — ${escape_html(p().title)}</title>`);
			});
		});
		$$renderer.push(`<div class="notice" role="status"><h1>${escape_html(panels_done_title())}</h1> <p>${escape_html(panels_done_text())}</p></div> <h2>${escape_html(panels_done_next())}</h2> <p>${escape_html(panels_done_next_text({ days: p().challengeWindowDays }))}</p> <p><a${attr("href", localizeHref(`/panels/${p().slug}`))}>${escape_html(panels_back_to_panel())}</a></p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-cCdX6Agf.js.map
