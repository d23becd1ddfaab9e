import { ai as attr, ah as escape_html, aj as ensure_array_like, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { p as page } from '../../../../../chunks/state.js-VpVdP7uT.js';
import { J as panels_manage_title, K as panels_synthetic_tag, y as view_public_page, L as panels_tabs_label, M as panels_mtab_setup, N as panels_mtab_recruitment, O as panels_mtab_selection, P as panels_mtab_deliberation, Q as panels_mtab_followup } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { l as localizeHref, e as deLocalizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { s as stageName } from '../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/client.js-lab_OOnt.js';
import '../../../../../chunks/internal2.js-C1sIl1AH.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../chunks/routing.js-Cd_N8bLv.js';
import '../../../../../chunks/exports.js-CwC2eqPC.js';
import '../../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/manage/panels/[slug]/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, children } = $$props;
		const p = derived(() => data.panel);
		const here = derived(() => deLocalizeHref(page.url.pathname));
		const base = derived(() => `/manage/panels/${p().slug}`);
		const tabs = derived(() => [
			{
				href: base(),
				label: panels_mtab_setup()
			},
			{
				href: `${base()}/recruitment`,
				label: panels_mtab_recruitment()
			},
			{
				href: `${base()}/selection`,
				label: panels_mtab_selection()
			},
			{
				href: `${base()}/deliberation`,
				label: panels_mtab_deliberation()
			},
			{
				href: `${base()}/followup`,
				label: panels_mtab_followup()
			}
		]);
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref("/manage/panels"))}>${escape_html(panels_manage_title())}</a> · <span class="tag">${escape_html(stageName(p().stage))}</span>`);
		if (p().synthetic) $$renderer.push(`<!--[0--><span class="tag closed">${escape_html(panels_synthetic_tag())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> · <a${attr("href", localizeHref(`/panels/${p().slug}`))}>${escape_html(view_public_page())}</a></p> <nav${attr("aria-label", panels_tabs_label())} class="panel-tabs svelte-2ht2l5"><ul class="svelte-2ht2l5"><!--[-->`);
		const each_array = ensure_array_like(tabs());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let t = each_array[$$index];
			$$renderer.push(`<li><a${attr("href", localizeHref(t.href))}${attr("aria-current", here() === t.href ? "page" : void 0)} class="svelte-2ht2l5">${escape_html(t.label)}</a></li>`);
		}
		$$renderer.push(`<!--]--></ul></nav> `);
		children($$renderer);
		$$renderer.push(`<!---->`);
	});
}

export { _layout as default };
//# sourceMappingURL=_layout.svelte.js-CURD6cMM.js.map
