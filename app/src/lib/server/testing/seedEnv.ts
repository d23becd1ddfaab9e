import { eq } from 'drizzle-orm';
import type { SeedEnv } from '../modules';
import { user } from '../accounts/schema';
import type { TestDatabase } from './db';

/** What the demo seed hands a module, in a test database: the demo official (also standing in
 * for the moderator and the admin) and the three demo residents with their districts. */
export async function demoSeedEnv(t: TestDatabase, now = new Date()): Promise<SeedEnv> {
	const official = t.ctx(await t.user('official', 'Marta Urzędnik'), () => now);
	const residents = [];
	for (const [name, districtId] of [['Anna Nowak', 13], ['Piotr Kowalczyk', 18], ['Olena Shevchenko', 2]] as const) {
		const u = await t.user('resident', name);
		await t.db.update(user).set({ districtId }).where(eq(user.id, u.id));
		residents.push(t.ctx(u, () => now));
	}
	return { db: t.db, auth: t.auth, log: () => {}, now, as: { official, moderator: official, admin: official, residents } };
}
