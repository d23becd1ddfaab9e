import type { Db } from './db/client';
import { modules } from './modules';

/** A module's answer to "what do you keep about this person, and how do you forget them". */
export interface PersonalDataHook {
	module: string;
	export(db: Db, userId: string): Promise<unknown>;
	/** Anonymise or delete; runs inside the account-deletion transaction. */
	erase(db: Db, userId: string): Promise<void>;
}

/** The hooks of every module that keeps personal data. */
export function personalDataHooks(): PersonalDataHook[] {
	return modules.flatMap((m) => (m.personalData ? [m.personalData] : []));
}
