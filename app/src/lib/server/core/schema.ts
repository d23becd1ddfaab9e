import { pgTable, text } from 'drizzle-orm/pg-core';

/** Platform-wide settings shared by every app instance (e.g. the generated auth secret). */
export const platformSetting = pgTable('platform_setting', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

/** The languages people write in here (the interface's). */
export const CONTENT_LANGS = ['pl', 'en', 'uk'] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];

/** The language a text people wrote is in (WCAG 3.1.2: pages mark it with `lang`): the author's
 * interface language by default, editable where they write. Rows from before are Polish. */
export const contentLang = () => text('lang').notNull().default('pl');
