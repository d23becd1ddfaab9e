/**
 * Numbers, amounts, percentages, dates, times and plural categories, by the rules of a language
 * (CLDR, through `Intl`). One module for pages, e-mails, PDFs, CSV headers and explanations: it
 * takes the language as an argument and imports nothing, so the server can format for an
 * e-mail's recipient and the browser for the page. Pages use the wrappers in `$lib/i18n`, which
 * pass the page's language. Dates and times are always shown in Kraków's time zone.
 *
 * Conventions (docs/i18n.md):
 * - counts go through plural categories: a message with Paraglide plural variants, or
 *   `pluralCategory` where code must choose;
 * - amounts are złoty: `formatAmount(1299993.82, 'pl')` → "1 299 993,82 zł" (no grosze for whole
 *   amounts);
 * - percentages take a fraction: `formatPercent(0.539, 'pl')` → "53,9 %" (a no-break space before
 *   "%" in Polish and Ukrainian, whatever the ICU version says);
 * - people type amounts as they write them: `parseAmount('24 000,50', 'pl')` → 24000.5.
 */

export const LOCALES = ['pl', 'en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const TIME_ZONE = 'Europe/Warsaw';

const INTL_LOCALE: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB', uk: 'uk-UA' };
const NBSP = '\u00a0';

export function isLocale(x: unknown): x is Locale {
	return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** The BCP 47 tag `Intl` gets for one of our languages (Polish for anything else). */
export function intlLocale(locale: string): string {
	return INTL_LOCALE[isLocale(locale) ? locale : 'pl'];
}

// Intl objects are costly to build and pages format hundreds of values: keep one per options.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
	let v = cache.get(key) as T | undefined;
	if (!v) cache.set(key, (v = make()));
	return v;
}
const numberFormat = (locale: string, o: Intl.NumberFormatOptions) => cached(`n|${locale}|${JSON.stringify(o)}`, () => new Intl.NumberFormat(intlLocale(locale), o));
const dateFormat = (locale: string, o: Intl.DateTimeFormatOptions) =>
	cached(`d|${locale}|${JSON.stringify(o)}`, () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, ...o }));

// ---------------------------------------------------------------- plurals

export type PluralCategory = Intl.LDMLPluralRule;

/** CLDR plural category of a count: Polish and Ukrainian have one / few / many (and other for
 * fractions): 1 projekt, 2 projekty, 5 projektów, 22 projekty, 1,5 projektu. */
export function pluralCategory(n: number, locale: string): PluralCategory {
	return cached(`p|${locale}`, () => new Intl.PluralRules(intlLocale(locale))).select(n);
}

/** Picks the form for a count where code, not a message, must choose ("other" is the fallback). */
export function choosePlural<T>(n: number, locale: string, forms: Partial<Record<PluralCategory, T>> & { other: T }): T {
	return forms[pluralCategory(n, locale)] ?? forms.other;
}

// ---------------------------------------------------------------- numbers

export function formatNumber(n: number, locale: string, opts: { maxFractionDigits?: number; minFractionDigits?: number } = {}): string {
	if (!Number.isFinite(n)) return '—';
	return numberFormat(locale, { maximumFractionDigits: opts.maxFractionDigits ?? 2, minimumFractionDigits: opts.minFractionDigits ?? 0 }).format(n);
}

/** An amount in złoty: grosze shown only when there are any (`1 000 000 zł`, `1 299 993,82 zł`),
 * or always with `{ grosze: true }` (tables of costs). */
export function formatAmount(n: number, locale: string, opts: { grosze?: boolean } = {}): string {
	if (!Number.isFinite(n)) return '—';
	const whole = Math.round(n * 100) % 100 === 0;
	const digits = opts.grosze || !whole ? 2 : 0;
	return numberFormat(locale, { style: 'currency', currency: 'PLN', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** A share (0.539) as a percentage ("53,9 %", "53.9%"). */
export function formatPercent(fraction: number, locale: string, digits = 1): string {
	if (!Number.isFinite(fraction)) return '—';
	const parts = numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).formatToParts(fraction);
	const text = parts.map((p) => p.value).join('');
	if (locale === 'en') return text.replace(/\s+%/, '%');
	// Polish and Ukrainian typesetting puts a (no-break) space between the number and "%"; ICU
	// versions disagree on it, so it is set here once for all.
	return text.replace(/\s*%/, `${NBSP}%`);
}

/** A percentage given as a number of percent (53.9 → "53,9 %"). */
export function formatPercentPoints(pct: number, locale: string, digits = 1): string {
	return formatPercent(pct / 100, locale, digits);
}

// ---------------------------------------------------------------- dates and times (Europe/Warsaw)

type DateInput = Date | string | number;
const asDate = (d: DateInput) => (d instanceof Date ? d : new Date(d));
const valid = (d: Date) => !Number.isNaN(d.getTime());

/** "9 gru 2026" (medium), "9 grudnia 2026" (long), "09.12.2026" (short). */
export function formatDate(d: DateInput, locale: string, style: 'short' | 'medium' | 'long' | 'full' = 'medium'): string {
	const date = asDate(d);
	return valid(date) ? dateFormat(locale, { dateStyle: style }).format(date) : '—';
}

/** "18:05" in Kraków. */
export function formatTime(d: DateInput, locale: string): string {
	const date = asDate(d);
	return valid(date) ? dateFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: locale === 'en' ? 'h23' : undefined }).format(date) : '—';
}

/** "9 gru 2026, 18:05" (medium) or "środa, 9 grudnia 2026 18:05" (full: e-mails and invitations). */
export function formatDateTime(d: DateInput, locale: string, style: 'medium' | 'long' | 'full' = 'medium'): string {
	const date = asDate(d);
	if (!valid(date)) return '—';
	if (style === 'full') return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
	return dateFormat(locale, { dateStyle: style, timeStyle: 'short' }).format(date);
}

/** A time span on one day or across days ("9 grudnia 2026, 18:05–20:00"). */
export function formatDateTimeRange(from: DateInput, to: DateInput, locale: string, style: 'medium' | 'long' | 'full' = 'long'): string {
	const a = asDate(from);
	const b = asDate(to);
	if (!valid(a) || !valid(b)) return '—';
	if (ymdInWarsaw(a) === ymdInWarsaw(b)) return `${style === 'full' ? formatDateTime(a, locale, 'full') : formatDateTime(a, locale, style)}–${formatTime(b, locale)}`;
	return `${formatDateTime(a, locale, style)} – ${formatDateTime(b, locale, style)}`;
}

/** The calendar day in Kraków, "2026-12-09" (for `<input type=date>` and comparisons). */
export function ymdInWarsaw(d: DateInput): string {
	const parts = dateFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(asDate(d));
	const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Date and time in Kraków for `<input type=datetime-local>`: "2026-12-09T18:05". */
export function localDateTimeInWarsaw(d: DateInput): string {
	const parts = dateFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(asDate(d));
	const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

// ---------------------------------------------------------------- amounts as people type them

export type ParsedNumber = { ok: true; value: number } | { ok: false; error: 'number_format' | 'amount_decimals' };

/**
 * Reads a number as a person types it in their language: spaces (also no-break and thin ones)
 * and apostrophes group digits, "zł"/"PLN"/"%" are ignored; in Polish and Ukrainian the comma is
 * the decimal mark and a dot followed by groups of three digits groups them ("24.000,50"); in
 * English the dot is the decimal mark and commas group. When both marks appear, the last one is
 * the decimal mark. `maxDecimals` refuses "24,000" as a złoty amount in Polish (three decimals:
 * the person most likely meant 24 000) instead of reading 24.
 */
export function parseNumber(text: string, locale: string, opts: { maxDecimals?: number } = {}): ParsedNumber {
	let s = String(text ?? '')
		.trim()
		.replace(/(zł|zl|pln|%)\.?$/i, '')
		.replace(/^(pln)/i, '')
		.replace(/[\s\u00a0\u202f\u2009'’]/g, '')
		.replace(/^\u2212/, '-');
	if (!s || !/^[-+]?[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, error: 'number_format' };
	const sign = s.startsWith('-') ? -1 : 1;
	s = s.replace(/^[-+]/, '');
	const lastComma = s.lastIndexOf(',');
	const lastDot = s.lastIndexOf('.');
	let decimalMark: ',' | '.' | null;
	if (lastComma >= 0 && lastDot >= 0) decimalMark = lastComma > lastDot ? ',' : '.';
	else if (lastComma >= 0) decimalMark = locale === 'en' && /^\d{1,3}(,\d{3})+$/.test(s) ? null : ',';
	else if (lastDot >= 0) decimalMark = locale !== 'en' && /^\d{1,3}(\.\d{3})+$/.test(s) ? null : '.';
	else decimalMark = null;
	const group = decimalMark === ',' ? '.' : decimalMark === '.' ? ',' : lastDot >= 0 ? '.' : ',';
	const [intPart, frac = '', extra] = (decimalMark ? s.split(decimalMark) : [s]) as [string, string?, string?];
	if (extra !== undefined || frac.includes(group)) return { ok: false, error: 'number_format' };
	// Grouping marks must separate groups of three digits ("1.000.000", not "1.00.0").
	if (intPart.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(intPart)) return { ok: false, error: 'number_format' };
	const digits = intPart.split(group).join('');
	if (!/^\d*$/.test(digits) || !/^\d*$/.test(frac) || (!digits && !frac)) return { ok: false, error: 'number_format' };
	if (opts.maxDecimals !== undefined && frac.length > opts.maxDecimals) return { ok: false, error: 'amount_decimals' };
	const value = sign * Number(`${digits || '0'}.${frac || '0'}`);
	return Number.isFinite(value) ? { ok: true, value } : { ok: false, error: 'number_format' };
}

/** An amount in złoty as typed ("24 000,50", "24000.50 zł", "1 000 000"): at most two decimals. */
export function parseAmount(text: string, locale: string): ParsedNumber {
	return parseNumber(text, locale, { maxDecimals: 2 });
}
