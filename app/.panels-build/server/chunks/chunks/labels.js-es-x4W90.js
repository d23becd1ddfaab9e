import { _ as _index_exports, I as errorText } from './i18n.js-DrLrGNuv.js';

// src/lib/panels/labels.ts
var pick = (prefix, key) => {
	if (!key) return "";
	const fn = _index_exports[`${prefix}${key}`];
	return typeof fn === "function" ? fn() : key;
};
var stageName = (s) => pick("panels_stage_", s);
var featureName = (f) => pick("panels_feature_", f);
var volunteerStatusName = (s) => pick("panels_vstatus_", s);
var drawStatusName = (s) => pick("panels_dstatus_", s);
var sessionKindName = (s) => pick("panels_session_", s);
var materialKindName = (s) => pick("panels_material_", s);
var recStatusName = (s) => pick("panels_rstatus_", s);
var responseStatusName = (s) => pick("panels_respstatus_", s);
var scoreStateName = (s) => pick("panels_score_", s);
var ratingName = (s) => pick("panels_rating_", s);
var choiceName = (s) => pick("panels_choice_", s);
var percent = (x, digits = 1) => x === null || x === void 0 ? "—" : `${(x * 100).toFixed(digits)} %`;
/** A service error code in words: the panel module's own texts (panels_err_*) first, then the
* platform's (err_*); unknown codes are shown as given. */
function pErr(key) {
	if (!key) return "";
	const fn = _index_exports[`panels_err_${key}`];
	return typeof fn === "function" ? fn() : errorText(key);
}
/** A failed form with its field errors already in words (for ErrorSummary and Field). */
function pForm(form) {
	if (!form || !("fields" in form)) return null;
	const fields = Object.fromEntries(Object.entries(form.fields ?? {}).map(([k, v]) => [k, pErr(v)]));
	const codeText = pErr(form.code);
	return {
		...form,
		fields,
		message: Object.keys(fields).length ? form.message : codeText !== form.code ? codeText : form.message
	};
}

export { pErr as a, pForm as b, sessionKindName as c, responseStatusName as d, drawStatusName as e, featureName as f, scoreStateName as g, ratingName as h, choiceName as i, materialKindName as m, percent as p, recStatusName as r, stageName as s, volunteerStatusName as v };
//# sourceMappingURL=labels.js-es-x4W90.js.map
