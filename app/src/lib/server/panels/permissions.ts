import type { Actor } from '../core/context';
import { processRules } from '../processes/permissions';

/** What a person is in one panel: membership is per panel, never a global role. */
export interface PanelStanding {
	/** Officials assigned to the panel's process. */
	officialIds: readonly string[];
	/** Active roles of the actor in this panel. */
	roles: readonly ('panelist' | 'monitor')[];
}

/** Panel rules, as in the city's panel regulations:
 * - the officials who run the panel set it up, see the pool (audited), run the draw and answer;
 * - any signed-in resident with a confirmed e-mail may volunteer and write to the panel; the
 *   officials register those who volunteer by phone, on paper or in person (no account needed);
 * - only the panel's drawn panelists edit drafts, comment on them and vote;
 * - only the monitoring panel's members publish assessments;
 * - everyone reads what is public: counts, the draw, recommendations, the scorecard. */
export const panelRules = {
	manage: (actor: Actor, s: PanelStanding) => processRules.manage(actor, s.officialIds),
	viewPool: (actor: Actor, s: PanelStanding) => processRules.manage(actor, s.officialIds),
	volunteer: (actor: Actor) => actor !== null && actor.emailVerified,
	/** Staff register volunteers taken by phone, on paper or in person: the panel's officials. */
	registerOthers: (actor: Actor, s: PanelStanding) => processRules.manage(actor, s.officialIds),
	submitIdea: (actor: Actor) => actor !== null && actor.emailVerified,
	deliberate: (actor: Actor, s: PanelStanding) => actor !== null && s.roles.includes('panelist'),
	vote: (actor: Actor, s: PanelStanding) => actor !== null && s.roles.includes('panelist'),
	assess: (actor: Actor, s: PanelStanding) => actor !== null && s.roles.includes('monitor'),
	respond: (actor: Actor, s: PanelStanding) => processRules.manage(actor, s.officialIds)
};
