/** Texts and formats of the local-initiative pages, in the page's language. */
import { m, getLocale, formatPercent } from '$lib/i18n';
import { formatCount, formatDay, formatMoney, moneyInputValue, type Locale } from './money';

const table = m as unknown as Record<string, ((p?: Record<string, unknown>) => string) | undefined>;
const locale = (): Locale => getLocale() as Locale;

/** A message `initiatives_<group>_<value>` (status, theme...), or the value itself. */
export function label(group: 'status' | 'theme' | 'step', value: string | null | undefined): string {
	if (!value) return '';
	const fn = table[`initiatives_${group}_${value}`];
	return typeof fn === 'function' ? fn() : value;
}

export const zl = (grosze: number | null | undefined) => formatMoney(grosze, locale());
export const zlInput = (grosze: number | null | undefined) => moneyInputValue(grosze, locale());
export const count = (n: number, digits = 0) => formatCount(n, locale(), digits);
export const dayText = (d: string | Date | null | undefined) => formatDay(d, locale());
export const percent = (part: number, whole: number) => (whole > 0 ? formatPercent(part / whole) : '—');

export const fieldErrors = (form: unknown): Record<string, string> => (form && typeof form === 'object' && 'fields' in form ? ((form as { fields: Record<string, string> }).fields ?? {}) : {});
export const typedValues = (form: unknown): Record<string, string> => (form && typeof form === 'object' && 'values' in form ? ((form as { values: Record<string, string> }).values ?? {}) : {});
