/** Consultations on the officials' workspace (/manage): the conductor's tools for each
 * consultation and the submissions still without an answer (document comments, map pins,
 * partners' sessions), counted over all the person's consultations at once; a partner's
 * representative finds the page where they record their sessions. */
import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { organisationMember } from '../organisations/schema';
import type { ModuleWorkspace, WorkspaceTool } from '../workspace';
import { comment } from '../comments/schema';
import { consultation, mapPin, paragraph, partner, partnerSession, submissionAnswer, theme } from './schema';

/** Answered as the answers page counts it (answers.service.ts answeredCounts): the submission has
 * its own answer, or its theme has one. */
const answered = (kind: string, id: unknown) =>
	sql`exists (select 1 from ${submissionAnswer} a left join ${theme} t on t.id = a.theme_id where a.kind = ${kind} and a.submission_id = ${id} and (a.status is not null or t.status is not null))`;

export const consultationsWorkspace: ModuleWorkspace = {
	mechanisms: ['consultation'],
	async memberOf(ctx) {
		if (!ctx.actor) return [];
		// The named representative, or anyone acting for the partner's organisation.
		const rows = await ctx.db
			.select({ processId: partner.processId })
			.from(partner)
			.where(or(eq(partner.representativeId, ctx.actor.id), sql`exists (select 1 from ${organisationMember} where ${organisationMember.organisationId} = ${partner.organisationId} and ${organisationMember.userId} = ${ctx.actor.id})`));
		return rows.map((r) => r.processId);
	},
	async tools(ctx, processes) {
		const ids = processes.map((p) => p.id);
		const managed = processes.filter((p) => p.managed).map((p) => p.id);
		const count = new Map<string, { comments: number; pins: number; sessions: number }>();
		const add = (rows: { processId: string; n: number }[], key: 'comments' | 'pins' | 'sessions') => {
			for (const r of rows) count.set(r.processId, { ...(count.get(r.processId) ?? { comments: 0, pins: 0, sessions: 0 }), [key]: r.n });
		};
		if (managed.length) {
			add(
				await ctx.db
					.select({ processId: paragraph.processId, n: sql<number>`count(*)::int` })
					.from(comment)
					.innerJoin(paragraph, and(eq(comment.targetType, 'paragraph'), eq(comment.targetId, paragraph.id)))
					.where(and(inArray(paragraph.processId, managed), eq(comment.status, 'visible'), sql`not ${answered('comment', comment.id)}`))
					.groupBy(paragraph.processId),
				'comments'
			);
			add(await ctx.db.select({ processId: mapPin.processId, n: sql<number>`count(*)::int` }).from(mapPin).where(and(inArray(mapPin.processId, managed), sql`not ${answered('pin', mapPin.id)}`)).groupBy(mapPin.processId), 'pins');
			add(await ctx.db.select({ processId: partnerSession.processId, n: sql<number>`count(*)::int` }).from(partnerSession).where(and(inArray(partnerSession.processId, managed), sql`not ${answered('session', partnerSession.id)}`)).groupBy(partnerSession.processId), 'sessions');
		}
		const reports = new Set(
			managed.length ? (await ctx.db.select({ processId: consultation.processId }).from(consultation).where(and(inArray(consultation.processId, managed), isNotNull(consultation.reportPublishedAt)))).map((r) => r.processId) : []
		);
		const out: Record<string, WorkspaceTool[]> = {};
		for (const p of processes) {
			if (!ids.includes(p.id)) continue;
			const base = `/manage/consultations/${p.slug}`;
			if (!p.managed) {
				out[p.id] = [{ id: 'partner', label: 'consultations_partner_sessions', href: `/consultations/${p.slug}/partner` }];
				continue;
			}
			const c = count.get(p.id) ?? { comments: 0, pins: 0, sessions: 0 };
			out[p.id] = [
				{ id: 'settings', label: 'consultations_manage_settings', href: base },
				{ id: 'survey', label: 'consultations_manage_survey', href: `${base}/survey` },
				{ id: 'document', label: 'consultations_form_document', href: `${base}/document` },
				{ id: 'meetings', label: 'meetings_title', href: `${base}/meetings` },
				{ id: 'partners', label: 'consultations_manage_partners', href: `${base}/partners` },
				{
					id: 'answers',
					label: 'consultations_manage_answers',
					href: `${base}/answers`,
					waiting: [
						{ label: 'consultations_waiting_comments', count: c.comments },
						{ label: 'consultations_waiting_pins', count: c.pins },
						{ label: 'consultations_waiting_sessions', count: c.sessions }
					]
				},
				{ id: 'report', label: 'consultations_nav_report', href: `${base}/report`, ...(reports.has(p.id) ? { note: 'consultations_report_published_note' } : {}) }
			];
		}
		return out;
	}
};
