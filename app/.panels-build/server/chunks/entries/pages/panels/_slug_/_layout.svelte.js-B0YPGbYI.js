import { ah as escape_html, ai as attr, aj as ensure_array_like, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { p as page } from '../../../../chunks/state.js-VpVdP7uT.js';
import { R as panels_mechanism, K as panels_synthetic_tag, S as panels_synthetic_notice, L as panels_tabs_label, T as panels_manage_link, U as panels_tab_overview, V as panels_tab_draw, W as panels_tab_workspace, X as panels_tab_scorecard } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { l as localizeHref, e as deLocalizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { s as stageName } from '../../../../chunks/labels.js-es-x4W90.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/client.js-lab_OOnt.js';
import '../../../../chunks/internal2.js-C1sIl1AH.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../chunks/routing.js-Cd_N8bLv.js';
import '../../../../chunks/exports.js-CwC2eqPC.js';
import '../../../../chunks/utils.js-CxipxXTP.js';

// src/routes/panels/[slug]/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, children } = $$props;
		const p = derived(() => data.panel);
		const here = derived(() => deLocalizeHref(page.url.pathname));
		const tabs = derived(() => [
			{
				href: `/panels/${p().slug}`,
				label: panels_tab_overview()
			},
			{
				href: `/panels/${p().slug}/draw`,
				label: panels_tab_draw()
			},
			...p().isPanelist || p().canManage ? [{
				href: `/panels/${p().slug}/workspace`,
				label: panels_tab_workspace()
			}] : [],
			{
				href: `/panels/${p().slug}/scorecard`,
				label: panels_tab_scorecard()
			}
		]);
		$$renderer.push(`<p class="meta"><span class="tag">${escape_html(panels_mechanism())}</span><span class="tag">${escape_html(stageName(p().stage))}</span>`);
		if (p().synthetic) $$renderer.push(`<!--[0--><span class="tag closed">${escape_html(panels_synthetic_tag())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> `);
		if (p().synthetic) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(panels_synthetic_notice())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <nav${attr("aria-label", panels_tabs_label())} class="panel-tabs svelte-yebvqj"><ul class="svelte-yebvqj"><!--[-->`);
		const each_array = ensure_array_like(tabs());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let t = each_array[$$index];
			$$renderer.push(`<li><a${attr("href", localizeHref(t.href))}${attr("aria-current", here() === t.href ? "page" : void 0)} class="svelte-yebvqj">${escape_html(t.label)}</a></li>`);
		}
		$$renderer.push(`<!--]--> `);
		if (p().canManage) $$renderer.push(`<!--[0--><li><a${attr("href", localizeHref(`/manage/panels/${p().slug}`))} class="svelte-yebvqj">${escape_html(panels_manage_link())}</a></li>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></ul></nav> `);
		children($$renderer);
		$$renderer.push(`<!---->`);
	});
}

export { _layout as default };
//# sourceMappingURL=_layout.svelte.js-B0YPGbYI.js.map
