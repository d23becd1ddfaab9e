import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { ke as panels_size, nc as panels_seats, ne as panels_reserves_n, nf as panels_threshold, ng as panels_threshold_text, lU as panels_registered, aa as formatNumber, nh as panels_privacy, ni as panels_privacy_text, nj as panels_withdrawn, nk as panels_join_title, nl as panels_my_status, nm as panels_my_probability, nn as panels_withdraw_hint, no as panels_withdraw, np as panels_join_open, nq as panels_join_code, nr as panels_join_button, ns as panels_join_closed, kt as panels_criteria_title, nt as panels_criteria_public, ky as panels_value, kz as panels_share, lV as panels_seats_range, nu as panels_letters_public_title, nv as panels_letters_public, a2 as formatDate, lP as panels_seed, nw as panels_letters_rule, nx as panels_submissions_title, ny as panels_submissions_intro, nz as panels_submitted, nA as panels_f_organisation, nB as panels_f_body, kZ as panels_f_title, nC as panels_f_organisation_hint, nD as panels_submit, nE as panels_signin_to_submit, d2 as anonymised_author, p as panels_title } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../chunks/Field.js-vQ4NKkpV.js';
import { v as volunteerStatusName, p as percent, f as featureName, b as pForm } from '../../../../chunks/labels.js-es-x4W90.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/panels/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const err = (k) => failed()?.fields?.[k] ?? "";
		const val = (k) => failed() && "values" in failed() ? failed().values?.[k] ?? "" : "";
		head("1lxny8u", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(p().title)} — ${escape_html(panels_title())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(p().title)}</h1> <p class="lead">${escape_html(p().question)}</p> <p>${escape_html(p().description)}</p> <dl class="scope"><div><dt>${escape_html(panels_size())}</dt><dd>${escape_html(panels_seats({ size: p().size }))}, ${escape_html(panels_reserves_n({ n: p().reserves }))}</dd></div> <div><dt>${escape_html(panels_threshold())}</dt><dd>${escape_html(panels_threshold_text({ pct: p().thresholdPct }))}</dd></div> <div><dt>${escape_html(panels_registered())}</dt><dd>${escape_html(formatNumber(p().counts.registered))}</dd></div> <div><dt>${escape_html(panels_privacy())}</dt><dd>${escape_html(panels_privacy_text({ days: p().challengeWindowDays }))}</dd></div></dl> `);
		if (form && "withdrawn" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_withdrawn())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="join"><h2 id="join">${escape_html(panels_join_title())}</h2> `);
		if (p().mine) {
			$$renderer.push(`<!--[0--><p>${escape_html(panels_my_status())}: <strong>${escape_html(volunteerStatusName(p().mine.status))}</strong>`);
			if (p().mine.probability !== null) $$renderer.push(`<!--[0-->. ${escape_html(panels_my_probability())}: <strong>${escape_html(percent(p().mine.probability, 2))}</strong>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p> `);
			if (p().mine.status !== "withdrawn") $$renderer.push(`<!--[0--><form method="POST" action="?/withdraw" class="stack" novalidate=""><p class="hint">${escape_html(panels_withdraw_hint())}</p> <button class="danger" type="submit">${escape_html(panels_withdraw())}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else if (p().stage === "recruitment") $$renderer.push(`<!--[1--><p>${escape_html(p().openRegistration ? panels_join_open() : panels_join_code())}</p> <p><a class="button"${attr("href", localizeHref(`/panels/${p().slug}/volunteer`))}>${escape_html(panels_join_button())}</a></p>`);
		else $$renderer.push(`<!--[-1--><p>${escape_html(panels_join_closed())}</p>`);
		$$renderer.push(`<!--]--></section> `);
		if (p().features.length) {
			$$renderer.push(`<!--[0--><section aria-labelledby="criteria"><h2 id="criteria">${escape_html(panels_criteria_title())}</h2> <p>${escape_html(panels_criteria_public())}</p> <!--[-->`);
			const each_array = ensure_array_like(p().features);
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let f = each_array[$$index_1];
				$$renderer.push(`<div class="table-wrap"><table><caption>${escape_html(featureName(f))}</caption><thead><tr><th scope="col">${escape_html(panels_value())}</th><th scope="col">${escape_html(panels_share())}</th><th scope="col">${escape_html(panels_seats_range())}</th></tr></thead><tbody><!--[-->`);
				const each_array_1 = ensure_array_like(p().quotas.filter((q) => q.feature === f));
				for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
					let q = each_array_1[$$index];
					$$renderer.push(`<tr><th scope="row">${escape_html(q.label)}</th><td>${escape_html(q.share === null ? "—" : percent(q.share))}</td><td>${escape_html(q.min)}–${escape_html(q.max)}</td></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></div>`);
			}
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p().letterSeed) $$renderer.push(`<!--[0--><section aria-labelledby="letters"><h2 id="letters">${escape_html(panels_letters_public_title())}</h2> <p>${escape_html(panels_letters_public({ date: formatDate(p().lettersDrawnAt) }))}</p> <p>${escape_html(panels_seed())}: <code>${escape_html(p().letterSeed)}</code></p> <p class="hint">${escape_html(panels_letters_rule())}</p></section>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="ideas"><h2 id="ideas">${escape_html(panels_submissions_title())}</h2> <p>${escape_html(panels_submissions_intro())}</p> `);
		if (form && "submitted" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_submitted())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: failed(),
			labels: {
				title: panels_f_title(),
				body: panels_f_body(),
				organisation: panels_f_organisation()
			}
		});
		$$renderer.push(`<!----> `);
		if (data.canSubmit && p().stage !== "followup" && p().stage !== "finished") {
			$$renderer.push(`<!--[0--><form method="POST" action="?/submit" class="stack" novalidate="">`);
			Field($$renderer, {
				name: "title",
				label: panels_f_title(),
				value: val("title"),
				error: err("title"),
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "body",
				label: panels_f_body(),
				value: val("body"),
				error: err("body"),
				multiline: true,
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "organisation",
				label: panels_f_organisation(),
				hint: panels_f_organisation_hint(),
				value: val("organisation"),
				error: err("organisation")
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(panels_submit())}</button></form>`);
		} else if (!data.canSubmit) $$renderer.push(`<!--[1--><p><a${attr("href", localizeHref(`/signin?next=/panels/${p().slug}`))}>${escape_html(panels_signin_to_submit())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.submissions.length) {
			$$renderer.push(`<!--[0--><ul class="comments"><!--[-->`);
			const each_array_2 = ensure_array_like(data.submissions);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let s = each_array_2[$$index_2];
				$$renderer.push(`<li><article class="comment"><h3>${escape_html(s.title)}</h3><p class="meta">${escape_html(s.organisation ?? s.authorName ?? anonymised_author())} · ${escape_html(formatDate(s.createdAt))}</p><p class="comment-body">${escape_html(s.body)}</p></article></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-TTNX4rc-.js.map
