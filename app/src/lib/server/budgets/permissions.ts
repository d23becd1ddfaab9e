import type { Actor } from '../core/context';

/** Participatory-budget rules, as the city's regulations put them.
 * - Officials assigned to the edition (and admins) configure it, verify projects, decide appeals,
 *   enter paper ballots, close voting and report on implementation.
 * - A signed-in resident with a confirmed e-mail submits projects, signs support lists, appeals
 *   against a decision on their own project, votes and volunteers.
 * - Only the author (or a co-author) edits a draft or corrects a project after verification. */
const manage = (actor: Actor, officialIds: readonly string[]) => actor?.role === 'admin' || (actor?.role === 'official' && officialIds.includes(actor.id));

export const budgetRules = {
	manage,
	/** Appeals are decided by whom the edition says: its officials (and admins), or only the
	 * members of its civic budget council (Kraków), whatever their role. */
	decideAppeal: (actor: Actor, who: { decidedBy: 'officials' | 'council'; officialIds: readonly string[]; councilIds: readonly string[] }) =>
		who.decidedBy === 'council' ? actor !== null && who.councilIds.includes(actor.id) : manage(actor, who.officialIds),
	/** Reading an appeal with everything behind it: whoever may decide it, and the edition's officials. */
	readAppeal: (actor: Actor, who: { officialIds: readonly string[]; councilIds: readonly string[] }) => manage(actor, who.officialIds) || (actor !== null && who.councilIds.includes(actor.id)),
	submit: (actor: Actor) => actor !== null && actor.emailVerified,
	editProject: (actor: Actor, authorIds: readonly (string | null)[]) => actor !== null && authorIds.includes(actor.id),
	support: (actor: Actor) => actor !== null && actor.emailVerified,
	appeal: (actor: Actor, authorIds: readonly (string | null)[]) => actor !== null && authorIds.includes(actor.id),
	vote: (actor: Actor) => actor !== null && actor.emailVerified,
	volunteer: (actor: Actor) => actor !== null && actor.emailVerified
};
