// E-mails in the recipient's language: a subject and a body that are messages
// (`email_<key>_subject`, `email_<key>_body`, in app/messages/email), values formatted for the
// reader (`…At` as a date and time in Kraków, `…Amount` in złoty), the link built from the site's
// origin (an inbox has no page to be relative to), and a plain-text and an HTML part.
import { formatParams, messageByKey } from '$lib/i18n';
import { formatDateTime, isLocale, type Locale } from '$lib/format';

/** What an e-mail says, before it knows its reader's language. */
export interface EmailSpec {
	/** The messages `email_<key>_subject` and `email_<key>_body`. */
	key: string;
	/** Values the texts name (formatted for the reader by their names, see formatParams). */
	params?: Record<string, string | number | Date>;
	/** Values that are labels, by message key ({ status: 'ideas_status_accepted' }): in the
	 * reader's language. */
	labels?: Record<string, string>;
	/** More sentences after the body, by message key with their values (a corrected cost). */
	extra?: { key: string; params?: Record<string, string | number | Date> }[];
	/** A path on the site ("/meetings/…"): shown as an absolute link under the body. */
	link?: string;
	/** Text a person wrote (a justification, a reason): quoted as written, in any language. */
	quote?: string;
}

export interface RenderedEmail {
	subject: string;
	text: string;
	html: string;
}

let origin: string | undefined;
/** The site's address for links in e-mails (the runtime sets it from ORIGIN at start-up). */
export function setSiteOrigin(o: string): void {
	origin = o.replace(/\/$/, '');
}
export function siteOrigin(): string {
	return origin ?? (process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
}

/** An absolute address on the site, in the reader's language ("/uk/meetings/…"). */
export function absoluteLink(path: string, locale: Locale): string {
	if (/^https?:\/\//.test(path)) return path;
	const p = path.startsWith('/') ? path : `/${path}`;
	const localized = locale === 'pl' ? p : p === '/' ? `/${locale}` : `/${locale}${p}`;
	return siteOrigin() + localized;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The language an e-mail is written in: the person's own, Polish when they never chose one. */
export function recipientLocale(stored: string | null | undefined): Locale {
	return isLocale(stored) ? stored : 'pl';
}

function message(key: string, params: Record<string, unknown>, locale: Locale): string {
	const text = messageByKey(key, params, locale);
	// A missing message is a programming error the i18n test catches; never mail a raw key.
	if (text === undefined) throw new Error(`No message ${key}`);
	return text;
}

export function renderEmail(spec: EmailSpec, locale: Locale): RenderedEmail {
	const labels = Object.fromEntries(Object.entries(spec.labels ?? {}).map(([k, key]) => [k, message(key, {}, locale)]));
	// Times in full, with the weekday ("środa, 9 grudnia 2026 18:05", Kraków time): a mail is
	// read days before the event.
	const entries = Object.entries(spec.params ?? {});
	const times = Object.fromEntries(entries.filter(([k, v]) => /At$/.test(k) && v instanceof Date).map(([k, v]) => [k, formatDateTime(v, locale, 'full')]));
	const rest = Object.fromEntries(entries.filter(([k]) => !(k in times)));
	const params = { ...formatParams(rest, locale), ...times, ...labels };
	const subject = `Decydujemy: ${message(`email_${spec.key}_subject`, params, locale)}`;
	const body = [message(`email_${spec.key}_body`, params, locale), ...(spec.extra ?? []).map((x) => message(x.key, formatParams(x.params ?? {}, locale), locale))].join('\n\n');
	const link = spec.link ? absoluteLink(spec.link, locale) : undefined;
	const footer = message('email_footer', { settings: absoluteLink('/notifications', locale) }, locale);
	const linkLabel = link ? message('email_open_link', {}, locale) : '';

	const text = [body, spec.quote ? spec.quote.split('\n').map((l) => `> ${l}`).join('\n') : '', link ? `${linkLabel}:\n${link}` : '', `-- \n${footer}`].filter(Boolean).join('\n\n') + '\n';
	const paragraphs = (t: string) => t.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
	const html = [
		`<!doctype html>`,
		`<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
		`<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em;">`,
		paragraphs(body),
		spec.quote ? `<blockquote style="border-left: 4px solid #b1b4b6; margin: 0; padding-left: 1em;">${paragraphs(spec.quote)}</blockquote>` : '',
		link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(linkLabel)}</a></p>` : '',
		`<hr><p style="color: #505a5f; font-size: 0.9em;">${escapeHtml(footer).replace(/\n/g, '<br>')}</p>`,
		`</body></html>`
	]
		.filter(Boolean)
		.join('\n');
	return { subject, text, html };
}
