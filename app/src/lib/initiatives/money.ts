/** Money of the local initiative. Amounts are kept in grosze (1 zł = 100 gr) as integers, so
 * sums are exact; reading what people type and formatting go through the platform's formatting
 * module ($lib/format), converting at the edges. Shared by the server and the pages. */
import { formatAmount, formatDate, formatNumber, parseAmount, type Locale } from '../format';

export type { Locale };

/** The largest amount accepted anywhere: 1 000 000 000 zł. */
export const MAX_GROSZE = 100_000_000_000;

export type MoneyParse = { ok: true; grosze: number } | { ok: false; error: 'number_format' | 'amount_decimals' | 'initiatives_amount_invalid' | 'initiatives_amount_too_large' };

/** Reads an amount in złoty as typed ("24 000,50", "24000.5", "24 000 zł", "1.234,56") by the
 * platform's rules (the server reads forms by the Polish ones, see core/validate amountInput). */
export function parseMoney(text: string): MoneyParse {
	const parsed = parseAmount(String(text ?? ''), 'pl');
	if (!parsed.ok) return parsed;
	if (parsed.value < 0) return { ok: false, error: 'initiatives_amount_invalid' };
	const grosze = Math.round(parsed.value * 100);
	if (grosze > MAX_GROSZE) return { ok: false, error: 'initiatives_amount_too_large' };
	return { ok: true, grosze };
}

/** "24 000,50 zł" (pl), "PLN 24,000.50" (en), "24 000,50 PLN" (uk); whole amounts without grosze. */
export function formatMoney(grosze: number | null | undefined, locale: Locale): string {
	if (grosze === null || grosze === undefined) return '';
	return formatAmount(grosze / 100, locale);
}

/** An amount as a form field shows it again, so that it reads back the same: "24 000,50" in
 * Polish and Ukrainian; in English always with two decimals ("24,000.50", "24,000.00"), since a
 * lone comma is the decimal mark by the Polish rules the server reads with. */
export function moneyInputValue(grosze: number | null | undefined, locale: Locale): string {
	if (grosze === null || grosze === undefined || grosze === 0) return '';
	const digits = locale === 'en' || grosze % 100 !== 0 ? 2 : 0;
	return formatNumber(grosze / 100, locale, { minFractionDigits: digits, maxFractionDigits: digits });
}

/** A plain number in the locale ("1234", "12 345", "53,9"). */
export function formatCount(n: number, locale: Locale, digits = 0): string {
	return formatNumber(n, locale, { maxFractionDigits: digits });
}

/** A calendar day ("2026-05-14") as the locale writes it, in Kraków. */
export function formatDay(day: string | Date | null | undefined, locale: Locale): string {
	if (!day) return '';
	return formatDate(typeof day === 'string' ? new Date(`${day}T12:00:00Z`) : day, locale, 'medium');
}
