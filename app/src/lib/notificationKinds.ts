/** Every kind of notification the platform sends. The server's `notify` accepts only these and
 * the notifications page must render each (a Record over this union), so none shows raw. */
export const NOTIFICATION_KINDS = [
	'comment_hidden',
	'consultation_answer',
	'meeting_seat',
	'meeting_reminder',
	'panel_selected',
	'panel_reserve',
	'panel_not_selected',
	'panel_session',
	'panel_monitor',
	'idea_answered',
	'budget_verified',
	'budget_appeal_decided',
	'budget_voting_extended',
	'initiative_decided',
	'initiative_agreement',
	'initiative_report_reviewed',
	'organisation_member',
	'organisation_verified'
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
