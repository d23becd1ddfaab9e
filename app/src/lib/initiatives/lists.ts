/** The values of the local initiative that both the server (schema, validation) and the pages
 * (lists, labels) need. */

/** Themes of a local initiative; the climate ones are marked in the register. */
export const INITIATIVE_THEMES = ['trees_greenery', 'rain_water', 'energy', 'repair_reuse', 'mobility', 'climate_education', 'culture', 'sport', 'neighbourhood', 'safety'] as const;
export type InitiativeTheme = (typeof INITIATIVE_THEMES)[number];
export const CLIMATE_THEMES: readonly InitiativeTheme[] = ['trees_greenery', 'rain_water', 'energy', 'repair_reuse', 'mobility', 'climate_education'];
export const isClimateTheme = (t: string): boolean => (CLIMATE_THEMES as readonly string[]).includes(t);

/** Where an application stands (art. 19b–19h: application, assessment, agreement, delivery).
 * draft → submitted → approved | rejected; approved → in_progress (agreement signed) →
 * report_submitted → completed (report accepted) or back to in_progress (report returned);
 * the group may withdraw until the agreement is signed. */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'in_progress', 'report_submitted', 'completed', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const PUBLIC_STATUSES = APPLICATION_STATUSES.filter((s) => s !== 'draft') as Exclude<ApplicationStatus, 'draft'>[];

/** The pages of the application form, in order. */
export const APPLICATION_STEPS = ['what', 'place', 'when', 'group', 'contribution', 'request', 'check'] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];
