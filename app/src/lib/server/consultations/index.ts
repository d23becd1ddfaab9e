import { eq, sql } from 'drizzle-orm';
import type { ModuleManifest } from '../modules';
import type { PersonalDataHook } from '../personalData';
import { consultation, commentSupport, evaluation, mapPin, partner, partnerSession, surveyResponse } from './schema';
import { consultationRules } from './permissions';
import { consultationsApi } from './api';
import { seedConsultations } from './seed';
import { assertParagraphCommentable } from './participation.service';
import { consultationsWorkspace } from './workspace';

/** Public consultations (mechanism 'consultation' of a process): target groups, scope, dates
 * checked against Kraków's minimums, forms of participation (survey builder, document comments
 * paragraph by paragraph, map pins, meetings — ../meetings — and partner-run sessions), an answer
 * to every submission (themes), the report computed from the data (HTML, PDF, CSV/JSON) and the
 * participants' evaluation.
 * Tables: consultation, consultation_paragraph, consultation_comment_support, survey_question,
 * survey_response, survey_answer, consultation_map_pin, consultation_partner,
 * consultation_partner_session, consultation_theme, consultation_submission,
 * consultation_evaluation.
 * Personal data: survey responses (the answers stay, unlinked), pins (anonymised), supports and
 * evaluations (unlinked), partner representation (removed). Comments: ../comments. */
const personalData: PersonalDataHook = {
	module: 'consultations',
	async export(db, userId) {
		return {
			surveyResponses: await db.select({ processId: surveyResponse.processId, receipt: surveyResponse.receipt, createdAt: surveyResponse.createdAt }).from(surveyResponse).where(eq(surveyResponse.userId, userId)),
			mapPins: await db.select({ processId: mapPin.processId, topic: mapPin.topic, lat: mapPin.lat, lon: mapPin.lon, body: mapPin.body, createdAt: mapPin.createdAt }).from(mapPin).where(eq(mapPin.authorId, userId)),
			commentSupports: await db.select({ commentId: commentSupport.commentId, createdAt: commentSupport.createdAt }).from(commentSupport).where(eq(commentSupport.userId, userId)),
			evaluations: await db.select({ processId: evaluation.processId, scopeClear: evaluation.scopeClear, heard: evaluation.heard, again: evaluation.again, comment: evaluation.comment }).from(evaluation).where(eq(evaluation.userId, userId)),
			partners: await db.select({ processId: partner.processId, name: partner.name }).from(partner).where(eq(partner.representativeId, userId))
		};
	},
	async erase(db, userId) {
		// Contributions stay in the consultation's figures, without a link to the person.
		await db.update(surveyResponse).set({ userId: null }).where(eq(surveyResponse.userId, userId));
		await db.update(mapPin).set({ authorId: null }).where(eq(mapPin.authorId, userId));
		await db.update(evaluation).set({ userId: null }).where(eq(evaluation.userId, userId));
		await db.update(partnerSession).set({ recordedBy: null }).where(eq(partnerSession.recordedBy, userId));
		await db.update(partner).set({ representativeId: null }).where(eq(partner.representativeId, userId));
		await db.delete(commentSupport).where(eq(commentSupport.userId, userId));
	}
};

export const consultationsModule: ModuleManifest = {
	name: 'consultations',
	tables: ['consultation', 'consultation_paragraph', 'consultation_comment_support', 'survey_question', 'survey_response', 'survey_answer', 'consultation_map_pin', 'consultation_partner', 'consultation_partner_session', 'consultation_theme', 'consultation_submission', 'consultation_evaluation'],
	permissions: consultationRules,
	personalData,
	api: consultationsApi,
	workspace: consultationsWorkspace,
	commentTargets: { paragraph: assertParagraphCommentable },
	statistics: async (db) => {
		const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(consultation);
		const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(surveyResponse);
		const [p] = await db.select({ n: sql<number>`count(*)::int` }).from(mapPin);
		const [s] = await db.select({ n: sql<number>`coalesce(sum(${partnerSession.participants}), 0)::int` }).from(partnerSession);
		return { consultations: c?.n ?? 0, survey_responses: r?.n ?? 0, map_pins: p?.n ?? 0, partner_session_participants: s?.n ?? 0 };
	},
	seed: seedConsultations
};

export * from './consultation.service';
export * from './survey.service';
export * from './participation.service';
export * from './answers.service';
export * from './report.service';
export { consultationRules } from './permissions';
