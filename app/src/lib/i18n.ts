import { m } from '$lib/paraglide/messages';
import { localizeHref, getLocale } from '$lib/paraglide/runtime';

export { m, localizeHref, getLocale };

/** Translates a service error code or field message key; unknown keys are shown as given. */
export function errorText(key: string | undefined): string {
	if (!key) return '';
	const fn = (m as unknown as Record<string, (() => string) | undefined>)[`err_${key}`];
	return typeof fn === 'function' ? fn() : key;
}

export function mechanismName(mechanism: string): string {
	const fn = (m as unknown as Record<string, (() => string) | undefined>)[`mechanism_${mechanism}`];
	return typeof fn === 'function' ? fn() : mechanism;
}

export function topicName(topic: string): string {
	const fn = (m as unknown as Record<string, (() => string) | undefined>)[`topic_${topic}`];
	return typeof fn === 'function' ? fn() : topic;
}

export function formatDate(d: Date | string): string {
	return new Intl.DateTimeFormat(getLocale() === 'uk' ? 'uk-UA' : getLocale() === 'en' ? 'en-GB' : 'pl-PL', { dateStyle: 'medium' }).format(new Date(d));
}

export function formatNumber(n: number): string {
	return new Intl.NumberFormat(getLocale() === 'uk' ? 'uk-UA' : getLocale() === 'en' ? 'en-GB' : 'pl-PL').format(n);
}
