import { m } from '$lib/paraglide/messages';
import { localizeHref, getLocale } from '$lib/paraglide/runtime';
import * as fmt from '$lib/format';
import type { Locale } from '$lib/format';

export { m, localizeHref, getLocale };
export type { Locale };

type MessageFn = (params?: Record<string, unknown>, options?: { locale?: Locale }) => string;
const table = m as unknown as Record<string, MessageFn | undefined>;
const KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** A message by a key computed at run time (labels of enumerations, error keys); `undefined`
 * when there is no such message. */
export function messageByKey(key: string, params?: Record<string, unknown>, locale?: Locale): string | undefined {
	const fn = table[key];
	return typeof fn === 'function' ? fn(params ?? {}, locale ? { locale } : undefined) : undefined;
}

/**
 * An error in words: the key of a service error or of a field (`title_too_long`) is the message
 * `err_<key>`, filled with its values (`{ max: 120, got: 134 }`). Text that is not a key (already
 * rendered on the server) is shown as given; an unknown key is shown as given too, which the
 * language tests catch.
 */
export function errorText(key: string | undefined | null, params?: Record<string, string | number>, locale?: Locale): string {
	if (!key) return '';
	if (!KEY.test(key)) return key;
	return messageByKey(`err_${key}`, params && formatParams(params, locale ?? (getLocale() as Locale)), locale) ?? key;
}

/**
 * Values named by what they are get formatted for the reader before they go into a message:
 * `…Amount` as złoty ("1 000 000 zł"), `…At` as a date and time in Kraków, `…Date` as a date,
 * `…Percent` (a fraction) as a percentage. Counts stay numbers, so that the message picks the
 * plural form and formats them itself (`local nText = n: number`). A value a message names but
 * the caller left out reads as "" rather than "undefined".
 */
export function formatParams(params: Record<string, string | number | Date>, locale: Locale): Record<string, string | number> {
	const out: Record<string, string | number> = {};
	for (const [k, v] of Object.entries(params)) {
		if (/Amount$/.test(k) && typeof v === 'number') out[k] = fmt.formatAmount(v, locale);
		else if (/At$/.test(k) && (v instanceof Date || typeof v === 'string')) out[k] = fmt.formatDateTime(v, locale, 'long');
		else if (/Date$/.test(k) && (v instanceof Date || typeof v === 'string')) out[k] = fmt.formatDate(v, locale, 'long');
		else if (/Percent$/.test(k) && typeof v === 'number') out[k] = fmt.formatPercent(v, locale);
		else out[k] = v instanceof Date ? v.toISOString() : v;
	}
	return new Proxy(out, { get: (t, k) => (typeof k === 'string' && !(k in t) ? '' : Reflect.get(t, k)) });
}

/** Label of an enumeration value (`labelOf('budgets_status_', 'submitted')`); the value itself
 * only if the message is missing (the language tests fail on that). */
export function labelOf(prefix: string, value: string | null | undefined, locale?: Locale): string {
	if (!value) return '';
	return messageByKey(`${prefix}${value}`, undefined, locale) ?? value;
}

/** The phases the platform itself names (a budget edition's calendar, the demo processes), by
 * their Polish name as stored; a phase an official named in their own words is shown as written. */
const STANDARD_PHASES: Record<string, string> = {
	'Zgłaszanie projektów': 'submission',
	'Zbieranie podpisów poparcia': 'support',
	Weryfikacja: 'verification',
	Odwołania: 'appeals',
	Głosowanie: 'voting',
	Wyniki: 'results',
	Realizacja: 'implementation',
	'Kampania informacyjna': 'campaign',
	Konsultacje: 'consultation',
	Raport: 'report',
	Rekrutacja: 'recruitment',
	Losowanie: 'draw',
	'Spotkania panelu': 'panel_sessions',
	'Zbieranie pomysłów': 'ideas',
	Zapisy: 'registration'
};

/** A phase's name in the reader's language ("Konsultacje" → "Консультації"). */
export function phaseName(name: string, locale?: Locale): string {
	const code = Object.hasOwn(STANDARD_PHASES, name) ? STANDARD_PHASES[name] : undefined;
	return code ? labelOf('phase_', code, locale) : name;
}

export function mechanismName(mechanism: string): string {
	return labelOf('mechanism_', mechanism);
}

export function topicName(topic: string): string {
	return labelOf('topic_', topic);
}

// The formatting module with the page's language (see $lib/format for what each one does).
const here = (locale?: Locale) => locale ?? (getLocale() as Locale);
export const formatDate = (d: Date | string | number, style: 'short' | 'medium' | 'long' | 'full' = 'medium', locale?: Locale) => fmt.formatDate(d, here(locale), style);
export const formatDateTime = (d: Date | string | number, style: 'medium' | 'long' | 'full' = 'medium', locale?: Locale) => fmt.formatDateTime(d, here(locale), style);
export const formatTime = (d: Date | string | number, locale?: Locale) => fmt.formatTime(d, here(locale));
export const formatDateTimeRange = (a: Date | string | number, b: Date | string | number, style: 'medium' | 'long' | 'full' = 'long', locale?: Locale) =>
	fmt.formatDateTimeRange(a, b, here(locale), style);
export const formatNumber = (n: number, opts?: { maxFractionDigits?: number; minFractionDigits?: number }, locale?: Locale) => fmt.formatNumber(n, here(locale), opts);
export const formatAmount = (n: number, opts?: { grosze?: boolean }, locale?: Locale) => fmt.formatAmount(n, here(locale), opts);
export const formatPercent = (fraction: number, digits = 1, locale?: Locale) => fmt.formatPercent(fraction, here(locale), digits);
export const formatPercentPoints = (pct: number, digits = 1, locale?: Locale) => fmt.formatPercentPoints(pct, here(locale), digits);
export const pluralCategory = (n: number, locale?: Locale) => fmt.pluralCategory(n, here(locale));
export const parseAmount = (text: string, locale?: Locale) => fmt.parseAmount(text, here(locale));
