import { ai as attr, aj as ensure_array_like, ah as escape_html, T as derived } from './server.js-DL9eFGXd.js';
import { l as localizeHref } from './runtime2.js-YLGUkCbP.js';
import { eZ as consultations_nav_label, e_ as consultations_nav_overview, e$ as consultations_form_survey, D as consultations_form_document, f0 as consultations_form_map, f1 as consultations_nav_answers, H as consultations_nav_report } from './i18n.js-DrLrGNuv.js';

// src/lib/components/consultations/ConsultationNav.svelte
function ConsultationNav($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { slug, forms, current, reportPublished = false } = $$props;
		const items = derived(() => [
			{
				key: "overview",
				href: `/consultations/${slug}`,
				label: consultations_nav_overview(),
				show: true
			},
			{
				key: "survey",
				href: `/consultations/${slug}/survey`,
				label: consultations_form_survey(),
				show: forms.includes("survey")
			},
			{
				key: "document",
				href: `/consultations/${slug}/document`,
				label: consultations_form_document(),
				show: forms.includes("document")
			},
			{
				key: "map",
				href: `/consultations/${slug}/map`,
				label: consultations_form_map(),
				show: forms.includes("map")
			},
			{
				key: "answers",
				href: `/consultations/${slug}/answers`,
				label: consultations_nav_answers(),
				show: true
			},
			{
				key: "report",
				href: `/consultations/${slug}/report`,
				label: consultations_nav_report(),
				show: reportPublished
			}
		].filter((i) => i.show));
		$$renderer.push(`<nav${attr("aria-label", consultations_nav_label())} class="sub-nav svelte-ybsgqz"><ul class="svelte-ybsgqz"><!--[-->`);
		const each_array = ensure_array_like(items());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let i = each_array[$$index];
			$$renderer.push(`<li><a${attr("href", localizeHref(i.href))}${attr("aria-current", current === i.key ? "page" : void 0)} class="svelte-ybsgqz">${escape_html(i.label)}</a></li>`);
		}
		$$renderer.push(`<!--]--></ul></nav>`);
	});
}

export { ConsultationNav as C };
//# sourceMappingURL=ConsultationNav.js-r1GSzoDI.js.map
