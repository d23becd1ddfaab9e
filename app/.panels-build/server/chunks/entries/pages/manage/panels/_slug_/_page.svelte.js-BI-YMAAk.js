import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, al as stringify, am as attr_class, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { kr as panels_created, hY as saved, kd as panels_stage, ks as panels_set_stage, kt as panels_criteria_title, ku as panels_quotas_intro, kv as panels_no_criteria, kw as panels_feas_problems, kx as panels_feas_ok, ky as panels_value, kz as panels_share, kA as panels_in_pool, kB as panels_min, kC as panels_max, kD as panels_census, kE as panels_manual, kF as panels_save_quotas, kG as panels_remove_criterion, kH as panels_remove, kI as panels_add_criterion, kJ as panels_f_feature, kK as panels_other, kL as panels_f_other_feature_hint, kM as panels_f_other_feature, kN as panels_f_source, kO as panels_source_census, kP as panels_source_manual, kQ as panels_f_lines_hint, kR as panels_f_lines, kS as panels_settings, b4 as save, ko as panels_f_interval, kn as panels_f_window, kl as panels_f_threshold, kj as panels_f_reserves, ki as panels_f_size, kh as panels_f_question, kT as panels_feas_pool_short, kU as panels_feas_max_sum, kV as panels_feas_min_sum, M as panels_mtab_setup } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { E as ErrorSummary } from '../../../../../chunks/ErrorSummary.js-BKBkmDkb.js';
import { F as Field } from '../../../../../chunks/Field.js-vQ4NKkpV.js';
import { P as PanelSettingsFields } from '../../../../../chunks/PanelSettingsFields.js-B0DXW9vJ.js';
import { s as stageName, f as featureName, p as percent, a as pErr, b as pForm } from '../../../../../chunks/labels.js-es-x4W90.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import '../../../../../chunks/runtime2.js-YLGUkCbP.js';

// src/routes/manage/panels/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const p = derived(() => data.panel);
		const failed = derived(() => pForm(form && "fields" in form ? form : null));
		const errors = derived(() => failed()?.fields ?? {});
		const values = derived(() => failed()?.values ?? { ...p() });
		const labels = derived(() => ({
			question: panels_f_question(),
			size: panels_f_size(),
			reserves: panels_f_reserves(),
			thresholdPct: panels_f_threshold(),
			challengeWindowDays: panels_f_window(),
			monitoringIntervalDays: panels_f_interval(),
			feature: panels_f_feature(),
			otherFeature: panels_f_other_feature(),
			lines: panels_f_lines(),
			stage: panels_stage(),
			...Object.fromEntries(p().quotas.flatMap((q, i) => [[`q${i}_min`, `${featureName(q.feature)} ${q.label}: min`], [`q${i}_max`, `${featureName(q.feature)} ${q.label}: max`]]))
		}));
		const qval = (i, k, d) => (failed()?.values)?.[`q${i}_${k}`] ?? String(d);
		const problemText = (prob) => ({
			min_sum_too_high: panels_feas_min_sum(),
			max_sum_too_low: panels_feas_max_sum(),
			pool_short: panels_feas_pool_short()
		})[prob] ?? prob;
		head("1jhxs6q", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(panels_mtab_setup())} — ${escape_html(p().title)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(p().title)}</h1> `);
		if (data.created) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(panels_created())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && ("saved" in form || "quotasSaved" in form || "criterionAdded" in form || "stageSaved" in form)) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		ErrorSummary($$renderer, {
			form: failed(),
			labels: labels()
		});
		$$renderer.push(`<!----> <section aria-labelledby="stage-h"><h2 id="stage-h">${escape_html(panels_stage())}</h2> <form method="POST" action="?/stage" class="inline-form" novalidate=""><div class="field"><label for="stage">${escape_html(panels_stage())}</label> <select id="stage" name="stage"><!--[-->`);
		const each_array = ensure_array_like(data.stages);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let s = each_array[$$index];
			$$renderer.option({
				value: s,
				selected: p().stage === s
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(stageName(s))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <button class="secondary" type="submit">${escape_html(panels_set_stage())}</button></form></section> <section aria-labelledby="criteria-h"><h2 id="criteria-h">${escape_html(panels_criteria_title())}</h2> <p>${escape_html(panels_quotas_intro())}</p> <div aria-live="polite" id="feasibility">`);
		if (!p().quotas.length) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(panels_no_criteria())}</p>`);
		else if (data.feasibility.length) {
			$$renderer.push(`<!--[1--><div class="notice warning"><h3>${escape_html(panels_feas_problems())}</h3><ul><!--[-->`);
			const each_array_1 = ensure_array_like(data.feasibility);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let f = each_array_1[$$index_1];
				$$renderer.push(`<li>${escape_html(featureName(f.feature))}: ${escape_html(problemText(f.problem))} (${escape_html(f.detail)})</li>`);
			}
			$$renderer.push(`<!--]--></ul></div>`);
		} else $$renderer.push(`<!--[-1--><p class="notice">${escape_html(panels_feas_ok())}</p>`);
		$$renderer.push(`<!--]--></div> `);
		if (p().quotas.length) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/quotas" novalidate=""><!--[-->`);
			const each_array_2 = ensure_array_like(p().features);
			for (let $$index_3 = 0, $$length = each_array_2.length; $$index_3 < $$length; $$index_3++) {
				let f = each_array_2[$$index_3];
				$$renderer.push(`<div class="table-wrap"><table><caption>${escape_html(featureName(f))}</caption><thead><tr><th scope="col">${escape_html(panels_value())}</th><th scope="col">${escape_html(panels_share())}</th><th scope="col">${escape_html(panels_in_pool())}</th><th scope="col">${escape_html(panels_min())}</th><th scope="col">${escape_html(panels_max())}</th></tr></thead><tbody><!--[-->`);
				const each_array_3 = ensure_array_like(p().quotas);
				for (let i = 0, $$length = each_array_3.length; i < $$length; i++) {
					let q = each_array_3[i];
					if (q.feature === f) {
						$$renderer.push(`<!--[0--><tr><th scope="row">${escape_html(q.label)} <span class="hint">(${escape_html(q.value)})</span></th><td>${escape_html(q.share === null ? "—" : percent(q.share))} <span class="hint">${escape_html(q.shareSource === "census" ? panels_census() : panels_manual())}</span></td><td>${escape_html(data.composition[q.feature]?.[q.value] ?? 0)}</td><td class="svelte-1jhxs6q"><label class="visually-hidden"${attr("for", `q${stringify(i)}_min`)}>${escape_html(q.label)}: ${escape_html(panels_min())}</label><input${attr("id", `q${stringify(i)}_min`)}${attr("name", `q${stringify(i)}_min`)} type="number" inputmode="numeric" min="0"${attr("value", qval(i, "min", q.min))} size="4"${attr("aria-invalid", errors()[`q${i}_min`] ? "true" : void 0)} class="svelte-1jhxs6q"/></td><td class="svelte-1jhxs6q"><label class="visually-hidden"${attr("for", `q${stringify(i)}_max`)}>${escape_html(q.label)}: ${escape_html(panels_max())}</label><input${attr("id", `q${stringify(i)}_max`)}${attr("name", `q${stringify(i)}_max`)} type="number" inputmode="numeric" min="0"${attr("value", qval(i, "max", q.max))} size="4"${attr("aria-invalid", errors()[`q${i}_max`] ? "true" : void 0)} class="svelte-1jhxs6q"/>`);
						if (errors()[`q${i}_max`]) $$renderer.push(`<!--[0--><span class="error">${escape_html(pErr(errors()[`q${i}_max`]))}</span>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></td></tr>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--></tbody></table></div>`);
			}
			$$renderer.push(`<!--]--> <p><button class="primary" type="submit">${escape_html(panels_save_quotas())}</button></p></form> <form method="POST" action="?/removeCriterion" class="inline-form" novalidate=""><div class="field"><label for="remove-feature">${escape_html(panels_remove_criterion())}</label><select id="remove-feature" name="feature"><!--[-->`);
			const each_array_4 = ensure_array_like(p().features);
			for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
				let f = each_array_4[$$index_4];
				$$renderer.option({ value: f }, ($$renderer) => {
					$$renderer.push(`${escape_html(featureName(f))}`);
				});
			}
			$$renderer.push(`<!--]--></select></div> <button class="danger" type="submit">${escape_html(panels_remove())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h3>${escape_html(panels_add_criterion())}</h3> <form method="POST" action="?/criterion" class="stack" novalidate=""><div${attr_class("field", void 0, { "has-error": !!errors().feature })}><label for="feature">${escape_html(panels_f_feature())}</label> `);
		if (errors().feature) $$renderer.push(`<!--[0--><p class="error" id="feature-error">${escape_html(pErr(errors().feature))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <select id="feature" name="feature"><!--[-->`);
		const each_array_5 = ensure_array_like([
			"gender",
			"age",
			"education",
			"district",
			"other"
		]);
		for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
			let f = each_array_5[$$index_5];
			$$renderer.option({ value: f }, ($$renderer) => {
				$$renderer.push(`${escape_html(f === "other" ? panels_other() : featureName(f))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		Field($$renderer, {
			name: "otherFeature",
			label: panels_f_other_feature(),
			hint: panels_f_other_feature_hint(),
			error: errors().otherFeature ?? ""
		});
		$$renderer.push(`<!----> <fieldset class="field svelte-1jhxs6q"><legend class="svelte-1jhxs6q">${escape_html(panels_f_source())}</legend> <label class="choice svelte-1jhxs6q"><input type="radio" name="source" value="census" checked=""/> ${escape_html(panels_source_census())}</label> <label class="choice svelte-1jhxs6q"><input type="radio" name="source" value="manual"/> ${escape_html(panels_source_manual())}</label></fieldset> `);
		Field($$renderer, {
			name: "lines",
			label: panels_f_lines(),
			hint: panels_f_lines_hint(),
			error: errors().lines ?? "",
			multiline: true
		});
		$$renderer.push(`<!----> <button class="secondary" type="submit">${escape_html(panels_add_criterion())}</button></form></section> <section aria-labelledby="settings-h"><h2 id="settings-h">${escape_html(panels_settings())}</h2> <form method="POST" action="?/settings" class="stack" novalidate="">`);
		PanelSettingsFields($$renderer, {
			values: values(),
			errors: errors()
		});
		$$renderer.push(`<!----> <button class="primary" type="submit">${escape_html(save())}</button></form></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BI-YMAAk.js.map
