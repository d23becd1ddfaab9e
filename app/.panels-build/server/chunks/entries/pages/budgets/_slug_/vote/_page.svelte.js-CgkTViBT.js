import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { ec as budgets_vote_title, ed as err_budgets_voting_closed, ee as budgets_vote_signin, r as nav_signin, bH as budgets_already_voted, bI as budgets_check_receipt, ef as budgets_vote_rule_one, eg as budgets_vote_rule_secret, eh as budgets_vote_rule_check, ei as budgets_vote_rule_age, ej as budgets_which_district, ek as budgets_which_district_hint, el as budgets_n_projects, em as budgets_no_district, cH as budgets_continue, en as budgets_start_voting } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { l as label } from '../../../../../chunks/labels2.js-DBPeSgq5.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/budgets/[slug]/vote/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const ed = derived(() => data.ed);
		const base = derived(() => `/budgets/${ed().process.slug}`);
		head("1b9fhug", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_vote_title())} — ${escape_html(ed().process.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(base()))}>${escape_html(ed().process.title)}</a></p> <h1>${escape_html(budgets_vote_title())}</h1> `);
		if (ed().phase !== "voting") $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(err_budgets_voting_closed())}</p>`);
		else if (!data.signedIn) $$renderer.push(`<!--[1--><p>${escape_html(budgets_vote_signin())}</p> <p><a class="button"${attr("href", localizeHref(`/signin?next=${base()}/vote`))}>${escape_html(nav_signin())}</a></p>`);
		else if (data.voted) $$renderer.push(`<!--[2--><p class="notice">${escape_html(budgets_already_voted())}</p> <p><a${attr("href", localizeHref(`${base()}/receipt`))}>${escape_html(budgets_check_receipt())}</a></p>`);
		else {
			$$renderer.push(`<!--[-1--><p>${escape_html(label("ballot", ed().edition.ballotKind))}.</p> <ul><li>${escape_html(budgets_vote_rule_one())}</li> <li>${escape_html(budgets_vote_rule_secret())}</li> <li>${escape_html(budgets_vote_rule_check())}</li> `);
			if (ed().edition.minAge > 0) $$renderer.push(`<!--[0--><li>${escape_html(budgets_vote_rule_age({ age: ed().edition.minAge }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></ul> `);
			if (data.districtPools.length) {
				$$renderer.push(`<!--[0--><form method="GET"${attr("action", localizeHref(`${base()}/vote/ballot`))} class="stack"><fieldset class="field"><legend><h2>${escape_html(budgets_which_district())}</h2></legend> <p class="hint">${escape_html(budgets_which_district_hint())}</p> <!--[-->`);
				const each_array = ensure_array_like(data.districtPools);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let d = each_array[$$index];
					$$renderer.push(`<label><input type="radio" name="district"${attr("value", d.id)}/> ${escape_html(d.name)} (${escape_html(budgets_n_projects({ n: d.n }))})</label>`);
				}
				$$renderer.push(`<!--]--> <label><input type="radio" name="district" value="" checked=""/> ${escape_html(budgets_no_district())}</label></fieldset> <button class="primary" type="submit">${escape_html(budgets_continue())}</button></form>`);
			} else $$renderer.push(`<!--[-1--><p><a class="button"${attr("href", localizeHref(`${base()}/vote/ballot`))}>${escape_html(budgets_start_voting())}</a></p>`);
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CgkTViBT.js.map
