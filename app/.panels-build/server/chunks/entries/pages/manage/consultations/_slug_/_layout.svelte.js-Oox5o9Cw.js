import { ai as attr, ah as escape_html, aj as ensure_array_like, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { p as page } from '../../../../../chunks/state.js-VpVdP7uT.js';
import { x as consultations_manage_title, y as view_public_page, z as consultations_edit_scope, A as consultations_manage_nav, B as consultations_manage_settings, C as consultations_manage_survey, D as consultations_form_document, E as meetings_title, F as consultations_manage_partners, G as consultations_manage_answers, H as consultations_nav_report } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { l as localizeHref, e as deLocalizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/client.js-lab_OOnt.js';
import '../../../../../chunks/internal2.js-C1sIl1AH.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../chunks/routing.js-Cd_N8bLv.js';
import '../../../../../chunks/exports.js-CwC2eqPC.js';
import '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/consultations/[slug]/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, children } = $$props;
		const base = derived(() => `/manage/consultations/${data.c.process.slug}`);
		const here = derived(() => deLocalizeHref(page.url.pathname));
		const items = derived(() => [
			{
				href: base(),
				label: consultations_manage_settings()
			},
			{
				href: `${base()}/survey`,
				label: consultations_manage_survey()
			},
			{
				href: `${base()}/document`,
				label: consultations_form_document()
			},
			{
				href: `${base()}/meetings`,
				label: meetings_title()
			},
			{
				href: `${base()}/partners`,
				label: consultations_manage_partners()
			},
			{
				href: `${base()}/answers`,
				label: consultations_manage_answers()
			},
			{
				href: `${base()}/report`,
				label: consultations_nav_report()
			}
		]);
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref("/manage/consultations"))}>${escape_html(consultations_manage_title())}</a> · <a${attr("href", localizeHref(`/consultations/${data.c.process.slug}`))}>${escape_html(view_public_page())}</a> · <a${attr("href", localizeHref(`/manage/processes/${data.c.process.slug}`))}>${escape_html(consultations_edit_scope())}</a></p> <nav${attr("aria-label", consultations_manage_nav())} class="sub-nav svelte-a8505w"><ul class="svelte-a8505w"><!--[-->`);
		const each_array = ensure_array_like(items());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let i = each_array[$$index];
			$$renderer.push(`<li><a${attr("href", localizeHref(i.href))}${attr("aria-current", here() === i.href ? "page" : void 0)} class="svelte-a8505w">${escape_html(i.label)}</a></li>`);
		}
		$$renderer.push(`<!--]--></ul></nav> `);
		children($$renderer);
		$$renderer.push(`<!---->`);
	});
}

export { _layout as default };
//# sourceMappingURL=_layout.svelte.js-Oox5o9Cw.js.map
