import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, al as stringify, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { bL as budgets_implementation, c2 as budgets_implementation_lead, c3 as title, c4 as status, c5 as budgets_progress, c6 as budgets_department, c7 as budgets_help_title, c8 as budgets_help_yes, c9 as budgets_no_winners_yet } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { l as label } from '../../../../../chunks/labels2.js-DBPeSgq5.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/implementation/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const base = derived(() => `/budgets/${data.ed.process.slug}`);
		head("1h4wrgy", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_implementation())} — ${escape_html(data.ed.process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(base()))}>${escape_html(data.ed.process.title)}</a></p> <h1>${escape_html(budgets_implementation())}</h1> <p>${escape_html(budgets_implementation_lead())}</p> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(title())}</th><th scope="col">${escape_html(status())}</th><th scope="col">${escape_html(budgets_progress())}</th><th scope="col">${escape_html(budgets_department())}</th><th scope="col">${escape_html(budgets_help_title())}</th></tr></thead><tbody>`);
		const each_array = ensure_array_like(data.list);
		if (each_array.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let p = each_array[$$index];
				$$renderer.push(`<tr><td><a${attr("href", localizeHref(`${base()}/projects/${p.id}`))}>${escape_html(p.title)}</a></td><td>${escape_html(p.implStatus ? label("impl", p.implStatus) : label("impl", "planned"))}</td><td><progress max="100"${attr("value", p.implProgress ?? 0)}${attr("aria-label", `${stringify(budgets_progress())}: ${stringify(p.title)}`)}>${escape_html(p.implProgress ?? 0)}%</progress> ${escape_html(p.implProgress ?? 0)}%</td><td>${escape_html(p.implDepartment ?? "")}</td><td>`);
				if (p.volunteersWanted) $$renderer.push(`<!--[0--><a${attr("href", localizeHref(`${base()}/projects/${p.id}#help-h`))}>${escape_html(budgets_help_yes())}</a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></td></tr>`);
			}
		} else $$renderer.push(`<!--[!--><tr><td colspan="5">${escape_html(budgets_no_winners_yet())}</td></tr>`);
		$$renderer.push(`<!--]--></tbody></table></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Dr81zIGf.js.map
