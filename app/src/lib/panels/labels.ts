import { m, errorText, formatPercent } from '$lib/i18n';

const pick = (prefix: string, key: string | null | undefined): string => {
	if (!key) return '';
	const fn = (m as unknown as Record<string, (() => string) | undefined>)[`${prefix}${key}`];
	return typeof fn === 'function' ? fn() : key;
};

export const stageName = (s: string) => pick('panels_stage_', s);
export const featureName = (f: string) => pick('panels_feature_', f);
export const volunteerStatusName = (s: string) => pick('panels_vstatus_', s);
export const drawStatusName = (s: string) => pick('panels_dstatus_', s);
export const sessionKindName = (s: string) => pick('panels_session_', s);
export const materialKindName = (s: string) => pick('panels_material_', s);
export const recStatusName = (s: string) => pick('panels_rstatus_', s);
export const responseStatusName = (s: string) => pick('panels_respstatus_', s);
export const scoreStateName = (s: string) => pick('panels_score_', s);
export const ratingName = (s: string) => pick('panels_rating_', s);
export const choiceName = (s: string) => pick('panels_choice_', s);
export const percent = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '—' : formatPercent(x, digits));

/** A service error key in words (`err_<key>`); text already rendered by the server passes. */
export function pErr(key: string | undefined | null): string {
	return errorText(key);
}

/** A failed form for ErrorSummary and Field (the server already rendered its texts in the page's
 * language, limits included; see `formAction`). */
export function pForm<T extends { fields?: Record<string, string>; code?: string; message?: string }>(form: T | null | undefined): T | null {
	if (!form || !('fields' in form)) return null;
	const fields = Object.fromEntries(Object.entries(form.fields ?? {}).map(([k, v]) => [k, pErr(v)]));
	return { ...form, fields, message: errorText(form.message) };
}
export const channelName = (s: string) => pick('panels_channel_', s);
export const consentKindName = (s: string) => pick('panels_consent_', s);
