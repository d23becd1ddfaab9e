import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, am as attr_class, al as stringify, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { oe as panels_scorecard_title, of as panels_scorecard_intro, og as panels_passed_recs, o0 as panels_rec_short, le as panels_f_status, lg as panels_f_department, lf as panels_f_deadline, oh as panels_why, li as panels_binding, a2 as formatDate, oi as panels_all_voted, oj as panels_choice_support, ok as panels_choice_oppose, ol as panels_choice_abstain, om as panels_result, lh as panels_response_title, on as panels_rstatus_passed, oo as panels_rstatus_failed, lc as panels_monitoring_title, op as panels_monitoring_intro, oq as panels_assessed, or as panels_no_assessments, os as panels_f_assessment, ot as panels_f_rating, ou as panels_publish_assessment } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../chunks/Field.js-vQ4NKkpV.js';
import { g as scoreStateName, d as responseStatusName, h as ratingName, a as pErr, b as pForm } from '../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/panels/[slug]/scorecard/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const c = derived(() => data.card);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const err = (k) => failed()?.fields?.[k] ?? "";
		const val = (k) => failed() && "values" in failed() ? failed().values?.[k] ?? "" : "";
		const states = [
			"done",
			"in_progress",
			"late",
			"rejected",
			"awaiting"
		];
		head("n7hrjx", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_scorecard_title())} — ${escape_html(p().title)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(panels_scorecard_title())}</h1> <p class="lead">${escape_html(panels_scorecard_intro({ n: c().total }))}</p> <ul class="scorecard svelte-n7hrjx"${attr("aria-label", panels_scorecard_title())}><!--[-->`);
		const each_array = ensure_array_like(states);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let s = each_array[$$index];
			$$renderer.push(`<li${attr_class(`score-${stringify(s)}`, "svelte-n7hrjx")}><span class="big svelte-n7hrjx">${escape_html(c().counts[s])}</span> ${escape_html(scoreStateName(s))}</li>`);
		}
		$$renderer.push(`<!--]--></ul> `);
		if (c().items.length) {
			$$renderer.push(`<!--[0--><div class="table-wrap"><table><caption>${escape_html(panels_passed_recs())}</caption><thead><tr><th scope="col">${escape_html(panels_rec_short())}</th><th scope="col">${escape_html(panels_f_status())}</th><th scope="col">${escape_html(panels_f_department())}</th><th scope="col">${escape_html(panels_f_deadline())}</th><th scope="col">${escape_html(panels_why())}</th></tr></thead><tbody><!--[-->`);
			const each_array_1 = ensure_array_like(c().items);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let i = each_array_1[$$index_1];
				$$renderer.push(`<tr><th scope="row"><a${attr("href", localizeHref(`/panels/${p().slug}/recommendations/${i.number}`))}>${escape_html(i.number)}. ${escape_html(i.title)}</a>`);
				if (i.binding) $$renderer.push(`<!--[0--><span class="tag">${escape_html(panels_binding())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></th><td${attr_class(`state-${stringify(i.state)}`, "svelte-n7hrjx")}>${escape_html(scoreStateName(i.state))}</td><td>${escape_html(i.response?.department ?? "—")}</td><td>${escape_html(i.response?.deadline ? formatDate(i.response.deadline) : "—")}</td><td>${escape_html(i.state === "rejected" || i.state === "late" ? i.response?.response ?? "" : "")}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.recs.length) {
			$$renderer.push(`<!--[0--><section aria-labelledby="all"><h2 id="all">${escape_html(panels_all_voted())}</h2> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(panels_rec_short())}</th><th scope="col">${escape_html(panels_choice_support())}</th><th scope="col">${escape_html(panels_choice_oppose())}</th><th scope="col">${escape_html(panels_choice_abstain())}</th><th scope="col">${escape_html(panels_result())}</th><th scope="col">${escape_html(panels_response_title())}</th></tr></thead><tbody><!--[-->`);
			const each_array_2 = ensure_array_like(data.recs);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let r = each_array_2[$$index_2];
				$$renderer.push(`<tr><th scope="row"><a${attr("href", localizeHref(`/panels/${p().slug}/recommendations/${r.number}`))}>${escape_html(r.number)}. ${escape_html(r.title)}</a></th><td>${escape_html(r.votesFor)}</td><td>${escape_html(r.votesAgainst)}</td><td>${escape_html(r.votesAbstain)}</td><td>${escape_html(r.status === "passed" ? panels_rstatus_passed() : panels_rstatus_failed())}`);
				if (r.binding) $$renderer.push(`<!--[0--> (${escape_html(panels_binding())})`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></td><td>${escape_html(r.response ? responseStatusName(r.response.status) : "—")}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="monitoring"><h2 id="monitoring">${escape_html(panels_monitoring_title())}</h2> <p>${escape_html(panels_monitoring_intro({ days: p().monitoringIntervalDays }))}</p> `);
		if (form && "assessed" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_assessed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		const each_array_3 = ensure_array_like(data.assessments);
		if (each_array_3.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let a = each_array_3[$$index_3];
				$$renderer.push(`<article class="comment"><p class="meta"><strong>${escape_html(ratingName(a.rating))}</strong> · ${escape_html(formatDate(a.createdAt))}</p><p class="comment-body">${escape_html(a.body)}</p></article>`);
			}
		} else $$renderer.push(`<!--[!--><p>${escape_html(panels_no_assessments())}</p>`);
		$$renderer.push(`<!--]--> `);
		if (p().isMonitor) {
			$$renderer.push("<!--[0-->");
			ErrorSummary($$renderer, {
				form: failed(),
				labels: {
					rating: panels_f_rating(),
					body: panels_f_assessment()
				}
			});
			$$renderer.push(`<!----> <form method="POST" action="?/assess" class="stack" novalidate=""><fieldset${attr_class("field svelte-n7hrjx", void 0, { "has-error": !!err("rating") })} id="rating"><legend class="svelte-n7hrjx">${escape_html(panels_f_rating())}</legend> `);
			if (err("rating")) $$renderer.push(`<!--[0--><p class="error">${escape_html(pErr(err("rating")))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <!--[-->`);
			const each_array_4 = ensure_array_like([
				"on_track",
				"at_risk",
				"off_track"
			]);
			for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
				let r = each_array_4[$$index_4];
				$$renderer.push(`<label class="choice svelte-n7hrjx"><input type="radio" name="rating"${attr("value", r)}${attr("checked", val("rating") === r, true)}/> ${escape_html(ratingName(r))}</label>`);
			}
			$$renderer.push(`<!--]--></fieldset> `);
			Field($$renderer, {
				name: "body",
				label: panels_f_assessment(),
				value: val("body"),
				error: err("body"),
				multiline: true,
				required: true
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(panels_publish_assessment())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-kjzuHYyl.js.map
