/** How each kind of notification reads, in the reader's language, and where it leads. Modules
 * that send a new kind add it here (server side they call notifications/service `notify`). */
import { m, localizeHref, formatDate } from '$lib/i18n';
import type { NotificationKind } from '$lib/notificationKinds';

export interface NotificationData {
	kind: string;
	payload: Record<string, string>;
}

type Render = (p: Record<string, string>) => { text: string; href?: string };

const title = (p: Record<string, string>) => ({ title: p.title ?? '' });
const initiativeHref = (p: Record<string, string>) => (p.slug && p.applicationId ? `/initiatives/${p.slug}/applications/${p.applicationId}` : undefined);

const renderers: Record<NotificationKind, Render> = {
	comment_hidden: (p) => ({ text: m.notification_comment_hidden({ reason: p.reason ?? '' }) }),
	consultation_answer: (p) => ({ text: m.notification_consultation_answer(title(p)), href: p.processSlug ? `/consultations/${p.processSlug}` : undefined }),
	meeting_seat: (p) => ({ text: m.notification_meeting_seat(title(p)), href: p.meetingId ? `/meetings/${p.meetingId}` : undefined }),
	meeting_reminder: (p) => ({ text: m.notification_meeting_reminder(title(p)), href: p.meetingId ? `/meetings/${p.meetingId}` : undefined }),
	panel_selected: (p) => ({ text: m.notification_panel_selected(title(p)), href: p.slug ? `/panels/${p.slug}` : undefined }),
	panel_reserve: (p) => ({ text: m.notification_panel_reserve(title(p)), href: p.slug ? `/panels/${p.slug}` : undefined }),
	panel_not_selected: (p) => ({ text: m.notification_panel_not_selected(title(p)), href: p.slug ? `/panels/${p.slug}` : undefined }),
	panel_session: (p) => ({ text: m.notification_panel_session({ title: p.title ?? '', date: p.startsAt ? formatDate(p.startsAt) : '' }), href: p.meetingId ? `/meetings/${p.meetingId}` : undefined }),
	panel_monitor: (p) => ({ text: m.notification_panel_monitor(title(p)), href: p.slug ? `/panels/${p.slug}/scorecard` : undefined }),
	idea_answered: (p) => ({ text: m.notification_idea_answered(title(p)), href: p.ideaId ? `/ideas/${p.ideaId}` : undefined }),
	budget_verified: (p) => ({ text: m.notification_budget_verified(title(p)), href: p.slug && p.projectId ? `/budgets/${p.slug}/projects/${p.projectId}` : undefined }),
	budget_appeal_decided: (p) => ({ text: m.notification_budget_appeal_decided(title(p)), href: p.slug && p.projectId ? `/budgets/${p.slug}/projects/${p.projectId}` : undefined }),
	budget_voting_extended: (p) => ({ text: m.notification_budget_voting_extended({ title: p.title ?? '', date: p.closesAt ? formatDate(p.closesAt, 'long') : '' }), href: p.slug ? `/budgets/${p.slug}/vote` : undefined }),
	initiative_decided: (p) => ({ text: m.initiatives_notice_decided(title(p)), href: initiativeHref(p) }),
	initiative_agreement: (p) => ({ text: m.initiatives_notice_agreement(title(p)), href: initiativeHref(p) }),
	initiative_report_reviewed: (p) => ({ text: m.initiatives_notice_report_reviewed(title(p)), href: initiativeHref(p) }),
	organisation_member: (p) => ({ text: m.notification_organisation_member({ name: p.name ?? '' }), href: p.slug ? `/organisations/${p.slug}/workspace` : undefined }),
	organisation_verified: (p) => ({ text: m.notification_organisation_verified({ name: p.name ?? '' }), href: p.slug ? `/organisations/${p.slug}` : undefined })
};

/** Known kinds get their sentence and link; an unknown kind never shows its internal name. */
export function renderNotification(n: NotificationData): { text: string; href: string | null } {
	const render = (renderers as Record<string, Render | undefined>)[n.kind];
	if (!render) return { text: m.notification_other(), href: null };
	const { text, href } = render(n.payload ?? {});
	return { text, href: href ? localizeHref(href) : null };
}
