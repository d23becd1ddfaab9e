import type { Actor } from '../core/context';

/** Account rules. Everyone manages their own profile; only admins change roles or read the outbox. */
export const accountRules = {
	editOwnProfile: (actor: Actor) => actor !== null,
	changeRoles: (actor: Actor) => actor?.role === 'admin',
	readOutbox: (actor: Actor) => actor?.role === 'admin',
	listUsers: (actor: Actor) => actor?.role === 'admin'
};
