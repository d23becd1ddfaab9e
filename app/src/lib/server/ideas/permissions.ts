import type { Actor } from '../core/context';

/** Idea rules: residents with a confirmed e-mail propose, support (not their own) and comment;
 * the officials assigned to the idea's ideas process (and admins) respond and turn ideas into
 * consultations or budget projects. */
export const ideaRules = {
	create: (actor: Actor) => actor !== null && actor.emailVerified,
	support: (actor: Actor, idea: { authorId: string | null }) => actor !== null && actor.emailVerified && actor.id !== idea.authorId,
	respond: (actor: Actor, processOfficialIds: readonly string[]) => actor?.role === 'admin' || (actor?.role === 'official' && processOfficialIds.includes(actor.id))
};
