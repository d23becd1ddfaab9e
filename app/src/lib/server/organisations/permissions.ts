import type { Actor } from '../core/context';
import type { OrganisationMemberRole } from './schema';

/** What the acting person is in one organisation (never a global role). */
export interface OrganisationStanding {
	role: OrganisationMemberRole | null;
}

const official = (actor: Actor) => actor?.role === 'official' || actor?.role === 'admin';

/** Organisation rules, as the city's cooperation programme would put them:
 * - anyone signed in with a confirmed e-mail registers an organisation and becomes its admin;
 * - the organisation's admins edit its profile and add or remove its representatives and admins
 *   (a platform admin may too, e.g. when an organisation has lost its last admin);
 * - admins and representatives act for the organisation (offers, reports, partner sessions);
 * - any member may leave; the last admin may not (someone must answer for the organisation);
 * - officials verify the name, KRS and NIP against the public registers;
 * - everyone reads the public register and profiles. */
export const organisationRules = {
	register: (actor: Actor) => actor !== null && actor.emailVerified,
	editProfile: (actor: Actor, s: OrganisationStanding) => actor !== null && (s.role === 'admin' || actor.role === 'admin'),
	manageMembers: (actor: Actor, s: OrganisationStanding) => actor !== null && (s.role === 'admin' || actor.role === 'admin'),
	actFor: (actor: Actor, s: OrganisationStanding) => actor !== null && actor.emailVerified && s.role !== null,
	openWorkspace: (actor: Actor, s: OrganisationStanding) => actor !== null && (s.role !== null || actor.role === 'admin'),
	leave: (actor: Actor, s: OrganisationStanding) => actor !== null && s.role !== null,
	verify: (actor: Actor) => official(actor),
	listForOfficials: (actor: Actor) => official(actor)
};
