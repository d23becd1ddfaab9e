// What an error page says, for every status a person can meet: a title, what happened, and what
// to do next. Used by the error page inside the site's layout (routes/+error.svelte) and by the
// standalone page the server sends when the layout itself cannot be rendered (the database is
// unavailable, or the request could not be read at all).
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';

/** The statuses with their own page; any other 4xx reads as 400 and any other 5xx as 500. */
export const ERROR_PAGE_STATUSES = [400, 401, 403, 404, 409, 413, 429, 500, 503] as const;
export type ErrorPageStatus = (typeof ERROR_PAGE_STATUSES)[number];

export interface ErrorPageStep {
	text: string;
	href?: string;
}

export interface ErrorPageContent {
	status: ErrorPageStatus;
	title: string;
	text: string;
	/** What exactly was wrong, when known (e.g. which form field held unreadable text). */
	detail?: string;
	steps: ErrorPageStep[];
}

/** The page's status: a database outage reported as a 500 by the page renderer is a 503. */
export function errorPageStatus(status: number, error: App.Error | null | undefined): ErrorPageStatus {
	if (error?.code === 'unavailable') return 503;
	if ((ERROR_PAGE_STATUSES as readonly number[]).includes(status)) return status as ErrorPageStatus;
	return status >= 500 ? 500 : 400;
}

/** "0,5" / "0.5" / "20": megabytes with at most one decimal, in the locale's digits. */
export function formatMegabytes(mb: number, locale: string): string {
	const tag = locale === 'uk' ? 'uk-UA' : locale === 'en' ? 'en-GB' : 'pl-PL';
	return new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(mb);
}

/** Keys that only repeat what the status's title says. */
const GENERIC_KEYS = new Set(['not_found', 'forbidden', 'unauthenticated', 'conflict', 'invalid', 'rate_limited']);

/** What exactly went wrong, when the page knows more than the status: the unreadable input, or
 * the route's own message (a message key rendered in the reader's language, e.g. "Nie znaleziono
 * projektu"). */
function detailOf(error: App.Error | null | undefined, locale: string): string | undefined {
	if (!error) return undefined;
	if (error.badInput) return badInputDetail(error, locale);
	return error.key && !GENERIC_KEYS.has(error.key) && error.message ? error.message : undefined;
}

function badInputDetail(error: App.Error, locale: string): string | undefined {
	const b = error.badInput;
	if (!b) return undefined;
	const what = b.kind === 'nul' ? m.error_page_bad_input_nul({}, { locale: locale as never }) : m.error_page_bad_input_invalid_utf8({}, { locale: locale as never });
	const o = { locale: locale as never };
	if (b.where === 'path') return m.error_page_bad_input_path({ what }, o);
	if (b.where === 'query') return b.name ? m.error_page_bad_input_query({ name: b.name, what }, o) : m.error_page_bad_input_query_unnamed({ what }, o);
	return b.name ? m.error_page_bad_input_form({ name: b.name, what }, o) : m.error_page_bad_input_form_unnamed({ what }, o);
}

/**
 * The content of the error page for a status, in a locale.
 * @param here the page's path and query (for "sign in and come back", "open it again")
 */
export function errorPageContent(status: number, error: App.Error | null | undefined, here: string, locale: string): ErrorPageContent {
	const s = errorPageStatus(status, error);
	const o = { locale: locale as never };
	const href = (path: string) => localizeHref(path, o);
	const home: ErrorPageStep = { text: m.error_page_step_home({}, o), href: href('/') };
	const back: ErrorPageStep = { text: m.error_page_step_back({}, o) };
	const signIn: ErrorPageStep = { text: m.error_page_step_signin({}, o), href: `${href('/signin')}?next=${encodeURIComponent(here)}` };
	const reload: ErrorPageStep = { text: m.error_page_step_reload({}, o), href: href(here) };
	const page = (c: Omit<ErrorPageContent, 'status' | 'detail'>): ErrorPageContent => ({ status: s, ...c, detail: detailOf(error, locale) });
	switch (s) {
		case 400:
			return page({ title: m.error_page_400_title({}, o), text: m.error_page_400_text({}, o), steps: [{ text: m.error_page_step_check_address({}, o) }, back, home] });
		case 401:
			return page({ title: m.error_page_401_title({}, o), text: m.error_page_401_text({}, o), steps: [signIn, home] });
		case 403:
			return page({ title: m.error_page_403_title({}, o), text: m.error_page_403_text({}, o), steps: [{ text: m.error_page_step_other_account({}, o), href: signIn.href }, home] });
		case 404:
			return page({ title: m.error_page_404_title({}, o), text: m.error_page_404_text({}, o), steps: [{ text: m.error_page_step_check_address({}, o) }, { text: m.error_page_step_processes({}, o), href: href('/processes') }, home] });
		case 409:
			return page({ title: m.error_page_409_title({}, o), text: m.error_page_409_text({}, o), steps: [reload, home] });
		case 413: {
			const text = error?.limitMb ? m.error_page_413_text({ limit: formatMegabytes(error.limitMb, locale) }, o) : m.error_page_413_text_no_limit({}, o);
			return page({ title: m.error_page_413_title({}, o), text, steps: [{ text: m.error_page_step_smaller({}, o) }, back] });
		}
		case 429:
			return page({ title: m.error_page_429_title({}, o), text: m.error_page_429_text({}, o), steps: [{ text: m.error_page_step_wait({}, o) }, home] });
		case 500:
			return page({ title: m.error_page_500_title({}, o), text: m.error_page_500_text({}, o), steps: [{ text: m.error_page_step_retry({}, o), href: href(here) }, { text: m.error_page_step_report({}, o) }, home] });
		case 503:
			return page({ title: m.error_page_503_title({}, o), text: m.error_page_503_text({}, o), steps: [{ text: m.error_page_step_retry({}, o), href: href(here) }, home] });
	}
}
