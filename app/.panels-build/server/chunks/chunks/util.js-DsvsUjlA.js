import { eL as consultations_answer_none, _ as _index_exports, I as errorText } from './i18n.js-DrLrGNuv.js';

// src/lib/components/consultations/util.ts
var table = _index_exports;
/** A message by its computed key (labels of enumerations); the key itself when missing. */
function msg(key, params) {
	const fn = table[key];
	return typeof fn === "function" ? fn(params) : key;
}
/** Service error codes of these modules are translated as `consultations_err_<code>`; the core
* ones (`err_<code>`) as before. */
function errText(code) {
	if (!code) return "";
	const own = table[`consultations_err_${code}`];
	return typeof own === "function" ? own() : errorText(code);
}
/** The form failure with its field errors already translated (for ErrorSummary and Field). */
function localized(form) {
	if (!form || !form.fields) return form;
	return {
		...form,
		fields: Object.fromEntries(Object.entries(form.fields).map(([k, v]) => [k, errText(v)])),
		message: form.code ? errText(form.code) : form.message
	};
}
var ageBandName = (b) => msg(`consultations_age_${b}`);
var formName = (f) => msg(`consultations_form_${f}`);
var stakeholderName = (s) => msg(`consultations_stakeholder_${s}`);
var partnerKindName = (k) => msg(`consultations_partner_kind_${k}`);
var answerStatusName = (s) => s ? msg(`consultations_answer_${s}`) : consultations_answer_none();
var stageName = (s) => msg(`consultations_stage_${s}`);
var questionKindName = (k) => msg(`consultations_kind_${k}`);
var meetingFormatName = (f) => msg(`meetings_format_${f}`);
var ideaStatusName = (s) => msg(`ideas_status_${s}`);
var warningName = (w) => msg(`consultations_warning_${w}`);
function dateTime(d, locale) {
	if (!d) return "—";
	return new Intl.DateTimeFormat(locale === "uk" ? "uk-UA" : locale === "en" ? "en-GB" : "pl-PL", {
		dateStyle: "medium",
		timeStyle: "short",
		timeZone: "Europe/Warsaw"
	}).format(new Date(d));
}
/** The value for an <input type="datetime-local"> in Kraków's time. */
function localInput(d) {
	if (!d) return "";
	return new Intl.DateTimeFormat("sv-SE", {
		timeZone: "Europe/Warsaw",
		year: "numeric",
		month: "2-digit",
		day: "2-digit",
		hour: "2-digit",
		minute: "2-digit"
	}).format(new Date(d)).replace(" ", "T");
}

export { ageBandName as a, stakeholderName as b, answerStatusName as c, dateTime as d, localInput as e, formName as f, ideaStatusName as i, localized as l, meetingFormatName as m, partnerKindName as p, questionKindName as q, stageName as s, warningName as w };
//# sourceMappingURL=util.js-DsvsUjlA.js.map
