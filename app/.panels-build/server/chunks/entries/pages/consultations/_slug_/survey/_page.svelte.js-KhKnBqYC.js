import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like, am as attr_class, al as stringify, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { h9 as consultations_check_answers, e$ as consultations_form_survey, ha as consultations_survey_already, fM as consultations_not_open, hb as consultations_signin_to_answer, hc as consultations_check_lead, be as change, hd as consultations_send_answers, he as consultations_survey_anonymous_caveat, hf as consultations_survey_signed_note, hg as consultations_question_n, hh as consultations_required, hi as consultations_ranking_hint, hj as consultations_map_point_hint, aM as latitude, aL as longitude, hk as consultations_continue, hl as consultations_not_answered, hm as consultations_condition_hint } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { C as ConsultationNav } from '../../../../../chunks/ConsultationNav.js-r1GSzoDI.js';
import { P as PinMap } from '../../../../../chunks/PinMap.js-BB3NQyzH.js';
import { l as localized } from '../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/consultations/[slug]/survey/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const c = derived(() => data.c);
		const p = derived(() => c().process);
		const f = derived(() => localized(form && "fields" in form ? form : null));
		const errors = derived(() => f()?.fields ?? {});
		const prefill = derived(() => (form && "prefill" in form ? form.prefill : {}) ?? {});
		const review = derived(() => form && "review" in form ? form : null);
		const labels = derived(() => Object.fromEntries(data.questions.map((q) => [`q_${q.id}`, q.prompt])));
		const str = (v) => v === void 0 || v === null ? "" : String(v);
		const has = (v, o) => Array.isArray(v) ? v.includes(o) : v === o;
		function rankOf(v, options, i) {
			if (!Array.isArray(v)) return "";
			if (v.length === options.length && v.every((x) => options.includes(String(x)))) return String(v.indexOf(options[i]) + 1);
			return str(v[i]);
		}
		const cell = (v, row) => v && typeof v === "object" ? str(v[row]) : "";
		const coord = (v, k) => v && typeof v === "object" ? str(v[k]) : "";
		function shown(v) {
			if (v === void 0) return consultations_not_answered();
			if (Array.isArray(v)) return v.map((x, i) => typeof x === "string" ? `${i + 1}. ${x}` : String(x)).join(", ");
			if (v && typeof v === "object") {
				const o = v;
				if ("lat" in o && "lon" in o) return `${o.lat}, ${o.lon}`;
				return Object.entries(o).map(([k, x]) => `${k}: ${x}`).join("; ");
			}
			return String(v);
		}
		const conditionText = (q) => {
			const target = data.questions.find((x) => x.id === q.conditionQuestionId);
			return target ? consultations_condition_hint({
				question: target.prompt,
				answer: q.conditionValue ?? ""
			}) : "";
		};
		head("k0eh8m", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(review() ? consultations_check_answers() : consultations_form_survey())} — ${escape_html(p().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta">${escape_html(p().title)}</p> <h1>${escape_html(review() ? consultations_check_answers() : consultations_form_survey())}</h1> `);
		ConsultationNav($$renderer, {
			slug: p().slug,
			forms: c().settings.forms,
			current: "survey",
			reportPublished: !!c().settings.reportPublishedAt
		});
		$$renderer.push(`<!----> `);
		if (data.answered) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(consultations_survey_already())}</p>`);
		else if (!c().open) $$renderer.push(`<!--[1--><p class="notice">${escape_html(consultations_not_open())}</p>`);
		else if (!c().settings.surveyAnonymous && !data.signedIn) $$renderer.push(`<!--[2--><p><a${attr("href", localizeHref(`/signin?next=/consultations/${p().slug}/survey`))}>${escape_html(consultations_signin_to_answer())}</a></p>`);
		else if (review()) {
			$$renderer.push(`<!--[3--><p>${escape_html(consultations_check_lead())}</p> <dl class="scope check-answers"><!--[-->`);
			const each_array = ensure_array_like(data.questions);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let q = each_array[$$index];
				if (review().answers[q.id] !== void 0 || !q.conditionQuestionId) $$renderer.push(`<!--[0--><div><dt>${escape_html(q.prompt)}</dt><dd>${escape_html(shown(review().answers[q.id]))}</dd></div>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></dl> <div class="actions"><form method="POST" action="?/edit"><input type="hidden" name="answers_json"${attr("value", review().answersJson)}/> <button class="secondary" type="submit">${escape_html(change())}</button></form> <form method="POST" action="?/submit"><input type="hidden" name="answers_json"${attr("value", review().answersJson)}/> <button class="primary" type="submit">${escape_html(consultations_send_answers())}</button></form></div>`);
		} else {
			$$renderer.push("<!--[-1-->");
			if (c().settings.surveyIntro) $$renderer.push(`<!--[0--><p class="lead">${escape_html(c().settings.surveyIntro)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p class="hint">${escape_html(c().settings.surveyAnonymous ? consultations_survey_anonymous_caveat() : consultations_survey_signed_note())}</p> `);
			ErrorSummary($$renderer, {
				form: f(),
				labels: labels()
			});
			$$renderer.push(`<!----> <form method="POST" action="?/review" class="stack" novalidate=""><!--[-->`);
			const each_array_1 = ensure_array_like(data.questions);
			for (let qi = 0, $$length = each_array_1.length; qi < $$length; qi++) {
				let q = each_array_1[qi];
				const id = `q_${q.id}`;
				const v = prefill()[q.id];
				const err = errors()[id];
				const hintId = `${id}-hint`;
				$$renderer.push(`<fieldset${attr_class("field", void 0, { "has-error": !!err })}${attr("aria-describedby", q.hint || q.conditionQuestionId ? hintId : void 0)}><legend><span class="visually-hidden">${escape_html(consultations_question_n({ n: qi + 1 }))}:</span>${escape_html(q.prompt)}`);
				if (q.required) $$renderer.push(`<!--[0--><span class="required svelte-k0eh8m">(${escape_html(consultations_required())})</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></legend> `);
				if (q.hint || q.conditionQuestionId) $$renderer.push(`<!--[0--><p class="hint"${attr("id", hintId)}>${escape_html(q.hint)} ${escape_html(q.conditionQuestionId ? conditionText(q) : "")}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (err) $$renderer.push(`<!--[0--><p class="error"${attr("id", `${id}-error`)}>${escape_html(err)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (q.kind === "single") {
					$$renderer.push(`<!--[0--><!--[-->`);
					const each_array_2 = ensure_array_like(q.options);
					for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
						let o = each_array_2[i];
						$$renderer.push(`<label class="choice svelte-k0eh8m"><input type="radio"${attr("id", i === 0 ? id : `${id}_o${i}`)}${attr("name", id)}${attr("value", o)}${attr("checked", v === o, true)}/> ${escape_html(o)}</label>`);
					}
					$$renderer.push(`<!--]-->`);
				} else if (q.kind === "multiple") {
					$$renderer.push(`<!--[1--><!--[-->`);
					const each_array_3 = ensure_array_like(q.options);
					for (let i = 0, $$length = each_array_3.length; i < $$length; i++) {
						let o = each_array_3[i];
						$$renderer.push(`<label class="choice svelte-k0eh8m"><input type="checkbox"${attr("id", i === 0 ? id : `${id}_o${i}`)}${attr("name", id)}${attr("value", o)}${attr("checked", has(v, o), true)}/> ${escape_html(o)}</label>`);
					}
					$$renderer.push(`<!--]-->`);
				} else if (q.kind === "scale") {
					$$renderer.push(`<!--[2--><div class="scale svelte-k0eh8m"><!--[-->`);
					const each_array_4 = ensure_array_like(Array.from({ length: q.scaleMax - q.scaleMin + 1 }, (_, k) => q.scaleMin + k));
					for (let i = 0, $$length = each_array_4.length; i < $$length; i++) {
						let n = each_array_4[i];
						$$renderer.push(`<label class="choice svelte-k0eh8m"><input type="radio"${attr("id", i === 0 ? id : `${id}_o${i}`)}${attr("name", id)}${attr("value", n)}${attr("checked", str(v) === String(n), true)}/> ${escape_html(n)}</label>`);
					}
					$$renderer.push(`<!--]--></div>`);
				} else if (q.kind === "short_text") $$renderer.push(`<!--[3--><label class="visually-hidden"${attr("for", id)}>${escape_html(q.prompt)}</label> <input type="text"${attr("id", id)}${attr("name", id)}${attr("value", str(v))} maxlength="300"${attr("aria-invalid", err ? "true" : void 0)}/>`);
				else if (q.kind === "long_text") {
					$$renderer.push(`<!--[4--><label class="visually-hidden"${attr("for", id)}>${escape_html(q.prompt)}</label> <textarea${attr("id", id)}${attr("name", id)}${attr("aria-invalid", err ? "true" : void 0)}>`);
					const $$body = escape_html(str(v));
					if ($$body) $$renderer.push(`${$$body}`);
					$$renderer.push(`</textarea>`);
				} else if (q.kind === "ranking") {
					$$renderer.push(`<!--[5--><p class="hint">${escape_html(consultations_ranking_hint({ n: q.options.length }))}</p> <!--[-->`);
					const each_array_5 = ensure_array_like(q.options);
					for (let i = 0, $$length = each_array_5.length; i < $$length; i++) {
						let o = each_array_5[i];
						$$renderer.push(`<div class="inline-field svelte-k0eh8m"><label${attr("for", i === 0 ? id : `${id}_${i}`)}>${escape_html(o)}</label> <select${attr("id", i === 0 ? id : `${id}_${i}`)}${attr("name", `${id}_${stringify(i)}`)}>`);
						$$renderer.option({ value: "" }, ($$renderer) => {
							$$renderer.push(`—`);
						});
						$$renderer.push(`<!--[-->`);
						const each_array_6 = ensure_array_like(q.options);
						for (let k = 0, $$length = each_array_6.length; k < $$length; k++) {
							each_array_6[k];
							$$renderer.option({
								value: k + 1,
								selected: rankOf(v, q.options, i) === String(k + 1)
							}, ($$renderer) => {
								$$renderer.push(`${escape_html(k + 1)}`);
							});
						}
						$$renderer.push(`<!--]--></select></div>`);
					}
					$$renderer.push(`<!--]-->`);
				} else if (q.kind === "matrix") {
					$$renderer.push(`<!--[6--><!--[-->`);
					const each_array_7 = ensure_array_like(q.rows);
					for (let ri = 0, $$length = each_array_7.length; ri < $$length; ri++) {
						let r = each_array_7[ri];
						$$renderer.push(`<fieldset class="matrix-row svelte-k0eh8m"><legend class="svelte-k0eh8m">${escape_html(r)}</legend> <!--[-->`);
						const each_array_8 = ensure_array_like(q.options);
						for (let oi = 0, $$length = each_array_8.length; oi < $$length; oi++) {
							let o = each_array_8[oi];
							$$renderer.push(`<label class="choice inline svelte-k0eh8m"><input type="radio"${attr("id", ri === 0 && oi === 0 ? id : `${id}_${ri}_${oi}`)}${attr("name", `${id}_${stringify(ri)}`)}${attr("value", o)}${attr("checked", cell(v, r) === o, true)}/> ${escape_html(o)}</label>`);
						}
						$$renderer.push(`<!--]--></fieldset>`);
					}
					$$renderer.push(`<!--]-->`);
				} else if (q.kind === "map_point") {
					$$renderer.push(`<!--[7--><p class="hint">${escape_html(consultations_map_point_hint())}</p> `);
					PinMap($$renderer, {
						districts: data.districts,
						pins: [],
						fill: {
							}
					});
					$$renderer.push(`<!----> <div class="actions"><div class="inline-field svelte-k0eh8m"><label${attr("for", id)}>${escape_html(latitude())}</label><input type="text" inputmode="decimal"${attr("id", id)}${attr("name", `${id}_lat`)}${attr("value", coord(v, "lat"))}/></div> <div class="inline-field svelte-k0eh8m"><label${attr("for", `${id}_lon`)}>${escape_html(longitude())}</label><input type="text" inputmode="decimal"${attr("id", `${id}_lon`)}${attr("name", `${id}_lon`)}${attr("value", coord(v, "lon"))}/></div></div>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></fieldset>`);
			}
			$$renderer.push(`<!--]--> <button class="primary" type="submit">${escape_html(consultations_continue())}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-KhKnBqYC.js.map
