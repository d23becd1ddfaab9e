import type { ModuleManifest } from '../modules';
import { accountRules } from './permissions';

/** Accounts: sign-up/in with e-mail (better-auth), roles (resident, moderator, official, admin),
 * profile with district and optional demographics (consent), data export and deletion, rate
 * limits. Tables: user, session, account, verification, rate_limit. */
export const accountsModule: ModuleManifest = {
	name: 'accounts',
	tables: ['user', 'session', 'account', 'verification', 'rate_limit'],
	permissions: accountRules
};
