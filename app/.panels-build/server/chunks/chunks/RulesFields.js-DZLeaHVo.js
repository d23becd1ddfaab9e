import { ai as attr, ah as escape_html, am as attr_class, aj as ensure_array_like } from './server.js-DL9eFGXd.js';
import { ia as budgets_ballot_rules, ib as budgets_ballot_kind, ic as budgets_max_choices_label, id as budgets_cumulative_points_label, ie as budgets_green_mode, ig as budgets_green_share_label, ih as budgets_min_age, ii as budgets_support_required, ij as budgets_appeal_days, ik as budgets_phase_dates, _ as _index_exports } from './i18n.js-DrLrGNuv.js';
import { l as label } from './labels2.js-DBPeSgq5.js';
import { F as Field } from './Field.js-vQ4NKkpV.js';

// src/lib/components/budgets/RulesFields.svelte
function RulesFields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { values = {}, errors = {}, disabled = false } = $$props;
		const s = (k) => {
			const v = values[k];
			if (v instanceof Date) return v.toISOString().slice(0, 10);
			return v === null || v === void 0 ? "" : String(v).slice(0, String(v).match(/^\d{4}-\d{2}-\d{2}T/) ? 10 : void 0);
		};
		const DATES = [
			"submissionOpensAt",
			"supportOpensAt",
			"verificationOpensAt",
			"appealsOpensAt",
			"votingOpensAt",
			"votingClosesAt",
			"implementationOpensAt"
		];
		const errText = (k) => _index_exports[`err_${k}`]?.() ?? k;
		$$renderer.push(`<fieldset${attr("disabled", disabled, true)}><legend>${escape_html(budgets_ballot_rules())}</legend> <div${attr_class("field", void 0, { "has-error": !!errors.ballotKind })}><label for="ballotKind">${escape_html(budgets_ballot_kind())}</label> `);
		if (errors.ballotKind) $$renderer.push(`<!--[0--><p class="error">${escape_html(errText(errors.ballotKind))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <select id="ballotKind" name="ballotKind"><!--[-->`);
		const each_array = ensure_array_like([
			"krakow",
			"approval",
			"approval_budget",
			"cumulative"
		]);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let k = each_array[$$index];
			$$renderer.option({
				value: k,
				selected: s("ballotKind") === k
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(label("ballot", k))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		Field($$renderer, {
			name: "maxChoices",
			label: budgets_max_choices_label(),
			value: s("maxChoices") || "3",
			error: errors.maxChoices,
			inputmode: "numeric"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "cumulativePoints",
			label: budgets_cumulative_points_label(),
			value: s("cumulativePoints") || "10",
			error: errors.cumulativePoints,
			inputmode: "numeric"
		});
		$$renderer.push(`<!----> <div${attr_class("field", void 0, { "has-error": !!errors.greenMode })}><label for="greenMode">${escape_html(budgets_green_mode())}</label> <select id="greenMode" name="greenMode"><!--[-->`);
		const each_array_1 = ensure_array_like([
			"pool",
			"share",
			"none"
		]);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let k = each_array_1[$$index_1];
			$$renderer.option({
				value: k,
				selected: s("greenMode") === k
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(label("green", k))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> `);
		Field($$renderer, {
			name: "greenSharePercent",
			label: budgets_green_share_label(),
			value: s("greenSharePercent") || "0",
			error: errors.greenSharePercent,
			inputmode: "numeric"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "minAge",
			label: budgets_min_age(),
			value: s("minAge") || "0",
			error: errors.minAge,
			inputmode: "numeric"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "supportRequired",
			label: budgets_support_required(),
			value: s("supportRequired") || "0",
			error: errors.supportRequired,
			inputmode: "numeric"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "appealDays",
			label: budgets_appeal_days(),
			value: s("appealDays") || "7",
			error: errors.appealDays,
			inputmode: "numeric"
		});
		$$renderer.push(`<!----></fieldset> <fieldset${attr("disabled", disabled, true)}><legend>${escape_html(budgets_phase_dates())}</legend> <!--[-->`);
		const each_array_2 = ensure_array_like(DATES);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let k = each_array_2[$$index_2];
			Field($$renderer, {
				name: k,
				type: "date",
				label: label("date", k),
				value: s(k),
				error: errors[k]
			});
		}
		$$renderer.push(`<!--]--></fieldset>`);
	});
}

export { RulesFields as R };
//# sourceMappingURL=RulesFields.js-DZLeaHVo.js.map
