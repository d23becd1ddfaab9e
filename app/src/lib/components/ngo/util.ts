import { formatAmount, formatDate, formatDateTime, formatNumber, labelOf, messageByKey } from '$lib/i18n';

/** A message by its computed key (labels of enumerations, counts); the key itself when missing
 * (the language tests catch that). */
export function msg(key: string, params?: Record<string, unknown>): string {
	return messageByKey(key, params) ?? key;
}

export const kindName = (k: string) => labelOf('organisations_kind_', k);
export const areaName = (a: string) => labelOf('organisations_area_', a);
export const roleName = (r: string) => labelOf('organisations_role_', r);

/** Grosze → "12 500 zł" / "12 500,50 zł" in the page's language. */
export function money(grosze: number | null | undefined): string {
	if (grosze === null || grosze === undefined) return '—';
	return formatAmount(grosze / 100);
}

/** Grosze → "12500,50" for an input's value, as people type amounts here. */
export function moneyInput(grosze: number | null | undefined): string {
	if (grosze === null || grosze === undefined) return '';
	const zl = Math.floor(grosze / 100);
	const gr = grosze % 100;
	return gr ? `${zl},${String(gr).padStart(2, '0')}` : String(zl);
}

export function number(n: number, digits = 0): string {
	return formatNumber(n, { minFractionDigits: digits, maxFractionDigits: digits });
}

export function dateTime(d: Date | string | null | undefined): string {
	return d ? formatDateTime(d) : '—';
}

export function date(d: Date | string | null | undefined): string {
	return d ? formatDate(d) : '—';
}

export function formatNip(nip: string | null | undefined): string {
	if (!nip) return '—';
	return /^[0-9]{10}$/.test(nip) ? `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}` : nip;
}
