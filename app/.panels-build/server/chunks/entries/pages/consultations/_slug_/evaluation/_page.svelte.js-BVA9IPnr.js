import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, am as attr_class, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { fU as consultations_evaluation_thanks, H as consultations_nav_report, fV as consultations_evaluation, fW as consultations_evaluation_not_open, fX as consultations_evaluation_participants_only, fY as consultations_evaluation_lead, fZ as consultations_eval_again_q, f_ as consultations_eval_heard_q, f$ as consultations_eval_scope_clear_q, g0 as consultations_eval_scale_hint, eX as consultations_eval_again_yes, g1 as consultations_eval_again_maybe, g2 as consultations_eval_again_no, g3 as consultations_eval_comment, g4 as consultations_eval_send } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { l as localized } from '../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/consultations/[slug]/evaluation/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.c.process);
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const values = derived(() => form && "values" in form ? form.values : {});
		const scales = [{
			name: "scopeClear",
			label: () => consultations_eval_scope_clear_q()
		}, {
			name: "heard",
			label: () => consultations_eval_heard_q()
		}];
		head("vsuzgu", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_evaluation())} — ${escape_html(p().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta">${escape_html(p().title)}</p> `);
		if (form && "evaluated" in form) $$renderer.push(`<!--[0--><div class="confirm svelte-vsuzgu" role="status"><h1 class="svelte-vsuzgu">${escape_html(consultations_evaluation_thanks())}</h1></div> <p><a${attr("href", localizeHref(`/consultations/${p().slug}/report`))}>${escape_html(consultations_nav_report())}</a></p>`);
		else {
			$$renderer.push(`<!--[-1--><h1>${escape_html(consultations_evaluation())}</h1> `);
			if (!data.status.open) $$renderer.push(`<!--[0--><p class="notice">${escape_html(consultations_evaluation_not_open())}</p>`);
			else if (data.status.done) $$renderer.push(`<!--[1--><p class="notice">${escape_html(consultations_evaluation_thanks())}</p>`);
			else if (!data.status.participant) $$renderer.push(`<!--[2--><p class="notice">${escape_html(consultations_evaluation_participants_only())}</p>`);
			else {
				$$renderer.push(`<!--[-1--><p class="lead">${escape_html(consultations_evaluation_lead())}</p> `);
				ErrorSummary($$renderer, {
					form: f(),
					labels: {
						scopeClear: consultations_eval_scope_clear_q(),
						heard: consultations_eval_heard_q(),
						again: consultations_eval_again_q()
					}
				});
				$$renderer.push(`<!----> <form method="POST" class="stack" novalidate=""><!--[-->`);
				const each_array = ensure_array_like(scales);
				for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
					let s = each_array[$$index_1];
					$$renderer.push(`<fieldset${attr_class("field", void 0, { "has-error": !!errors()[s.name] })}><legend>${escape_html(s.label())}</legend> <p class="hint">${escape_html(consultations_eval_scale_hint())}</p> `);
					if (errors()[s.name]) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors()[s.name])}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <!--[-->`);
					const each_array_1 = ensure_array_like([
						1,
						2,
						3,
						4,
						5
					]);
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let n = each_array_1[$$index];
						$$renderer.push(`<label class="choice svelte-vsuzgu"><input type="radio"${attr("id", n === 1 ? s.name : `${s.name}-${n}`)}${attr("name", s.name)}${attr("value", n)}${attr("checked", values()[s.name] === String(n), true)}/> ${escape_html(n)}</label>`);
					}
					$$renderer.push(`<!--]--></fieldset>`);
				}
				$$renderer.push(`<!--]--> <fieldset${attr_class("field", void 0, { "has-error": !!errors().again })}><legend>${escape_html(consultations_eval_again_q())}</legend> `);
				if (errors().again) $$renderer.push(`<!--[0--><p class="error">${escape_html(errors().again)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <!--[-->`);
				const each_array_2 = ensure_array_like([
					["yes", consultations_eval_again_yes()],
					["maybe", consultations_eval_again_maybe()],
					["no", consultations_eval_again_no()]
				]);
				for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
					let [v, l] = each_array_2[i];
					$$renderer.push(`<label class="choice svelte-vsuzgu"><input type="radio"${attr("id", i === 0 ? "again" : `again-${v}`)} name="again"${attr("value", v)}${attr("checked", values().again === v, true)}/> ${escape_html(l)}</label>`);
				}
				$$renderer.push(`<!--]--></fieldset> <div class="field"><label for="comment">${escape_html(consultations_eval_comment())}</label> <textarea id="comment" name="comment">`);
				const $$body = escape_html(values().comment ?? "");
				if ($$body) $$renderer.push(`${$$body}`);
				$$renderer.push(`</textarea></div> <button class="primary" type="submit">${escape_html(consultations_eval_send())}</button></form>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BVA9IPnr.js.map
