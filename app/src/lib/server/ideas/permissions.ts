import type { Actor } from '../core/context';

/** Idea rules: residents with a confirmed e-mail propose, support (not their own) and comment;
 * officials and admins respond and turn ideas into consultations or budget projects. */
export const ideaRules = {
	create: (actor: Actor) => actor !== null && actor.emailVerified,
	support: (actor: Actor, idea: { authorId: string | null }) => actor !== null && actor.emailVerified && actor.id !== idea.authorId,
	respond: (actor: Actor) => actor?.role === 'official' || actor?.role === 'admin'
};
