import type { Actor } from '../core/context';

/** Process rules: officials and admins create processes; an official edits only the processes
 * they are assigned to; admins assign officials. Everyone reads what is published. */
export const processRules = {
	create: (actor: Actor) => actor?.role === 'official' || actor?.role === 'admin',
	manage: (actor: Actor, officialIds: readonly string[]) =>
		actor?.role === 'admin' || (actor?.role === 'official' && officialIds.includes(actor.id)),
	assignOfficials: (actor: Actor) => actor?.role === 'admin',
	readDraft: (actor: Actor, officialIds: readonly string[]) =>
		actor?.role === 'admin' || (actor?.role === 'official' && officialIds.includes(actor.id))
};
