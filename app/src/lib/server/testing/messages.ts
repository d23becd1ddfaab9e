// The message catalogue as the translators wrote it (the JSON files that Paraglide compiles),
// for the tests that hold the texts to the rules: every key in pl, en and uk, every thrown key
// translated, limits named, plural forms complete. No compiled output needed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const APP_DIR = fileURLToPath(new URL('../../../../', import.meta.url));
export const LANGS = ['pl', 'en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** A message as stored: a simple pattern, or variants chosen by selectors (plurals). */
export type StoredMessage = string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];

export interface Catalogue {
	/** Message key → stored message, per language. */
	byLang: Record<Lang, Map<string, StoredMessage>>;
	/** Which file each key of each language came from. */
	fileOf: Record<Lang, Map<string, string>>;
}

/** The files listed in project.inlang/settings.json, with `{locale}` filled in. */
export function messageFiles(lang: Lang): string[] {
	const settings = JSON.parse(readFileSync(join(APP_DIR, 'project.inlang/settings.json'), 'utf8')) as { 'plugin.inlang.messageFormat': { pathPattern: string | string[] } };
	const patterns = ([] as string[]).concat(settings['plugin.inlang.messageFormat'].pathPattern);
	return patterns.map((p) => join(APP_DIR, 'project.inlang', '..', p.replace('{locale}', lang).replace(/^\.\//, '')));
}

let loaded: Catalogue | undefined;
export function catalogue(): Catalogue {
	if (loaded) return loaded;
	const byLang = {} as Catalogue['byLang'];
	const fileOf = {} as Catalogue['fileOf'];
	for (const lang of LANGS) {
		byLang[lang] = new Map();
		fileOf[lang] = new Map();
		for (const file of messageFiles(lang)) {
			const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, StoredMessage>;
			for (const [k, v] of Object.entries(data)) {
				if (k.startsWith('$')) continue; // "$schema"
				byLang[lang].set(k, v);
				fileOf[lang].set(k, file);
			}
		}
	}
	return (loaded = { byLang, fileOf });
}

/** Every text of a message (one for a simple message, one per variant otherwise). */
export function texts(msg: StoredMessage): string[] {
	return typeof msg === 'string' ? [msg] : msg.flatMap((v) => Object.values(v.match));
}

/** The inputs a message takes: its `{placeholders}` and its declared inputs. */
export function inputsOf(msg: StoredMessage): Set<string> {
	const out = new Set<string>();
	if (typeof msg === 'string') for (const [, name] of msg.matchAll(/(?<!\\)\{(\w+)\}/g)) out.add(name);
	else
		for (const v of msg)
			for (const d of v.declarations ?? []) {
				const input = /^input (\w+)$/.exec(d.trim());
				if (input) out.add(input[1]);
			}
	return out;
}

/** True when `err_<key>` has a text in every language. */
export function hasErrorText(key: string): boolean {
	const c = catalogue();
	return LANGS.every((l) => c.byLang[l].has(`err_${key}`));
}
