import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, am as attr_class, T as derived } from '../../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { C as consultations_manage_survey, jS as consultations_survey_not_enabled, jT as consultations_preview_survey, jU as consultations_question_added, hY as saved, jV as consultations_condition_value, jW as consultations_condition_question, jX as consultations_scale_max, jY as consultations_question_rows, jZ as consultations_question_options, j_ as consultations_question_prompt, j$ as consultations_question_kind, k0 as consultations_questions_n, hh as consultations_required, hm as consultations_condition_hint, k1 as consultations_move_up, k2 as consultations_move_down, jk as consultations_remove, k3 as consultations_add_question, k4 as consultations_question_hint, k5 as consultations_question_options_hint, k6 as consultations_question_rows_hint, k7 as consultations_scale_min, k8 as consultations_required_question, k9 as consultations_condition, ka as consultations_condition_builder_hint, kb as consultations_always_shown } from '../../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../../chunks/Field.js-vQ4NKkpV.js';
import { q as questionKindName, l as localized } from '../../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/manage/consultations/[slug]/survey/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const values = derived(() => form && "values" in form ? form.values : {});
		const choiceQuestions = derived(() => data.questions.filter((q) => q.kind === "single" || q.kind === "multiple"));
		head("pc2mgq", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_manage_survey())} — ${escape_html(data.c.process.title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(consultations_manage_survey())}</h1> `);
		if (!data.c.settings.forms.includes("survey")) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(consultations_survey_not_enabled())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p><a${attr("href", localizeHref(`/consultations/${data.c.process.slug}/survey`))}>${escape_html(consultations_preview_survey())}</a></p> `);
		if (form && "added" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(consultations_question_added())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && ("moved" in form || "removed" in form)) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: f(),
			labels: {
				kind: consultations_question_kind(),
				prompt: consultations_question_prompt(),
				options: consultations_question_options(),
				rows: consultations_question_rows(),
				scaleMax: consultations_scale_max(),
				conditionQuestionId: consultations_condition_question(),
				conditionValue: consultations_condition_value()
			}
		});
		$$renderer.push(`<!----> <section aria-labelledby="questions-h"><h2 id="questions-h">${escape_html(consultations_questions_n({ n: data.questions.length }))}</h2> <ol class="questions svelte-pc2mgq"><!--[-->`);
		const each_array = ensure_array_like(data.questions);
		for (let i = 0, $$length = each_array.length; i < $$length; i++) {
			let q = each_array[i];
			$$renderer.push(`<li class="svelte-pc2mgq"><p><strong>${escape_html(q.prompt)}</strong> <span class="tag">${escape_html(questionKindName(q.kind))}</span>`);
			if (q.required) $$renderer.push(`<!--[0--><span class="tag">${escape_html(consultations_required())}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p> `);
			if (q.options.length) $$renderer.push(`<!--[0--><p class="meta">${escape_html(q.options.join(" · "))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (q.rows.length) $$renderer.push(`<!--[0--><p class="meta">${escape_html(consultations_question_rows())}: ${escape_html(q.rows.join(" · "))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (q.kind === "scale") $$renderer.push(`<!--[0--><p class="meta">${escape_html(q.scaleMin)}–${escape_html(q.scaleMax)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (q.conditionQuestionId) $$renderer.push(`<!--[0--><p class="meta">${escape_html(consultations_condition_hint({
				question: data.questions.find((x) => x.id === q.conditionQuestionId)?.prompt ?? "",
				answer: q.conditionValue ?? ""
			}))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <div class="actions">`);
			if (i > 0) $$renderer.push(`<!--[0--><form method="POST" action="?/move" class="inline-form"><input type="hidden" name="questionId"${attr("value", q.id)}/><input type="hidden" name="direction" value="up"/><button class="secondary" type="submit">${escape_html(consultations_move_up())}<span class="visually-hidden">: ${escape_html(q.prompt)}</span></button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (i < data.questions.length - 1) $$renderer.push(`<!--[0--><form method="POST" action="?/move" class="inline-form"><input type="hidden" name="questionId"${attr("value", q.id)}/><input type="hidden" name="direction" value="down"/><button class="secondary" type="submit">${escape_html(consultations_move_down())}<span class="visually-hidden">: ${escape_html(q.prompt)}</span></button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/remove" class="inline-form"><input type="hidden" name="questionId"${attr("value", q.id)}/><button class="danger" type="submit">${escape_html(consultations_remove())}<span class="visually-hidden">: ${escape_html(q.prompt)}</span></button></form></div></li>`);
		}
		$$renderer.push(`<!--]--></ol></section> <section aria-labelledby="add-h"><h2 id="add-h">${escape_html(consultations_add_question())}</h2> <form method="POST" action="?/add" class="stack" novalidate=""><div${attr_class("field", void 0, { "has-error": !!errors().kind })}><label for="kind">${escape_html(consultations_question_kind())}</label> `);
		if (errors().kind) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors().kind)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <select id="kind" name="kind"><!--[-->`);
		const each_array_1 = ensure_array_like(data.kinds);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let k = each_array_1[$$index_1];
			$$renderer.option({
				value: k,
				selected: values().kind === k
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(questionKindName(k))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		Field($$renderer, {
			name: "prompt",
			label: consultations_question_prompt(),
			value: values().prompt,
			error: errors().prompt,
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "hint",
			label: consultations_question_hint(),
			value: values().hint,
			error: errors().hint
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "options",
			label: consultations_question_options(),
			hint: consultations_question_options_hint(),
			value: values().options,
			error: errors().options,
			multiline: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "rows",
			label: consultations_question_rows(),
			hint: consultations_question_rows_hint(),
			value: values().rows,
			error: errors().rows,
			multiline: true
		});
		$$renderer.push(`<!----> <div class="actions">`);
		Field($$renderer, {
			name: "scaleMin",
			label: consultations_scale_min(),
			type: "number",
			value: values().scaleMin ?? "1",
			error: errors().scaleMin
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "scaleMax",
			label: consultations_scale_max(),
			type: "number",
			value: values().scaleMax ?? "5",
			error: errors().scaleMax
		});
		$$renderer.push(`<!----></div> <label class="choice svelte-pc2mgq"><input type="checkbox" name="required"${attr("checked", values().required === "on", true)}/> ${escape_html(consultations_required_question())}</label> <fieldset><legend>${escape_html(consultations_condition())}</legend> <p class="hint">${escape_html(consultations_condition_builder_hint())}</p> <div${attr_class("field", void 0, { "has-error": !!errors().conditionQuestionId })}><label for="conditionQuestionId">${escape_html(consultations_condition_question())}</label> `);
		if (errors().conditionQuestionId) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors().conditionQuestionId)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <select id="conditionQuestionId" name="conditionQuestionId">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(consultations_always_shown())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_2 = ensure_array_like(choiceQuestions());
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let q = each_array_2[$$index_2];
			$$renderer.option({
				value: q.id,
				selected: values().conditionQuestionId === q.id
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(q.prompt)}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		Field($$renderer, {
			name: "conditionValue",
			label: consultations_condition_value(),
			value: values().conditionValue,
			error: errors().conditionValue
		});
		$$renderer.push(`<!----></fieldset> <button class="primary" type="submit">${escape_html(consultations_add_question())}</button></form></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-B4Fj1pES.js.map
