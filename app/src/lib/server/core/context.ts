import type { Db } from '../db/client';
import type { Role } from '../accounts/schema';

/** Who is acting. `null` = an anonymous visitor. */
export type Actor = { id: string; role: Role; emailVerified: boolean } | null;

/** Everything a service function needs: the database, who acts, and the clock (tests set it). */
export interface ServiceContext {
	db: Db;
	actor: Actor;
	now: () => Date;
}

export function systemClock(): Date {
	return new Date();
}
