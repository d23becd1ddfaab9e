// The rules of the authorization matrix: who each route lets in, in the words of the permission
// files (processes/permissions.ts: officials run the processes they are assigned to, admins all;
// moderation: moderators and admins; panels: the drawn panelists; organisations: their members).
// A role a rule lets in gets the page (GET) or reaches the form's validation (POST with an empty
// form); a role it refuses is sent to sign in (anonymous) or refused (403, or 404 where the
// route does not reveal that the thing exists).
import type { Role } from './support/roles';
import type { RouteEntry } from './support/routes';
import type { Fixtures } from './support/roles';

export type Outcome = 'ok' | 'signin' | 'forbidden' | 'notfound' | 'redirect' | 'invalid' | 'limited' | 'error' | 'skipped';

export type RuleName = 'everyone' | 'guests' | 'signedIn' | 'verified' | 'staff' | 'runsProcess' | 'moderators' | 'admins' | 'panelists' | 'orgMembers' | 'orgAdmins' | 'owner' | 'nobody';

/** Who each rule lets in (anonymous is never let in by a rule other than everyone / guests). */
export const LETS_IN: Record<RuleName, readonly Role[]> = {
	everyone: ['anonymous', 'resident', 'unconfirmed', 'moderator', 'official-assigned', 'official-unassigned', 'admin', 'panelist', 'org-representative'],
	guests: ['anonymous'],
	signedIn: ['resident', 'unconfirmed', 'moderator', 'official-assigned', 'official-unassigned', 'admin', 'panelist', 'org-representative'],
	verified: ['resident', 'moderator', 'official-assigned', 'official-unassigned', 'admin', 'panelist', 'org-representative'],
	staff: ['official-assigned', 'official-unassigned', 'admin'],
	runsProcess: ['official-assigned', 'admin'],
	moderators: ['moderator', 'admin'],
	admins: ['admin'],
	panelists: ['panelist'],
	orgMembers: ['org-representative'],
	/** Edit the profile, manage people: the organisation's own admins and platform admins; the
	 * representative (organisations/permissions.ts: editProfile, manageMembers) is refused. */
	orgAdmins: ['admin'],
	/** The resident is the author of the project / application in the route. */
	owner: ['resident'],
	/** A thing that does not exist (no photos in the seed): 404 for everyone. */
	nobody: []
};

export interface MatrixEntry {
	rule: RuleName;
	/** Roles this rule also lets in on this route (staff reading a panel's workspace...). */
	plus?: readonly Role[];
	/** Answers where the route's answer is not the rule's plain one, with the reason. */
	expect?: Partial<Record<Role, readonly Outcome[]>>;
	why?: string;
	/** Probe only these roles (signing out or deleting an account ends the session used). */
	only?: readonly Role[];
}

/** A page the role may see: the page, or a redirect to the step it is at. */
const LET_IN_GET: readonly Outcome[] = ['ok', 'redirect'];
/** An empty form from a role let in: refused as invalid, or the thing it names (none) not found,
 * or done when the action needs no input. */
const LET_IN_POST: readonly Outcome[] = ['invalid', 'ok', 'redirect', 'notfound'];

export function expected(who: Role, r: RouteEntry, e: MatrixEntry): readonly Outcome[] {
	const special = e.expect?.[who];
	if (special) return special;
	// Signing in with an unconfirmed e-mail is refused (accounts' rules): that person is anonymous.
	const role: Role = who === 'unconfirmed' ? 'anonymous' : who;
	const letIn = LETS_IN[e.rule].includes(role) || (e.plus ?? []).includes(role);
	if (letIn) return r.method === 'GET' ? LET_IN_GET : LET_IN_POST;
	if (e.rule === 'guests') return ['redirect'];
	if (e.rule === 'nobody') return ['notfound'];
	if (role === 'anonymous') return ['signin', 'forbidden', 'notfound'];
	return ['forbidden', 'notfound'];
}

/** A concrete path for a route id, its parameters filled from the seed. */
export function concretePath(route: string, f: Fixtures): string {
	const fill: [RegExp, string][] = [
		[/^\/budgets\/\[slug\]\/my\/\[id\]\/\[step\]/, `/budgets/${f.residentProjectSlug}/my/${f.residentProject}/place`],
		[/^\/budgets\/\[slug\]\/photos\/\[photoId\]/, `/budgets/${f.budgetSlug}/photos/no-such-photo`],
		[/\[slug\]\/projects\/\[id\]/, `${f.budgetSlug}/projects/${f.budgetProject}`],
		[/\[slug\]\/(results|pools)\/\[poolId\]/, `${f.budgetSlug}/$1/${f.budgetPool}`],
		[/^\/(manage\/)?budgets\/\[slug\]/, `/$1budgets/${f.budgetSlug}`],
		[/^\/(manage\/)?consultations\/\[slug\]/, `/$1consultations/${f.consultationSlug}`],
		[/^\/(manage\/)?initiatives\/\[slug\]\/(applications|my)\/\[id\]\/\[step\]/, `/$1initiatives/${f.applicationSlug}/$2/${f.application}/what`],
		[/^\/(manage\/)?initiatives\/\[slug\]\/(applications|my)\/\[id\]/, `/$1initiatives/${f.applicationSlug}/$2/${f.application}`],
		[/^\/initiatives\/photos\/\[photoId\]/, `/initiatives/photos/${f.initiativePhoto}`],
		[/^\/(manage\/)?initiatives\/\[slug\]/, `/$1initiatives/${f.initiativesSlug}`],
		[/^\/panels\/\[slug\]\/recommendations\/\[number\]/, `/panels/${f.pastPanelSlug}/recommendations/${f.recommendationNumber}`],
		[/^\/(manage\/)?panels\/\[slug\]/, `/$1panels/${f.panelSlug}`],
		[/^\/(manage\/)?organisations\/\[slug\]/, `/$1organisations/${f.orgSlug}`],
		[/^\/(manage\/)?processes\/\[slug\]/, `/$1processes/${f.processSlug}`],
		[/^\/ideas\/\[id\]/, `/ideas/${f.idea}`],
		[/^\/meetings\/\[id\]/, `/meetings/${f.meeting}`],
		[/^\/districts\/\[id\]/, `/districts/${f.district}`],
		[/^\/api\/v1\/budgets\/\[id\]\/pools\/\[poolId\]/, `/api/v1/budgets/${f.budgetId}/pools/${f.budgetPool}`],
		[/^\/api\/v1\/budgets\/\[id\]/, `/api/v1/budgets/${f.budgetId}`],
		[/^\/api\/v1\/consultations\/\[id\]/, `/api/v1/consultations/${f.consultationId}`],
		[/^\/api\/v1\/initiatives\/\[id\]/, `/api/v1/initiatives/${f.application}`],
		[/^\/api\/v1\/organisations\/\[id\]/, `/api/v1/organisations/${f.orgId}`],
		[/^\/api\/v1\/panels\/\[id\]/, `/api/v1/panels/${f.panelId}`],
		[/^\/api\/v1\/processes\/\[slug\]/, `/api/v1/processes/${f.processSlug}`]
	];
	let path = route;
	for (const [re, to] of fill) path = path.replace(re, to);
	if (path.includes('[')) throw new Error(`No value for the parameters of ${route}: add one to concretePath (e2e/authz-rules.ts)`);
	return path;
}
