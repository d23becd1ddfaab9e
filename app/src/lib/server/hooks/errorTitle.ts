import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/format';
import { ERROR_SUMMARY_ATTR, errorTitle } from '$lib/errorSummary';

// A real tag carrying the marker: text a person wrote is escaped (`&lt;div`), so it cannot fake one.
const SUMMARY_TAG = new RegExp(`<div\\b[^<>]*\\s${ERROR_SUMMARY_ATTR}(?:=""|\\s|>)`);

/** GOV.UK: a page that shows an error summary has a title starting with "Błąd: " (in the page's
 * language), so the first thing a screen reader announces after a failed submission is the error.
 * The browser's JavaScript keeps it so ($lib/errorSummary). */
export function prefixErrorTitle(html: string, locale: Locale): string {
	if (!SUMMARY_TAG.test(html)) return html;
	const prefix = m.error_title_prefix({}, { locale });
	return html.replace(/<title>([^<]*)<\/title>/, (_, title: string) => `<title>${errorTitle(title, prefix)}</title>`);
}
