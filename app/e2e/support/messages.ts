// The interface texts, read from the same message files the app compiles, so the tests follow
// the wording instead of copying it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Messages = Record<string, string>;
const load = (locale: string): Messages =>
	JSON.parse(readFileSync(fileURLToPath(new URL(`../../messages/core/${locale}.json`, import.meta.url)), 'utf8'));

export const messages = { pl: load('pl'), en: load('en'), uk: load('uk') } as const;
export const pl = messages.pl;

/** The text of a message with `{placeholders}` filled in. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

/** The part of a message before its first placeholder (for partial matches). */
export function prefix(text: string): string {
	return text.split('{')[0];
}
