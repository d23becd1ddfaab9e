/** Money as people type and read it. Amounts are kept in grosze (1 zł = 100 gr) as integers, so
 * sums are exact. Shared by the server (parsing form input) and the pages (formatting). */

export type Locale = 'pl' | 'en' | 'uk';
const TAG: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB', uk: 'uk-UA' };

/** The largest amount accepted anywhere: 1 000 000 000 zł. */
export const MAX_GROSZE = 100_000_000_000;

export type MoneyParse = { ok: true; grosze: number } | { ok: false; error: 'initiatives_amount_invalid' | 'initiatives_amount_too_large' };

/** Reads an amount as typed: "24 000,50", "24000.5", "24 000 zł", "1.234,56", "1,234.56".
 * The decimal separator is the last comma or dot when one or two digits follow it; any other
 * separator (space, no-break space, comma or dot — one kind only) groups thousands in threes. */
export function parseMoney(text: string): MoneyParse {
	let s = String(text ?? '')
		.trim()
		.replace(/\s*(zł|zl|pln)\.?$/i, '')
		.replace(/^(pln)\s*/i, '')
		.trim();
	if (!/^\d[\d\s\u00a0\u202f.,']*$/.test(s)) return { ok: false, error: 'initiatives_amount_invalid' };
	let fraction = '';
	const dec = /[.,](\d{1,2})$/.exec(s);
	if (dec) {
		fraction = dec[1];
		s = s.slice(0, dec.index);
	}
	const seps = new Set(s.match(/[\s\u00a0\u202f.,']/g) ?? []);
	const spaceLike = [...seps].every((c) => /[\s\u00a0\u202f]/.test(c));
	if (seps.size > 1 && !spaceLike) return { ok: false, error: 'initiatives_amount_invalid' };
	if (seps.size) {
		const groups = s.split(/[\s\u00a0\u202f.,']/);
		if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return { ok: false, error: 'initiatives_amount_invalid' };
		s = groups.join('');
	}
	if (!/^\d+$/.test(s)) return { ok: false, error: 'initiatives_amount_invalid' };
	if (s.replace(/^0+/, '').length > 10) return { ok: false, error: 'initiatives_amount_too_large' };
	const grosze = Number(s) * 100 + Number(fraction.padEnd(2, '0') || '0');
	if (grosze > MAX_GROSZE) return { ok: false, error: 'initiatives_amount_too_large' };
	return { ok: true, grosze };
}

/** "24 000,50 zł" (pl), "PLN 24,000.50" (en), "24 000,50 PLN" (uk); whole amounts without
 * decimals ("24 000 zł"). */
export function formatMoney(grosze: number | null | undefined, locale: Locale): string {
	if (grosze === null || grosze === undefined) return '';
	const whole = grosze % 100 === 0;
	return new Intl.NumberFormat(TAG[locale], { style: 'currency', currency: 'PLN', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(grosze / 100);
}

/** An amount as a form field shows it again ("24 000,50" in Polish), without the currency. */
export function moneyInputValue(grosze: number | null | undefined, locale: Locale): string {
	if (grosze === null || grosze === undefined || grosze === 0) return '';
	const whole = grosze % 100 === 0;
	return new Intl.NumberFormat(TAG[locale], { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(grosze / 100);
}

/** A plain number in the locale ("1 234", "53,9"). */
export function formatCount(n: number, locale: Locale, digits = 0): string {
	return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: digits }).format(n);
}

/** A calendar date ("2026-05-14") as the locale writes it, read in Europe/Warsaw. */
export function formatDay(day: string | Date | null | undefined, locale: Locale): string {
	if (!day) return '';
	const d = typeof day === 'string' ? new Date(`${day}T12:00:00Z`) : day;
	return new Intl.DateTimeFormat(TAG[locale], { dateStyle: 'medium', timeZone: 'Europe/Warsaw' }).format(d);
}
