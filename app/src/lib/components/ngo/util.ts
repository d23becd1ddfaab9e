import { m, errorText, getLocale } from '$lib/i18n';

type Fn = (params?: Record<string, unknown>) => string;
const table = m as unknown as Record<string, Fn | undefined>;

/** A message by its computed key (labels of enumerations); the key itself when missing. */
export function msg(key: string, params?: Record<string, unknown>): string {
	const fn = table[key];
	return typeof fn === 'function' ? fn(params) : key;
}

/** Error keys of the NGO modules (organisations, dialogue, grants) are translated as
 * `<module>_err_<key>`; the core ones (`err_<key>`) otherwise. */
const PREFIXES = ['organisations_err_', 'grants_err_', 'dialogue_err_'];
export function errText(key: string | undefined): string {
	if (!key) return '';
	for (const p of PREFIXES) {
		const fn = table[`${p}${key}`];
		if (typeof fn === 'function') return fn();
	}
	return errorText(key);
}

type FormLike = { message?: string; code?: string; fields?: Record<string, string>; values?: Record<string, string> } | null | undefined;

/** The form failure with its field errors translated (for ErrorSummary and Field). */
export function localized<T extends FormLike>(form: T): T {
	if (!form || !form.fields) return form;
	const code = form.code ? errText(form.code) : undefined;
	return { ...form, fields: Object.fromEntries(Object.entries(form.fields).map(([k, v]) => [k, errText(v)])), message: code && code !== form.code ? code : form.message } as T;
}

const intlLocale = () => (getLocale() === 'uk' ? 'uk-UA' : getLocale() === 'en' ? 'en-GB' : 'pl-PL');

export const kindName = (k: string) => msg(`organisations_kind_${k}`);
export const areaName = (a: string) => msg(`organisations_area_${a}`);
export const roleName = (r: string) => msg(`organisations_role_${r}`);

/** Grosze → "12 500,00 zł" in the page's language. */
export function money(grosze: number | null | undefined): string {
	if (grosze === null || grosze === undefined) return '—';
	return new Intl.NumberFormat(intlLocale(), { style: 'currency', currency: 'PLN' }).format(grosze / 100);
}

/** Grosze → "12500.00" for an input's value (what the person typed comes back as typed). */
export function moneyInput(grosze: number | null | undefined): string {
	return grosze === null || grosze === undefined ? '' : (grosze / 100).toFixed(2);
}

export function number(n: number, digits = 0): string {
	return new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

export function dateTime(d: Date | string | null | undefined): string {
	if (!d) return '—';
	return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Warsaw' }).format(new Date(d));
}

export function date(d: Date | string | null | undefined): string {
	if (!d) return '—';
	return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: 'Europe/Warsaw' }).format(new Date(d));
}

/** The value for an <input type="datetime-local"> in Kraków's time. */
export function localInput(d: Date | string | null | undefined): string {
	if (!d) return '';
	const s = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(d));
	return s.replace(' ', 'T');
}

/** The value for an <input type="date"> in Kraków's time. */
export function dateInput(d: Date | string | null | undefined): string {
	return localInput(d).slice(0, 10);
}

export function formatNip(nip: string | null | undefined): string {
	if (!nip) return '—';
	return /^[0-9]{10}$/.test(nip) ? `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}` : nip;
}
