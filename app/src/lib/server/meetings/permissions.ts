import type { Actor } from '../core/context';

/** Meeting rules: the officials of the meeting's process (or, for a meeting without a process,
 * its creator) run it; an admin runs every meeting; anyone signed in registers. */
export const meetingRules = {
	create: (actor: Actor, processOfficialIds: readonly string[] | null) =>
		actor?.role === 'admin' || (actor?.role === 'official' && (processOfficialIds === null || processOfficialIds.includes(actor.id))),
	manage: (actor: Actor, m: { createdBy: string | null }, processOfficialIds: readonly string[]) =>
		actor?.role === 'admin' || (actor?.role === 'official' && (processOfficialIds.includes(actor.id) || m.createdBy === actor.id)),
	register: (actor: Actor) => actor !== null
};
