import { m, errorText } from '$lib/i18n';

type Fn = (params?: Record<string, unknown>) => string;
const table = m as unknown as Record<string, Fn | undefined>;

/** A message by its computed key (labels of enumerations); the key itself when missing. */
export function msg(key: string, params?: Record<string, unknown>): string {
	const fn = table[key];
	return typeof fn === 'function' ? fn(params) : key;
}

/** An error key in words (`err_<key>`); text already rendered by the server passes through. */
export function errText(code: string | undefined): string {
	return errorText(code);
}

type FormLike = { message?: string; code?: string; fields?: Record<string, string>; values?: Record<string, string> } | null | undefined;

/** The form failure for ErrorSummary and Field. The server already renders a failure's texts in
 * the page's language (`formAction` in $lib/server/http), limits included; this only makes sure
 * a key that reached the page some other way is shown in words. */
export function localized<T extends FormLike>(form: T): T {
	if (!form || !form.fields) return form;
	return { ...form, fields: Object.fromEntries(Object.entries(form.fields).map(([k, v]) => [k, errText(v)])), message: errText(form.message) } as T;
}

export const ageBandName = (b: string) => msg(`consultations_age_${b}`);
export const formName = (f: string) => msg(`consultations_form_${f}`);
export const stakeholderName = (s: string) => msg(`consultations_stakeholder_${s}`);
export const partnerKindName = (k: string) => msg(`consultations_partner_kind_${k}`);
export const answerStatusName = (s: string | null) => (s ? msg(`consultations_answer_${s}`) : m.consultations_answer_none());
export const stageName = (s: string) => msg(`consultations_stage_${s}`);
export const questionKindName = (k: string) => msg(`consultations_kind_${k}`);
export const meetingFormatName = (f: string) => msg(`meetings_format_${f}`);
export const ideaStatusName = (s: string) => msg(`ideas_status_${s}`);
export const warningName = (w: string) => msg(`consultations_warning_${w}`);

export function dateTime(d: Date | string | null | undefined, locale: string): string {
	if (!d) return '—';
	return new Intl.DateTimeFormat(locale === 'uk' ? 'uk-UA' : locale === 'en' ? 'en-GB' : 'pl-PL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Warsaw' }).format(new Date(d));
}

/** The value for an <input type="datetime-local"> in Kraków's time. */
export function localInput(d: Date | string | null | undefined): string {
	if (!d) return '';
	const s = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(d));
	return s.replace(' ', 'T');
}
