// The language checks of a rendered page, in the page's language: no raw message keys, no words
// of another language in the interface, a number followed by the right plural form (CLDR, the
// forms read from the message catalogue), a space before "(" and around "—", amounts, shares
// and times formatted for the reader. Used by language.e2e.test.ts over every page the journeys
// reach.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export type Lang = 'pl' | 'en' | 'uk';
export const LANGS: Lang[] = ['pl', 'en', 'uk'];

const APP = fileURLToPath(new URL('../../', import.meta.url));
type Stored = string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];

function catalogue(lang: Lang): Map<string, Stored> {
	const settings = JSON.parse(readFileSync(join(APP, 'project.inlang/settings.json'), 'utf8')) as { 'plugin.inlang.messageFormat': { pathPattern: string[] } };
	const out = new Map<string, Stored>();
	for (const p of settings['plugin.inlang.messageFormat'].pathPattern) {
		const data = JSON.parse(readFileSync(join(APP, p.replace('{locale}', lang)), 'utf8')) as Record<string, Stored>;
		for (const [k, v] of Object.entries(data)) if (!k.startsWith('$')) out.set(k, v);
	}
	return out;
}
const catalogues = { pl: catalogue('pl'), en: catalogue('en'), uk: catalogue('uk') };
const KEYS = new Set(catalogues.pl.keys());

/**
 * Words that must not be shown in a language's interface. Polish interface words on the English
 * and Ukrainian pages (stage and status names, buttons), English ones on the Polish and Ukrainian
 * pages (framework and validation texts that escaped translation), and texts that mean a value
 * was never formatted. Whole words, case-sensitive where a lower-case word is a common name.
 */
const COMMON_WRONG = ['undefined', 'NaN', '[object Object]', 'Invalid Date', 'Internal Error', 'Internal error'];
const ENGLISH_LEAKS = [
	'Forbidden',
	'You are not allowed',
	'Invalid input',
	'Not found',
	'Only this panel',
	'lottery',
	'Too big',
	'Too small',
	'expected string',
	'expected number',
	'Required',
	'Submit',
	'Cancel',
	'Sign in',
	'Sign out',
	'Save',
	'Draft',
	'Submitted',
	'Rejected',
	'Selected',
	'Pending',
	'Approved',
	'Published',
	'Closed',
	'Consultation',
	'Voting',
	'Deliberation',
	'Recruitment',
	'Implementation',
	'hybrid',
	'in person',
	'in_person',
	'in_vote'
];
const POLISH_LEAKS = [
	'Konsultacje',
	'Głosowanie',
	'Weryfikacja',
	'Rekrutacja',
	'Deliberacja',
	'Realizacja',
	'Zakończone',
	'Zakończony',
	'Szkic',
	'Złożony',
	'Odrzucony',
	'Wybrany',
	'Zgłoszony',
	'Zapisz',
	'Wyślij',
	'Anuluj',
	'Zaloguj',
	'Wyloguj',
	'wymagane',
	'Etap',
	'projektów',
	'głosów',
	'osób',
	'losowanie',
	'stacjonarnie',
	'hybrydowo',
	'niepotwierdzony',
	'Brak',
	'Tytuł',
	'Opis',
	'Zobacz',
	'Wróć'
];
export const FORBIDDEN: Record<Lang, string[]> = {
	pl: [...COMMON_WRONG, ...ENGLISH_LEAKS],
	en: [...COMMON_WRONG, ...POLISH_LEAKS],
	uk: [...COMMON_WRONG, ...ENGLISH_LEAKS, ...POLISH_LEAKS]
};

/** Gendered Polish that assumes a man (or writes "ś/aś" forms at the reader). */
const GENDERED_PL = /\b(głosowałeś|głosowałaś|zostałeś|zostałaś|zostałaś\/eś|Zostałaś\/eś|wylosowany do|jesteś zapisany|zapisałeś|wysłałeś|dodałeś|zgłosiłeś|zapisana\/y|wylosowana\/y)\b/i;

/**
 * Noun forms after a count, per language and CLDR category, read from the plural messages of the
 * catalogue ("{nText} projekt" / "{nText} projekty" / "{nText} projektów"): the word right after
 * the number in each variant. A word shown after a number must be the one its category picks.
 */
function pluralForms(lang: Lang): { words: Map<string, Record<string, string>[]> } {
	const words = new Map<string, Record<string, string>[]>();
	for (const msg of catalogues[lang].values()) {
		if (typeof msg === 'string') continue;
		for (const v of msg) {
			const sel = v.selectors ?? [];
			if (sel.length !== 1) continue;
			const decl = (v.declarations ?? []).find((d) => d.includes(`${sel[0]} =`) && d.includes(': plural'));
			const textDecl = (v.declarations ?? []).find((d) => /: number/.test(d));
			if (!decl || !textDecl) continue;
			const textVar = /local (\w+) =/.exec(textDecl)?.[1];
			if (!textVar) continue;
			const byCat: Record<string, string> = {};
			for (const [k, text] of Object.entries(v.match)) {
				const cat = k.split('=')[1] === '*' ? 'other' : k.split('=')[1];
				const w = new RegExp(`\\{${textVar}\\}\\s+([\\p{L}]+)`, 'u').exec(text)?.[1];
				if (w) byCat[cat] = w;
			}
			if (Object.keys(byCat).length < 2) continue;
			for (const w of Object.values(byCat)) words.set(w, [...(words.get(w) ?? []), byCat]);
		}
	}
	return { words };
}
const PLURALS = { pl: pluralForms('pl'), en: pluralForms('en'), uk: pluralForms('uk') };

const GENITIVE_BEFORE = /(?:^|[^\p{L}])(?:z|ze|spośród|około|do|od|ponad|dla|u|bez|wśród|oprócz|zamiast|з|із|зі|до|від|для|без|серед|близько|понад|біля|замість|крім)\s+$/iu;

/** "12 345", "1,5", "1.5" → the number. */
function numberOf(text: string, lang: Lang): number {
	const plain = text.replace(/[\s\u00a0\u202f]/g, '');
	return lang === 'en' ? Number(plain.replace(/,/g, '')) : Number(plain.replace(',', '.'));
}

export interface PageText {
	text: string;
	title: string;
	lang: string | null;
	/** The texts between tags, each as written (for telling people's words from the interface's). */
	nodes: string[];
}

const BLOCK = /^(address|article|aside|blockquote|br|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|option|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|label|legend|button|select|textarea|input|img|title|head|body|html|meta|link)$/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * What a reader sees of a server-rendered page, as text: scripts, styles, SVG and code examples
 * left out, block elements on their own lines, inline elements joined as the browser joins them
 * (so "Podgórskim<span>(3 pkt)</span>" stays glued, as it reads), entities decoded, the title and
 * the <html lang> apart.
 */
export function pageText(html: string): PageText {
	const lang = /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? null;
	const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
	const body = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html)
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style|svg|code|pre|kbd|samp|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ');
	// Texts in attributes are read too (by screen readers, as tooltips, in empty fields).
	const attributes = [...body.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]+)"/g)].map((m) => m[1]);
	const text = (body + '\n' + attributes.join('\n'))
		.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_, tag: string) => (BLOCK.test(tag) ? '\n' : ''))
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m)))
		.replace(/[ \t\r]*\n[ \t\r\n]*/g, '\n')
		.replace(/[ \t\r]+/g, ' ');
	const decode = (t: string) => t.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
	const nodes = body
		.split(/<[^>]*>/)
		.map((t) => t.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim())
		.filter((t) => t.length >= 3);
	return { text: text.trim(), title: decode(title), lang, nodes };
}


/** Texts (between tags) that read the same in all three versions of a page: what people wrote
 * (titles, descriptions, names, real data), which stays in its own language and as written. */
export function sameInAllLanguages(pages: PageText[]): Set<string> {
	const sets = pages.map((p) => new Set(p.nodes));
	return new Set([...sets[0]].filter((l) => sets.every((s) => s.has(l))));
}

/** Every language problem of a page's text; [] when it reads right. Lines in `content` (people's
 * own words) are not held to the interface's word lists, unless they are a Polish interface text. */
export function languageProblems(lang: Lang, { text, title, lang: htmlLang }: PageText, content: Set<string> = new Set()): string[] {
	const problems: string[] = [];
	const all = `${title}\n${text}`;
	const fullLine = (i: number) => {
		const start = all.lastIndexOf('\n', i) + 1;
		const end = all.indexOf('\n', i);
		return all.slice(start, end < 0 ? undefined : end);
	};
	const line = (i: number) => fullLine(i).trim().slice(0, 160);
	const contentNodes = [...content];
	/** A match inside people's own words (a text the same in every language, on this line). */
	const inContent = (m: RegExpMatchArray) => {
		const l = fullLine(m.index!);
		return contentNodes.some((n) => n.includes(m[0].trim()) && l.includes(n));
	};
	const report = (m: RegExpMatchArray, what: string) => {
		if (!inContent(m)) problems.push(`${what}: ${line(m.index!)}`);
	};
	if (htmlLang !== lang) problems.push(`<html lang="${htmlLang}">, expected "${lang}"`);

	for (const m of all.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g)) {
		if (KEYS.has(m[0]) || m[0].startsWith('err_')) problems.push(`raw message key "${m[0]}": ${line(m.index!)}`);
	}
	for (const w of FORBIDDEN[lang]) {
		const re = new RegExp(`(?<![\\p{L}\\p{N}_])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'gu');
		for (const m of all.matchAll(re)) report(m, `"${w}" on a ${lang} page`);
	}
	if (lang === 'pl') for (const m of all.matchAll(new RegExp(GENDERED_PL.source, 'giu'))) report(m, `gendered form "${m[0]}"`);

	// A letter, digit or closing punctuation glued to "(", and a word glued to an em dash.
	for (const m of all.matchAll(/[\p{L}\p{N}?!:;,.)\]](\()/gu)) if (!/\b[A-Z][A-Z0-9]*(?:-\d+)?$/.test(all.slice(Math.max(0, m.index! - 12), m.index! + 1))) report(m, 'no space before "("');
	for (const m of all.matchAll(/[\p{L}\p{N})]—|—[\p{L}\p{N}(]/gu)) report(m, 'no space around "—"');

	// Counts: the noun after a number must be the form its plural category picks.
	const rules = new Intl.PluralRules(lang);
	const num = lang === 'en' ? String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?` : String.raw`\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
	for (const m of all.matchAll(new RegExp(`(?<![\\p{L}\\p{N}.,/:-])(${num})[ \\u00a0]([\\p{L}]+)`, 'gu'))) {
		const entries = PLURALS[lang].words.get(m[2]);
		if (!entries) continue;
		const n = numberOf(m[1], lang);
		if (!Number.isFinite(n)) continue;
		const cat = rules.select(n);
		// After a preposition that governs the genitive ("5 z 24 osób", "з 24 осіб") the form is right.
		if (GENITIVE_BEFORE.test(all.slice(Math.max(0, m.index! - 12), m.index!))) continue;
		if (!entries.some((forms) => (forms[cat] ?? forms.other) === m[2])) report(m, `"${m[1]} ${m[2]}" is the wrong form for ${m[1]} (${cat}: "${entries[0][cat] ?? entries[0].other}")`);
	}

	// Numbers formatted by a program, not for people.
	const checks: [RegExp, string][] = [
		[/\d{4}-\d\d-\d\dT\d\d:\d\d/g, 'an ISO timestamp'],
		[/\b\d{4,}\.\d\d\b(?!\.\d)/g, 'an unformatted amount'],
		[/\b\d{5,}(?:[.,]\d+)?\s?(?:PLN|zł)/g, 'an amount without digit grouping'],
		[/\b\d{4}(?:[.,]\d+)?\s?PLN/g, 'a raw number before "PLN"'],
		[/GMT[+-]|\bUTC\b|Coordinated Universal Time/g, 'a time zone name (times are shown in Kraków time)'],
		// A sentence's full stop after a text that ends with its own ("9 грудня 2026 р.").
		[/[^.\s]\.\.(?!\.)/g, 'a doubled full stop']
	];
	if (lang !== 'en') checks.push([/\d\.\d+\s?%/g, 'a decimal point in a percentage'], [/\d\.\d\d\s?zł/g, 'a decimal point in an amount']);
	else checks.push([/\d,\d{1,2}\s?%/g, 'a decimal comma in an English percentage']);
	for (const [re, what] of checks) for (const m of all.matchAll(re)) report(m, `${what} "${m[0]}"`);
	return problems;
}
