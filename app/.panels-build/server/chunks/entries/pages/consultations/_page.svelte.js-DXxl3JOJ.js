import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, T as derived } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { eM as consultations_title, eN as consultations_lead, eO as consultations_open_data_json, eP as consultations_none, a2 as formatDate, eQ as topicName, eR as consultations_evaluation_across, eS as consultations_evaluation_none, eT as consultations_title_col, eU as consultations_eval_responses, eV as consultations_eval_scope_clear, eW as consultations_eval_heard, eX as consultations_eval_again_yes, eY as consultations_all } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { s as stageName } from '../../../chunks/util.js-DsvsUjlA.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/consultations/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const ev = derived(() => data.evaluation);
		head("lxvow9", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(consultations_title())}</h1> <p class="lead">${escape_html(consultations_lead())}</p> <p><a${attr("href", localizeHref("/api/v1/consultations"))}>${escape_html(consultations_open_data_json())}</a> · <a${attr("href", localizeHref("/api/v1/consultations.csv"))}>CSV</a></p> `);
		if (data.consultations.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="cards"><!--[-->`);
			const each_array = ensure_array_like(data.consultations);
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let c = each_array[$$index_1];
				$$renderer.push(`<li class="card"><h2 class="h3 svelte-lxvow9"><a${attr("href", localizeHref(`/consultations/${c.slug}`))}>${escape_html(c.title)}</a></h2> <p class="meta"><span class="tag">${escape_html(stageName(c.stage))}</span>`);
				if (c.settings.startsAt && c.settings.endsAt) $$renderer.push(`<!--[0-->${escape_html(formatDate(c.settings.startsAt))} – ${escape_html(formatDate(c.settings.endsAt))}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> `);
				if (c.topics.length) {
					$$renderer.push(`<!--[0--><p><!--[-->`);
					const each_array_1 = ensure_array_like(c.topics);
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let t = each_array_1[$$index];
						$$renderer.push(`<span class="tag">${escape_html(topicName(t))}</span>`);
					}
					$$renderer.push(`<!--]--></p>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--> <section aria-labelledby="evaluation-across"><h2 id="evaluation-across">${escape_html(consultations_evaluation_across())}</h2> `);
		if (ev().overall.responses === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_evaluation_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><div class="table-wrap"><table><caption class="visually-hidden">${escape_html(consultations_evaluation_across())}</caption><thead><tr><th scope="col">${escape_html(consultations_title_col())}</th><th scope="col">${escape_html(consultations_eval_responses())}</th><th scope="col">${escape_html(consultations_eval_scope_clear())}</th><th scope="col">${escape_html(consultations_eval_heard())}</th><th scope="col">${escape_html(consultations_eval_again_yes())}</th></tr></thead><tbody><!--[-->`);
			const each_array_2 = ensure_array_like(ev().consultations);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let c = each_array_2[$$index_2];
				$$renderer.push(`<tr><th scope="row"><a${attr("href", localizeHref(`/consultations/${c.slug}/report`))}>${escape_html(c.title)}</a></th><td>${escape_html(c.responses)}</td><td>${escape_html(c.scopeClear ?? "—")} / 5</td><td>${escape_html(c.heard ?? "—")} / 5</td><td>${escape_html(c.again.yes)}</td></tr>`);
			}
			$$renderer.push(`<!--]--><tr><th scope="row">${escape_html(consultations_all())}</th><td>${escape_html(ev().overall.responses)}</td><td>${escape_html(ev().overall.scopeClear ?? "—")} / 5</td><td>${escape_html(ev().overall.heard ?? "—")} / 5</td><td>${escape_html(ev().overall.again.yes)}</td></tr></tbody></table></div>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DXxl3JOJ.js.map
