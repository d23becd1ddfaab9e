import type { Actor } from '../core/context';

/** Consultation rules, as the city's regulations put them:
 * - the officials responsible for the consultation (and admins) set it up, build the survey,
 *   publish the document, authorise partners, group submissions into themes and answer them;
 * - only an admin may accept dates shorter than the minimums (7 days of information, 21 of
 *   consultation), and must give a reason;
 * - residents with a confirmed e-mail comment, support comments and drop pins while it is open;
 * - signed surveys: one answer per person; anonymous surveys: anyone, one per device;
 * - a partner's representative (or anyone acting for the partner's organisation) records the
 *   partner's sessions;
 * - people who took part evaluate the consultation once the report is out. */
export const consultationRules = {
	manage: (actor: Actor, officialIds: readonly string[]) =>
		actor?.role === 'admin' || (actor?.role === 'official' && officialIds.includes(actor.id)),
	overrideDurations: (actor: Actor) => actor?.role === 'admin',
	participate: (actor: Actor) => actor !== null && actor.emailVerified,
	answerSurvey: (actor: Actor, anonymous: boolean) => anonymous || (actor !== null && actor.emailVerified),
	supportComment: (actor: Actor, c: { authorId: string | null }) => actor !== null && actor.emailVerified && actor.id !== c.authorId,
	recordSession: (actor: Actor, p: { representativeId: string | null; organisationMemberIds?: readonly string[] }) => actor !== null && (p.representativeId === actor.id || (p.organisationMemberIds ?? []).includes(actor.id)),
	evaluate: (actor: Actor, tookPart: boolean) => actor !== null && tookPart
};
