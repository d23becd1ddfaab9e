import type { Actor } from '../core/context';

/** Who may act for an application: the named members of the group who have an account, and the
 * representatives of the organisation that applies on the group's behalf (if one does). */
export interface ApplicantSide {
	memberIds: readonly string[];
	representativeIds: readonly string[];
}

const isOfficialOf = (actor: Actor, officialIds: readonly string[]) => actor?.role === 'admin' || (actor?.role === 'official' && officialIds.includes(actor.id));
const isApplicant = (actor: Actor, side: ApplicantSide) => actor !== null && actor.emailVerified && (side.memberIds.includes(actor.id) || side.representativeIds.includes(actor.id));

/** Local initiative rules (ustawa o działalności pożytku publicznego i o wolontariacie,
 * art. 19b–19h), as the city's resolution puts them:
 * - officials and admins open a year's programme; the officials assigned to it (and admins) set
 *   its pool, the rate of an hour of social work and the criteria, assess applications, decide,
 *   prepare and sign agreements, record payments and review final reports;
 * - residents with a confirmed e-mail apply as a group of named people; the members of the
 *   group who have an account (and the representatives of an organisation applying on the
 *   group's behalf) edit and submit the application, withdraw it, accept the agreement, post
 *   progress updates and send the final report;
 * - the application's details that name people (the group's members) are for the group and the
 *   city; everyone else sees the public register. */
export const initiativeRules = {
	createProgramme: (actor: Actor) => actor?.role === 'official' || actor?.role === 'admin',
	manage: (actor: Actor, officialIds: readonly string[]) => isOfficialOf(actor, officialIds),
	apply: (actor: Actor) => actor !== null && actor.emailVerified,
	actForApplication: (actor: Actor, side: ApplicantSide) => isApplicant(actor, side),
	readPrivate: (actor: Actor, side: ApplicantSide, officialIds: readonly string[]) => isOfficialOf(actor, officialIds) || (actor !== null && (side.memberIds.includes(actor.id) || side.representativeIds.includes(actor.id)))
};
