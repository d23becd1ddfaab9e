import { ak as head, ah as escape_html, ai as attr, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { p as page } from '../../../../../../chunks/state.js-VpVdP7uT.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { hn as consultations_survey_done_title, ho as consultations_receipt, hp as consultations_survey_done_text, gl as consultations_back_to } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/client.js-lab_OOnt.js';
import '../../../../../../chunks/internal2.js-C1sIl1AH.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../../chunks/routing.js-Cd_N8bLv.js';
import '../../../../../../chunks/exports.js-CwC2eqPC.js';
import '../../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/consultations/[slug]/survey/done/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const receipt = derived(() => (page.url.searchParams.get("receipt") ?? "").replace(/[^0-9A-F]/g, "").slice(0, 10));
		head("28nv0r", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_survey_done_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<div class="panel-confirm svelte-28nv0r" role="status"><h1 class="svelte-28nv0r">${escape_html(consultations_survey_done_title())}</h1> `);
		if (receipt()) $$renderer.push(`<!--[0--><p>${escape_html(consultations_receipt())} <strong class="receipt svelte-28nv0r">${escape_html(receipt())}</strong></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <p>${escape_html(consultations_survey_done_text())}</p> <p><a${attr("href", localizeHref(`/consultations/${data.c.process.slug}`))}>${escape_html(consultations_back_to({ title: data.c.process.title }))}</a></p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-B8qB5kML.js.map
