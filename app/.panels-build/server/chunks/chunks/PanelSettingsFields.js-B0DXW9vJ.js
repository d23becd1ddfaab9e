import { ai as attr, ah as escape_html } from './server.js-DL9eFGXd.js';
import { kg as panels_f_question_hint, kh as panels_f_question, ki as panels_f_size, kj as panels_f_reserves, kk as panels_f_threshold_hint, kl as panels_f_threshold, km as panels_f_window_hint, kn as panels_f_window, ko as panels_f_interval, kp as panels_f_open_registration, kq as panels_f_abstain_counts } from './i18n.js-DrLrGNuv.js';
import { F as Field } from './Field.js-vQ4NKkpV.js';

// src/lib/panels/PanelSettingsFields.svelte
function PanelSettingsFields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { values, errors } = $$props;
		const v = (k) => values[k] === void 0 || values[k] === null ? "" : String(values[k]);
		Field($$renderer, {
			name: "question",
			label: panels_f_question(),
			hint: panels_f_question_hint(),
			value: v("question"),
			error: errors.question ?? "",
			multiline: true,
			required: true
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "size",
			type: "number",
			inputmode: "numeric",
			label: panels_f_size(),
			value: v("size"),
			error: errors.size ?? "",
			required: true,
			min: 2,
			max: 1e3
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "reserves",
			type: "number",
			inputmode: "numeric",
			label: panels_f_reserves(),
			value: v("reserves"),
			error: errors.reserves ?? "",
			required: true,
			min: 0,
			max: 1e3
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "thresholdPct",
			type: "number",
			inputmode: "numeric",
			label: panels_f_threshold(),
			hint: panels_f_threshold_hint(),
			value: v("thresholdPct") || "80",
			error: errors.thresholdPct ?? "",
			min: 50,
			max: 100
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "challengeWindowDays",
			type: "number",
			inputmode: "numeric",
			label: panels_f_window(),
			hint: panels_f_window_hint(),
			value: v("challengeWindowDays") || "30",
			error: errors.challengeWindowDays ?? "",
			min: 1,
			max: 365
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "monitoringIntervalDays",
			type: "number",
			inputmode: "numeric",
			label: panels_f_interval(),
			value: v("monitoringIntervalDays") || "90",
			error: errors.monitoringIntervalDays ?? "",
			min: 7,
			max: 730
		});
		$$renderer.push(`<!----> <div class="field"><label class="choice"><input type="checkbox" name="openRegistration" value="on"${attr("checked", values.openRegistration === true || values.openRegistration === "on", true)}/> ${escape_html(panels_f_open_registration())}</label></div> <div class="field"><label class="choice"><input type="checkbox" name="abstainCounts" value="on"${attr("checked", values.abstainCounts === void 0 || values.abstainCounts === true || values.abstainCounts === "on", true)}/> ${escape_html(panels_f_abstain_counts())}</label></div>`);
	});
}

export { PanelSettingsFields as P };
//# sourceMappingURL=PanelSettingsFields.js-B0DXW9vJ.js.map
