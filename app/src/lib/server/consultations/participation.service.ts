import { z } from 'zod';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { user } from '../accounts/schema';
import { comment } from '../comments/schema';
import { addComment, listComments } from '../comments/service';
import { CLIMATE_TOPICS } from '../processes/schema';
import { findDistrictAt } from '../districts/service';
import { commentSupport, mapPin, paragraph, partner, partnerSession, AGE_BANDS, PARTNER_KINDS } from './schema';
import { inTx, isOpen, loadConsultation, requireManager } from './common';
import { organisation, organisationMember, type OrganisationKind } from '../organisations/schema';
import { createPartnerOrganisation } from '../organisations/organisation.service';
import { memberIdsOf } from '../organisations/members.service';
import { consultationRules } from './permissions';
import { CONSULTATION_PARAGRAPH_MAX, CONSULTATION_PARTNER_NOTES_MAX, CONSULTATION_PIN_COMMENT_MAX } from '../../limits';

async function requireOpen(ctx: ServiceContext, processId: string, form: 'document' | 'map') {
	const c = await loadConsultation(ctx, ctx.db, processId);
	if (!c.settings.forms.includes(form)) throw new NotFoundError(form === 'document' ? 'document_not_found' : 'map_not_found');
	if (!ctx.actor) throw new UnauthenticatedError();
	if (!consultationRules.participate(ctx.actor)) throw new ForbiddenError('email_not_verified');
	if (!isOpen(c.process, c.settings, ctx.now())) throw new ConflictError('consultation_not_open', { body: 'consultation_not_open' });
	return c;
}

// ---- Document, paragraph by paragraph --------------------------------------------------------

export const paragraphInput = z.object({
	heading: z.string().trim().max(200).default(''),
	body: z.string().trim().min(10, 'paragraph_too_short').max(CONSULTATION_PARAGRAPH_MAX)
});

export async function addParagraph(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(paragraphInput, input);
	return inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [{ max }] = await tx.select({ max: sql<number>`coalesce(max(${paragraph.position}), -1)::int` }).from(paragraph).where(eq(paragraph.processId, processId));
		const id = newId();
		await tx.insert(paragraph).values({ id, processId, position: max + 1, ...data });
		await recordAudit(tx, ctx, { action: 'document.paragraph_add', targetType: 'process', targetId: processId, after: { id, ...data } });
		return id;
	});
}

export async function removeParagraph(ctx: ServiceContext, processId: string, paragraphId: string) {
	await inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [p] = await tx.select().from(paragraph).where(and(eq(paragraph.id, paragraphId), eq(paragraph.processId, processId)));
		if (!p) throw new NotFoundError('paragraph_not_found');
		const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(comment).where(and(eq(comment.targetType, 'paragraph'), eq(comment.targetId, paragraphId)));
		if (n > 0) throw new ConflictError('paragraph_has_comments', { paragraph: 'paragraph_has_comments' });
		await tx.delete(paragraph).where(eq(paragraph.id, paragraphId));
		await recordAudit(tx, ctx, { action: 'document.paragraph_remove', targetType: 'process', targetId: processId, before: p });
	});
}

export async function listParagraphs(db: Db, processId: string) {
	return db.select().from(paragraph).where(eq(paragraph.processId, processId)).orderBy(asc(paragraph.position));
}

/** The document with each paragraph's comments (threads) and their support counts. */
export async function documentWithComments(ctx: ServiceContext, processId: string) {
	await loadConsultation(ctx, ctx.db, processId);
	const paras = await listParagraphs(ctx.db, processId);
	const ids = paras.map((p) => p.id);
	const supportRows = ids.length
		? await ctx.db
				.select({ commentId: commentSupport.commentId, n: sql<number>`count(*)::int`, mine: sql<boolean>`bool_or(${commentSupport.userId} = ${ctx.actor?.id ?? ''})` })
				.from(commentSupport)
				.innerJoin(comment, eq(comment.id, commentSupport.commentId))
				.where(and(eq(comment.targetType, 'paragraph'), inArray(comment.targetId, ids)))
				.groupBy(commentSupport.commentId)
		: [];
	const support = Object.fromEntries(supportRows.map((r) => [r.commentId, { n: r.n, mine: !!r.mine }]));
	const out = [];
	for (const p of paras) out.push({ ...p, comments: await listComments(ctx, 'paragraph', p.id) });
	return { paragraphs: out, support };
}

/** A paragraph takes comments while its consultation's document form is open. */
export async function assertParagraphCommentable(ctx: ServiceContext, paragraphId: string): Promise<void> {
	const [p] = await ctx.db.select().from(paragraph).where(eq(paragraph.id, paragraphId));
	if (!p) throw new NotFoundError('paragraph_not_found');
	await requireOpen(ctx, p.processId, 'document');
}

export async function commentOnParagraph(ctx: ServiceContext, paragraphId: string, input: { body: unknown; parentId?: unknown }): Promise<string> {
	return addComment(ctx, { targetType: 'paragraph', targetId: paragraphId, parentId: input.parentId || null, body: input.body });
}

/** "I support this comment" — once per person (primary key), never one's own. */
export async function supportComment(ctx: ServiceContext, commentId: string, on = true) {
	const [c] = await ctx.db.select().from(comment).where(eq(comment.id, commentId));
	if (!c || c.targetType !== 'paragraph' || c.status !== 'visible') throw new NotFoundError('comment_not_found');
	const [p] = await ctx.db.select().from(paragraph).where(eq(paragraph.id, c.targetId));
	if (!p) throw new NotFoundError('comment_not_found');
	await requireOpen(ctx, p.processId, 'document');
	if (!consultationRules.supportComment(ctx.actor, c)) throw new ForbiddenError('own_comment_support');
	if (on) await ctx.db.insert(commentSupport).values({ commentId, userId: ctx.actor!.id, createdAt: ctx.now() }).onConflictDoNothing();
	else await ctx.db.delete(commentSupport).where(and(eq(commentSupport.commentId, commentId), eq(commentSupport.userId, ctx.actor!.id)));
}

// ---- Map comments ----------------------------------------------------------------------------

export const pinInput = z.object({
	topic: z.enum(CLIMATE_TOPICS, { error: 'required' }),
	lat: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error: 'invalid_coordinate' }).min(-90, 'invalid_coordinate').max(90, 'invalid_coordinate')),
	lon: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error: 'invalid_coordinate' }).min(-180, 'invalid_coordinate').max(180, 'invalid_coordinate')),
	body: z.string().trim().min(2, 'comment_too_short').max(CONSULTATION_PIN_COMMENT_MAX, 'comment_too_long')
});

export async function addPin(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	await requireOpen(ctx, processId, 'map');
	const data = parseInput(pinInput, input);
	const districtId = await findDistrictAt(ctx.db, data.lon, data.lat);
	if (!districtId) throw new ValidationError({ lat: 'outside_krakow' });
	const id = newId();
	await ctx.db.insert(mapPin).values({ id, processId, authorId: ctx.actor!.id, topic: data.topic, lat: Math.round(data.lat * 1e5) / 1e5, lon: Math.round(data.lon * 1e5) / 1e5, districtId, body: data.body, createdAt: ctx.now() });
	return id;
}

export async function listPins(ctx: ServiceContext, processId: string, topic?: string) {
	await loadConsultation(ctx, ctx.db, processId);
	const conds = [eq(mapPin.processId, processId)];
	if (topic && (CLIMATE_TOPICS as readonly string[]).includes(topic)) conds.push(eq(mapPin.topic, topic));
	return ctx.db
		.select({ id: mapPin.id, topic: mapPin.topic, lat: mapPin.lat, lon: mapPin.lon, districtId: mapPin.districtId, body: mapPin.body, createdAt: mapPin.createdAt, authorName: user.name })
		.from(mapPin)
		.leftJoin(user, eq(user.id, mapPin.authorId))
		.where(and(...conds))
		.orderBy(desc(mapPin.createdAt));
}

// ---- Partners and their sessions ---------------------------------------------------------------

export const partnerInput = z.object({
	/** A registered organisation; or none, and then a name and kind for a new one. */
	organisationId: z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), z.string().max(100).nullable()).default(null),
	name: z.string().trim().max(200, 'name_too_long').default(''),
	kind: z.preprocess((v) => (v === '' ? undefined : v), z.enum(PARTNER_KINDS, { error: 'required' }).optional()),
	email: z.string().trim().toLowerCase().email('invalid_email')
});

/** Partner kinds of consultations → kinds of the organisations register. */
const ORGANISATION_KIND_OF: Record<(typeof PARTNER_KINDS)[number], OrganisationKind> = { school: 'school', ngo: 'other_ngo', housing: 'housing', senior_centre: 'senior_centre', civic_centre: 'civic_centre', other: 'other' };
const PARTNER_KIND_OF: Record<OrganisationKind, (typeof PARTNER_KINDS)[number]> = { association: 'ngo', foundation: 'ngo', other_ngo: 'ngo', school: 'school', housing: 'housing', senior_centre: 'senior_centre', civic_centre: 'civic_centre', other: 'other' };

/** The official authorises a partner organisation; its representative must have an account.
 * Every partner is an organisation of the register: a registered one is chosen (the
 * representative must act for it), or a new one is made from the name typed, with the
 * representative as its admin (who completes its KRS and NIP later). */
export async function authorisePartner(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	const data = parseInput(partnerInput, input);
	return inTx(ctx.db, async (tx) => {
		await requireManager(ctx, tx, processId);
		const [rep] = await tx.select({ id: user.id }).from(user).where(eq(user.email, data.email));
		if (!data.organisationId) {
			const errors: Record<string, string> = {};
			if (data.name.length < 3) errors.name = 'consultations_partner_name_short';
			if (!data.kind) errors.kind = 'required';
			if (!rep) errors.email = 'no_such_account';
			if (Object.keys(errors).length) throw new ValidationError(errors);
		} else if (!rep) throw new ValidationError({ email: 'no_such_account' });
		let organisationId: string;
		let name: string;
		let kind: (typeof PARTNER_KINDS)[number];
		if (data.organisationId) {
			const [o] = await tx.select().from(organisation).where(eq(organisation.id, data.organisationId));
			if (!o) throw new ValidationError({ organisationId: 'organisation_not_found' });
			if (!(await memberIdsOf(tx, o.id)).includes(rep!.id)) throw new ValidationError({ email: 'consultations_not_a_representative' });
			organisationId = o.id;
			name = o.name;
			kind = PARTNER_KIND_OF[o.kind];
		} else {
			const [same] = await tx.select({ id: organisation.id }).from(organisation).where(sql`lower(${organisation.name}) = lower(${data.name})`);
			if (same) throw new ValidationError({ name: 'consultations_organisation_registered' });
			name = data.name;
			kind = data.kind!;
			organisationId = await createPartnerOrganisation(tx, ctx, { name, kind: ORGANISATION_KIND_OF[kind], adminUserId: rep!.id });
		}
		const id = newId();
		const inserted = await tx.insert(partner).values({ id, processId, name, kind, representativeId: rep!.id, organisationId, createdAt: ctx.now() }).onConflictDoNothing().returning({ id: partner.id });
		if (!inserted.length) throw new ConflictError('partner_exists', { email: 'partner_exists' });
		await recordAudit(tx, ctx, { action: 'consultation.partner_authorise', targetType: 'process', targetId: processId, after: { id, name, kind, representativeId: rep!.id, organisationId } });
		return id;
	});
}

export async function listPartners(ctx: ServiceContext, processId: string) {
	await loadConsultation(ctx, ctx.db, processId);
	return ctx.db
		.select({ id: partner.id, name: partner.name, kind: partner.kind, representativeId: partner.representativeId, organisationSlug: organisation.slug, sessions: sql<number>`(select count(*)::int from ${partnerSession} where ${partnerSession.partnerId} = ${partner.id})` })
		.from(partner)
		.leftJoin(organisation, eq(organisation.id, partner.organisationId))
		.where(eq(partner.processId, processId))
		.orderBy(asc(partner.name));
}

/** The partners this person represents in a consultation: as the named representative, or as
 * an admin or representative of the partner's organisation. */
export async function myPartners(ctx: ServiceContext, processId: string) {
	if (!ctx.actor) return [];
	const mine = sql`(${partner.representativeId} = ${ctx.actor.id} or exists (select 1 from ${organisationMember} where ${organisationMember.organisationId} = ${partner.organisationId} and ${organisationMember.userId} = ${ctx.actor.id}))`;
	return ctx.db.select({ id: partner.id, name: partner.name, kind: partner.kind }).from(partner).where(and(eq(partner.processId, processId), mine));
}

export const sessionInput = z.object({
	partnerId: z.string().min(1, 'required').max(100),
	title: z.string().trim().min(5, 'title_too_short').max(200, 'title_too_long'),
	heldAt: z.coerce.date({ error: 'invalid_date' }),
	districtId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.coerce.number().int().min(1).max(18).nullable()).default(null),
	ageBand: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(AGE_BANDS).nullable()).default(null),
	participants: z.coerce.number({ error: 'invalid_number' }).int('invalid_number').min(1, 'invalid_number').max(10000, 'invalid_number'),
	notes: z.string().trim().min(10, 'notes_too_short').max(CONSULTATION_PARTNER_NOTES_MAX)
});

/** A partner's representative records a session it ran, so that voices reached outside the
 * platform count in the report too. */
export async function recordPartnerSession(ctx: ServiceContext, processId: string, input: unknown): Promise<string> {
	if (!ctx.actor) throw new UnauthenticatedError();
	const data = parseInput(sessionInput, input);
	const c = await loadConsultation(ctx, ctx.db, processId);
	const [p] = await ctx.db.select().from(partner).where(and(eq(partner.id, data.partnerId), eq(partner.processId, processId)));
	if (!p) throw new NotFoundError('partner_not_found');
	const organisationMemberIds = p.organisationId ? await memberIdsOf(ctx.db, p.organisationId) : [];
	if (!consultationRules.recordSession(ctx.actor, { representativeId: p.representativeId, organisationMemberIds })) throw new ForbiddenError();
	if (c.settings.reportPublishedAt) throw new ConflictError('report_published', { partnerId: 'report_published' });
	if (data.heldAt > ctx.now()) throw new ValidationError({ heldAt: 'date_in_future' });
	const id = newId();
	await inTx(ctx.db, async (tx) => {
		await tx.insert(partnerSession).values({ id, processId, ...data, recordedBy: ctx.actor!.id, createdAt: ctx.now() });
		await recordAudit(tx, ctx, { action: 'consultation.partner_session', targetType: 'process', targetId: processId, after: { id, partnerId: p.id, participants: data.participants } });
	});
	return id;
}

export async function listSessions(ctx: ServiceContext, processId: string) {
	await loadConsultation(ctx, ctx.db, processId);
	return ctx.db
		.select({ id: partnerSession.id, partnerName: partner.name, partnerKind: partner.kind, title: partnerSession.title, heldAt: partnerSession.heldAt, districtId: partnerSession.districtId, ageBand: partnerSession.ageBand, participants: partnerSession.participants, notes: partnerSession.notes })
		.from(partnerSession)
		.innerJoin(partner, eq(partner.id, partnerSession.partnerId))
		.where(eq(partnerSession.processId, processId))
		.orderBy(asc(partnerSession.heldAt));
}
