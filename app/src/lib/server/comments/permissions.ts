import type { Actor } from '../core/context';

/** Comment rules: signed-in residents with a confirmed e-mail speak; moderators keep order. */
export const commentRules = {
	create: (actor: Actor) => actor !== null && actor.emailVerified,
	report: (actor: Actor) => actor !== null,
	moderate: (actor: Actor) => actor?.role === 'moderator' || actor?.role === 'admin'
};
