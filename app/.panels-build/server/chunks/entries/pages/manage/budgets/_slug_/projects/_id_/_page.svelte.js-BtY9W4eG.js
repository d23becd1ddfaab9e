import { ak as head, ai as attr, ah as escape_html, am as attr_class, aj as ensure_array_like, al as stringify, T as derived } from '../../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { y as view_public_page, cF as budgets_photo_alt, cD as budgets_photo, iK as budgets_update_text, c5 as budgets_progress, c4 as status, iL as budgets_decision, iM as budgets_justification, dv as budgets_corrected_cost, iN as budgets_stage, hY as saved, dp as budgets_supporters, iO as budgets_verify_title, dt as budgets_positive, du as budgets_negative, iP as budgets_justification_hint, iQ as budgets_corrected_cost_hint, iR as budgets_verify_save, dw as budgets_appeal, a2 as formatDate, iS as budgets_appeal_accept, iT as budgets_appeal_reject, iU as budgets_appeal_decide, iV as budgets_implementation_update, iW as budgets_progress_pct, c6 as budgets_department, iX as budgets_volunteers_wanted_hint, iY as budgets_volunteers_wanted, iZ as budgets_publish_update, i_ as budgets_volunteers, i$ as budgets_manage_project } from '../../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { f as fixForm, l as label, p as pln } from '../../../../../../../chunks/labels2.js-DBPeSgq5.js';
import { E as ErrorSummary } from '../../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../../chunks/Field.js-vQ4NKkpV.js';
import '../../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/budgets/[slug]/projects/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.p);
		const pr = derived(() => p().project);
		const err = derived(() => form && "fields" in form ? form.fields : {});
		const val = derived(() => form && "values" in form ? form.values : {});
		const open = derived(() => p().appeals.filter((a) => a.accepted === null));
		head("1l3llfq", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(budgets_manage_project())} — ${escape_html(pr().title)}</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><a${attr("href", localizeHref(`/manage/budgets/${p().processSlug}`))}>${escape_html(p().processTitle)}</a> · <a${attr("href", localizeHref(`/budgets/${p().processSlug}/projects/${pr().id}`))}>${escape_html(view_public_page())}</a></p> <h1>${escape_html(pr().title)}</h1> `);
		ErrorSummary($$renderer, {
			form: fixForm(form && "fields" in form ? form : null),
			labels: {
				stage: budgets_stage(),
				positive: budgets_decision(),
				justification: budgets_justification(),
				correctedCost: budgets_corrected_cost(),
				decision: budgets_justification(),
				accepted: budgets_decision(),
				status: status(),
				progress: budgets_progress(),
				body: budgets_update_text(),
				photo: budgets_photo(),
				alt: budgets_photo_alt()
			}
		});
		$$renderer.push(`<!----> `);
		if (form && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p><span class="tag">${escape_html(label("status", pr().status))}</span> ${escape_html(p().pool?.name)} · ${escape_html(pln(p().project.effectiveCost))} · ${escape_html(budgets_supporters())}: ${escape_html(p().supporters)}</p> <p class="comment-body">${escape_html(pr().description)}</p> `);
		if (!p().edition.historical && p().phase !== "voting" && p().phase !== "results" && p().phase !== "implementation" && pr().status !== "draft") {
			$$renderer.push(`<!--[0--><h2 id="verify-h">${escape_html(budgets_verify_title())}</h2> <form method="POST" action="?/verify" class="stack" aria-labelledby="verify-h" novalidate=""><fieldset${attr_class("field", void 0, { "has-error": !!err().stage })} id="stage"><legend>${escape_html(budgets_stage())}</legend> <!--[-->`);
			const each_array = ensure_array_like(["formal", "merit"]);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let s = each_array[$$index];
				$$renderer.push(`<label><input type="radio" name="stage"${attr("value", s)}${attr("checked", val().stage === s, true)}/> ${escape_html(label("stage", s))}</label>`);
			}
			$$renderer.push(`<!--]--></fieldset> <fieldset${attr_class("field", void 0, { "has-error": !!err().positive })} id="positive"><legend>${escape_html(budgets_decision())}</legend> <label><input type="radio" name="positive" value="yes"${attr("checked", val().positive === "yes", true)}/> ${escape_html(budgets_positive())}</label> <label><input type="radio" name="positive" value="no"${attr("checked", val().positive === "no", true)}/> ${escape_html(budgets_negative())}</label></fieldset> `);
			Field($$renderer, {
				name: "justification",
				label: budgets_justification(),
				hint: budgets_justification_hint(),
				value: val().justification,
				error: err().justification,
				multiline: true,
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "correctedCost",
				label: budgets_corrected_cost(),
				hint: budgets_corrected_cost_hint(),
				value: val().correctedCost,
				error: err().correctedCost,
				inputmode: "numeric"
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(budgets_verify_save())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array_1 = ensure_array_like(open());
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let a = each_array_1[$$index_1];
			$$renderer.push(`<section${attr("aria-labelledby", `appeal-${stringify(a.id)}`)}><h2${attr("id", `appeal-${stringify(a.id)}`)}>${escape_html(budgets_appeal())} · ${escape_html(formatDate(a.createdAt))}</h2> <p class="comment-body">${escape_html(a.body)}</p> <form method="POST" action="?/appeal" class="stack" novalidate=""><input type="hidden" name="appealId"${attr("value", a.id)}/> <fieldset${attr_class("field", void 0, { "has-error": !!err().accepted })} id="accepted"><legend>${escape_html(budgets_decision())}</legend> <label><input type="radio" name="accepted" value="yes"/> ${escape_html(budgets_appeal_accept())}</label> <label><input type="radio" name="accepted" value="no"/> ${escape_html(budgets_appeal_reject())}</label></fieldset> `);
			Field($$renderer, {
				name: "decision",
				label: budgets_justification(),
				error: err().decision,
				multiline: true,
				required: true
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(budgets_appeal_decide())}</button></form></section>`);
		}
		$$renderer.push(`<!--]--> `);
		if (p().winner) {
			$$renderer.push(`<!--[0--><h2 id="impl-h">${escape_html(budgets_implementation_update())}</h2> <form method="POST" action="?/update" enctype="multipart/form-data" class="stack" aria-labelledby="impl-h" novalidate=""><div class="field"><label for="status">${escape_html(status())}</label> <select id="status" name="status"><!--[-->`);
			const each_array_2 = ensure_array_like([
				"planned",
				"design",
				"in_progress",
				"done",
				"cancelled"
			]);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let s = each_array_2[$$index_2];
				$$renderer.option({
					value: s,
					selected: (val().status ?? pr().implStatus) === s
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(label("impl", s))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> `);
			Field($$renderer, {
				name: "progress",
				label: budgets_progress_pct(),
				value: val().progress ?? pr().implProgress ?? 0,
				error: err().progress,
				inputmode: "numeric"
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "department",
				label: budgets_department(),
				value: val().department ?? pr().implDepartment ?? "",
				error: err().department
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "body",
				label: budgets_update_text(),
				value: val().body,
				error: err().body,
				multiline: true,
				required: true
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "volunteersWanted",
				label: budgets_volunteers_wanted(),
				hint: budgets_volunteers_wanted_hint(),
				value: val().volunteersWanted ?? pr().volunteersWanted ?? "",
				error: err().volunteersWanted,
				multiline: true
			});
			$$renderer.push(`<!----> <div${attr_class("field", void 0, { "has-error": !!err().photo })}><label for="photo">${escape_html(budgets_photo())}</label><input type="file" id="photo" name="photo" accept="image/jpeg,image/png,image/webp"/></div> `);
			Field($$renderer, {
				name: "alt",
				label: budgets_photo_alt(),
				error: err().alt
			});
			$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(budgets_publish_update())}</button></form> `);
			if (data.volunteers.length) {
				$$renderer.push(`<!--[0--><h2>${escape_html(budgets_volunteers())}</h2> <ul><!--[-->`);
				const each_array_3 = ensure_array_like(data.volunteers);
				for (let i = 0, $$length = each_array_3.length; i < $$length; i++) {
					let v = each_array_3[i];
					$$renderer.push(`<li>${escape_html(v.name)} (${escape_html(v.email)})`);
					if (v.note) $$renderer.push(`<!--[0-->: ${escape_html(v.note)}`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BtY9W4eG.js.map
