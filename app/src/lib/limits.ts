/** Text limits the services enforce and the forms state (maxlength and the character count):
 * one number for both sides. The zod schemas in `$lib/server/**` import these; so do the pages
 * (a page cannot import server modules, hence this shared file). */
export const COMMENT_MAX = 5000;
export const REPORT_REASON_MAX = 1000;

// Processes
export const PROCESS_DESCRIPTION_MAX = 20000;
export const PROCESS_SCOPE_MAX = 4000;
export const PROCESS_OUTCOME_MAX = 10000;

// Ideas
export const IDEA_DESCRIPTION_MAX = 5000;
export const IDEA_RESPONSE_MAX = 5000;

// Meetings
export const MEETING_DESCRIPTION_MAX = 5000;
export const MEETING_MINUTES_MAX = 20000;

// Moderation
export const MODERATION_REASON_MAX = 500;

// Budgets
export const BUDGET_EDITION_DESCRIPTION_MAX = 20000;
export const BUDGET_PROJECT_DESCRIPTION_MAX = 10000;
export const BUDGET_CLIMATE_METHOD_MAX = 2000;
export const BUDGET_JUSTIFICATION_MAX = 5000;
export const BUDGET_APPEAL_MAX = 5000;
export const BUDGET_UPDATE_MAX = 5000;
export const BUDGET_VOLUNTEERS_WANTED_MAX = 1000;
export const BUDGET_VOLUNTEER_NOTE_MAX = 500;
export const BUDGET_PHASE_REASON_MAX = 2000;

// Consultations
export const CONSULTATION_SURVEY_INTRO_MAX = 4000;
export const CONSULTATION_OVERRIDE_REASON_MAX = 1000;
export const CONSULTATION_DECISION_MAX = 20000;
export const CONSULTATION_PARAGRAPH_MAX = 10000;
export const CONSULTATION_PIN_COMMENT_MAX = 2000;
export const CONSULTATION_PARTNER_NOTES_MAX = 20000;
export const CONSULTATION_EVALUATION_COMMENT_MAX = 2000;
export const CONSULTATION_ANSWER_REASON_MAX = 5000;
export const SURVEY_SHORT_ANSWER_MAX = 300;
export const SURVEY_LONG_ANSWER_MAX = 5000;

// Panels
export const PANEL_DESCRIPTION_MAX = 20000;
export const PANEL_QUESTION_MAX = 1000;
export const PANEL_AVAILABILITY_MAX = 1000;
export const PANEL_SUBMISSION_MAX = 5000;
export const PANEL_RECOMMENDATION_MAX = 20000;
export const PANEL_ASSESSMENT_MAX = 20000;
export const PANEL_RESPONSE_MAX = 10000;
export const PANEL_UPDATE_MAX = 5000;
export const PANEL_SESSION_DESCRIPTION_MAX = 5000;

// Initiatives
export const INITIATIVE_PROGRAMME_DESCRIPTION_MAX = 20000;
export const INITIATIVE_RESOLUTION_MAX = 500;
export const INITIATIVE_CRITERION_DESCRIPTION_MAX = 2000;
export const INITIATIVE_DESCRIPTION_MAX = 5000;
export const INITIATIVE_BENEFICIARIES_MAX = 1000;
export const INITIATIVE_CONTRIBUTION_DESCRIPTION_MAX = 2000;
export const INITIATIVE_CITY_TASKS_MAX = 4000;
export const INITIATIVE_JUSTIFICATION_MAX = 4000;
export const INITIATIVE_AGREEMENT_TASKS_MAX = 4000;
export const INITIATIVE_REPORT_SUMMARY_MAX = 10000;
export const INITIATIVE_REVIEW_NOTE_MAX = 4000;
export const INITIATIVE_UPDATE_MAX = 5000;

// Organisations
export const ORGANISATION_DESCRIPTION_MAX = 5000;

// Accessibility statement
export const A11Y_ARCHITECTURE_MAX = 5000;
