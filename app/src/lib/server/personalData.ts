import type { Db } from './db/client';
import { commentsPersonalData } from './comments/personalData';
import { notificationsPersonalData } from './notifications/personalData';

/** A module's answer to "what do you keep about this person, and how do you forget them". */
export interface PersonalDataHook {
	module: string;
	export(db: Db, userId: string): Promise<unknown>;
	/** Anonymise or delete; runs inside the account-deletion transaction. */
	erase(db: Db, userId: string): Promise<void>;
}

/** Every module that keeps personal data registers its hook here. */
export function personalDataHooks(): PersonalDataHook[] {
	return [commentsPersonalData, notificationsPersonalData];
}
