import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { platformSetting } from './schema';

/** Returns the stored value, creating it once with `make()`; safe with concurrent instances. */
export async function getOrCreateSetting(db: Db, key: string, make: () => string): Promise<string> {
	await db.insert(platformSetting).values({ key, value: make() }).onConflictDoNothing();
	const [row] = await db.select().from(platformSetting).where(eq(platformSetting.key, key));
	return row.value;
}

export function randomSecret(): string {
	return randomBytes(32).toString('base64url');
}
