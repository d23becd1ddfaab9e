import { ak as head, ai as attr, ah as escape_html, aj as ensure_array_like, am as attr_class, al as stringify, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { bs as budgets_title, bE as budgets_manage_edition, bF as budgets_phase_now, bG as budgets_submit_cta, bH as budgets_already_voted, bI as budgets_check_receipt, bJ as budgets_vote_cta, bK as budgets_see_results, bL as budgets_implementation, bM as budgets_rules_frozen_note, bN as phases, bO as budgets_from, a2 as formatDate, bD as budgets_pools, bP as budgets_max_choices, bQ as budgets_points_to_give, bR as budgets_green_share, bS as budgets_pool, bC as budgets_amount, bT as budgets_cost_limits, bU as budgets_rule, bv as budgets_green_tag, bV as budgets_projects, bW as budgets_projects_count, bX as budgets_all_projects, bY as budgets_map_label, bZ as budgets_my_projects, g as nav_open_data, b_ as budgets_api_edition, b$ as budgets_api_projects, c0 as budgets_api_results, c1 as budgets_discussion_link } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { l as label, p as pln, P as PHASE_ORDER } from '../../../../chunks/labels2.js-DBPeSgq5.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/lib/components/budgets/ProjectMap.svelte
function ProjectMap($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Projects as pins over Kraków's districts; every pin is a link (keyboard and screen readers
		* get the list of links; the page also lists the projects as text). */
		let { frame, pins, label } = $$props;
		$$renderer.push(`<svg class="budget-map svelte-1fmt3su"${attr("viewBox", `0 0 ${stringify(frame.w)} ${stringify(frame.h)}`)} role="group"${attr("aria-label", label)}><!--[-->`);
		const each_array = ensure_array_like(frame.districts);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let d = each_array[$$index];
			$$renderer.push(`<path${attr("d", d.d)} class="district svelte-1fmt3su"><title>${escape_html(d.label)}</title></path>`);
		}
		$$renderer.push(`<!--]--><!--[-->`);
		const each_array_1 = ensure_array_like(pins);
		for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
			let p = each_array_1[i];
			$$renderer.push(`<a${attr("href", p.href)}${attr("aria-label", p.title)} class="svelte-1fmt3su"><title>${escape_html(p.title)}</title><g${attr("transform", `translate(${stringify(p.x)},${stringify(p.y)})`)}><path d="M0,0 C-3,-8 -9,-11 -9,-17 A9,9 0 1 1 9,-17 C9,-11 3,-8 0,0Z"${attr_class("svelte-1fmt3su", void 0, { "funded": p.funded })}></path><circle cx="0" cy="-17" r="3.5" fill="#fff"></circle></g></a>`);
		}
		$$renderer.push(`<!--]--></svg>`);
	});
}
// src/routes/budgets/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const ed = derived(() => data.ed);
		const e = derived(() => ed().edition);
		const base = derived(() => `/budgets/${ed().process.slug}`);
		const starts = derived(() => ({
			submission: e().submissionOpensAt,
			support: e().supportOpensAt,
			verification: e().verificationOpensAt,
			appeals: e().appealsOpensAt,
			voting: e().votingOpensAt,
			results: e().votingClosesAt,
			implementation: e().implementationOpensAt
		}));
		head("khss67", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(ed().process.title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref("/budgets"))}>${escape_html(budgets_title())}</a></p> <h1>${escape_html(ed().process.title)}</h1> <p class="lead">${escape_html(ed().process.description)}</p> `);
		if (ed().canManage) $$renderer.push(`<!--[0--><p><a class="button"${attr("href", localizeHref(`/manage${base()}`))}>${escape_html(budgets_manage_edition())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="notice" role="status"><p><strong>${escape_html(budgets_phase_now())}: ${escape_html(label("phase", ed().phase))}</strong></p> `);
		if (ed().phase === "submission") $$renderer.push(`<!--[0--><p><a class="button"${attr("href", localizeHref(`${base()}/submit`))}>${escape_html(budgets_submit_cta())}</a></p>`);
		else if (ed().phase === "voting") {
			$$renderer.push("<!--[1-->");
			if (data.voted) $$renderer.push(`<!--[0--><p>${escape_html(budgets_already_voted())} <a${attr("href", localizeHref(`${base()}/receipt`))}>${escape_html(budgets_check_receipt())}</a></p>`);
			else $$renderer.push(`<!--[-1--><p><a class="button"${attr("href", localizeHref(`${base()}/vote`))}>${escape_html(budgets_vote_cta())}</a></p>`);
			$$renderer.push(`<!--]-->`);
		} else if (ed().phase === "results" || ed().phase === "implementation") $$renderer.push(`<!--[2--><p><a class="button"${attr("href", localizeHref(`${base()}/results`))}>${escape_html(budgets_see_results())}</a> <a${attr("href", localizeHref(`${base()}/implementation`))}>${escape_html(budgets_implementation())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (ed().frozen && !e().historical) $$renderer.push(`<!--[0--><p>${escape_html(budgets_rules_frozen_note())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		if (!e().historical) {
			$$renderer.push(`<!--[0--><h2>${escape_html(phases())}</h2> <ol class="phases"><!--[-->`);
			const each_array = ensure_array_like(PHASE_ORDER);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let ph = each_array[$$index];
				$$renderer.push(`<li${attr("aria-current", ed().phase === ph ? "step" : void 0)}${attr_class("", void 0, { "current": ed().phase === ph })}><strong>${escape_html(label("phase", ph))}</strong><br/>${escape_html(budgets_from())} ${escape_html(formatDate(starts()[ph]))}</li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(budgets_pools())}</h2> <p>${escape_html(label("ballot", e().ballotKind))}`);
		if (e().ballotKind === "approval") $$renderer.push(`<!--[0-->— ${escape_html(budgets_max_choices({ n: e().maxChoices }))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
		if (e().ballotKind === "cumulative") $$renderer.push(`<!--[0-->— ${escape_html(budgets_points_to_give({ n: e().cumulativePoints }))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <p>${escape_html(label("green", e().greenMode))}`);
		if (e().greenMode === "share") $$renderer.push(`<!--[0-->: ${escape_html(budgets_green_share({ percent: e().greenSharePercent }))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(budgets_pool())}</th><th scope="col">${escape_html(budgets_amount())}</th><th scope="col">${escape_html(budgets_cost_limits())}</th><th scope="col">${escape_html(budgets_rule())}</th></tr></thead><tbody><!--[-->`);
		const each_array_1 = ensure_array_like(ed().pools);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let p = each_array_1[$$index_1];
			$$renderer.push(`<tr><td>${escape_html(p.name)}`);
			if (p.kind === "green") $$renderer.push(`<!--[0--><span class="tag">${escape_html(budgets_green_tag())}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></td><td>${escape_html(pln(p.amount))}</td><td>${escape_html(pln(p.minCost))} – ${escape_html(pln(p.maxCost))}</td><td>${escape_html(label("rule", p.rule))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div> <h2>${escape_html(budgets_projects())}</h2> <p>${escape_html(budgets_projects_count({
			n: data.count,
			climate: data.climateCount
		}))} <a${attr("href", localizeHref(`${base()}/projects`))}>${escape_html(budgets_all_projects())}</a></p> `);
		if (data.pins.length) {
			$$renderer.push("<!--[0-->");
			ProjectMap($$renderer, {
				frame: data.frame,
				pins: data.pins,
				label: budgets_map_label()
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.mine.length) {
			$$renderer.push(`<!--[0--><h2>${escape_html(budgets_my_projects())}</h2> <ul><!--[-->`);
			const each_array_2 = ensure_array_like(data.mine);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let p = each_array_2[$$index_2];
				$$renderer.push(`<li><a${attr("href", localizeHref(p.status === "draft" ? `${base()}/my/${p.id}/check` : `${base()}/projects/${p.id}`))}>${escape_html(p.title)}</a> — ${escape_html(label("status", p.status))}</li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(nav_open_data())}</h2> <ul><li><a${attr("href", `/api/v1/budgets/${stringify(ed().process.id)}`)}>${escape_html(budgets_api_edition())}</a></li> <li><a${attr("href", `/api/v1/budgets/${stringify(ed().process.id)}/projects`)}>${escape_html(budgets_api_projects())}</a> (<a${attr("href", `/api/v1/budgets/${stringify(ed().process.id)}/projects.csv`)}>CSV</a>)</li> <li><a${attr("href", `/api/v1/budgets/${stringify(ed().process.id)}/results`)}>${escape_html(budgets_api_results())}</a></li> <li><a${attr("href", localizeHref(`/processes/${ed().process.slug}`))}>${escape_html(budgets_discussion_link())}</a></li></ul>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BX7b82F-.js.map
