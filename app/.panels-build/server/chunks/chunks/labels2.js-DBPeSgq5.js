import { c as getLocale } from './runtime2.js-YLGUkCbP.js';
import { _ as _index_exports } from './i18n.js-DrLrGNuv.js';

// src/lib/budgets/labels.ts
var table = _index_exports;
/** A message `budgets_<group>_<value>` (phase, ballot kind, rule, category...), or the value. */
function label(group, value) {
	if (!value) return "";
	const fn = table[`budgets_${group}_${value.replace(/[^a-z0-9]/gi, "_")}`];
	return typeof fn === "function" ? fn() : value;
}
function pln(n) {
	if (n === null || n === void 0) return "";
	const loc = getLocale() === "uk" ? "uk-UA" : getLocale() === "en" ? "en-GB" : "pl-PL";
	return `${new Intl.NumberFormat(loc, { maximumFractionDigits: 0 }).format(n)} zł`;
}
function num(n, digits = 0) {
	if (n === null || n === void 0) return "";
	const loc = getLocale() === "uk" ? "uk-UA" : getLocale() === "en" ? "en-GB" : "pl-PL";
	return new Intl.NumberFormat(loc, { maximumFractionDigits: digits }).format(n);
}
/** The explanation text in the reader's language (the engine gives Polish and English). */
function explanationText(e) {
	if (!e) return "";
	return getLocale() === "pl" ? e.pl : e.en;
}
var PHASE_ORDER = [
	"submission",
	"support",
	"verification",
	"appeals",
	"voting",
	"results",
	"implementation"
];
/** Encodes a ballot in a form field: "pool:id,id|pool:id*3,id*2" (points after *). */
function encodeBallot(parts) {
	return Object.entries(parts).filter(([, p]) => p.projects.length).map(([pool, p]) => `${pool}:${p.projects.map((id, k) => p.points ? `${id}*${p.points[k]}` : id).join(",")}`).join("|");
}
function decodeBallot(s) {
	const out = {};
	for (const chunk of s.split("|").slice(0, 50)) {
		const [pool, list] = chunk.split(":");
		if (!pool || !list) continue;
		const items = list.split(",").slice(0, 200);
		const hasPoints = items.some((i) => i.includes("*"));
		out[pool] = { projects: items.map((i) => i.split("*")[0]) };
		if (hasPoints) out[pool].points = items.map((i) => Number(i.split("*")[1] ?? 0));
	}
	return out;
}
/** Service errors carry a message key (e.g. `rules_frozen`) in `message`; show its text. */
function fixForm(form) {
	if (!form || !form.message) return form;
	return typeof table[`err_${form.message}`] === "function" ? {
		...form,
		code: form.message
	} : form;
}

export { PHASE_ORDER as P, explanationText as a, decodeBallot as d, encodeBallot as e, fixForm as f, label as l, num as n, pln as p };
//# sourceMappingURL=labels2.js-DBPeSgq5.js.map
