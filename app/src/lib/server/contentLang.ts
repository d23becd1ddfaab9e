import { getLocale } from '$lib/paraglide/runtime';

/** The language a text sent in a form is written in: the form's choice (LanguageField), else the
 * author's interface language. The service checks it. */
export function writtenIn(form: FormData): string {
	const chosen = form.get('lang');
	return typeof chosen === 'string' && chosen ? chosen : getLocale();
}
