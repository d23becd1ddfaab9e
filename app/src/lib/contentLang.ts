import { getLocale } from '$lib/i18n';

/**
 * WCAG 3.1.2 (Language of Parts): text people wrote keeps the language it was written in, so a
 * screen reader reads Polish with a Polish voice on an English page. Put `lang={langOf(x.lang)}`
 * on the element that holds the text (titles too): nothing when it is the page's language, the
 * text's language otherwise. Text stored before languages were recorded is Polish.
 */
export function langOf(lang: string | null | undefined): string | undefined {
	const l = lang || 'pl';
	return l === getLocale() ? undefined : l;
}
