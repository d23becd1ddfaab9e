import { pgTable, text } from 'drizzle-orm/pg-core';

/** Platform-wide settings shared by every app instance (e.g. the generated auth secret). */
export const platformSetting = pgTable('platform_setting', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});
