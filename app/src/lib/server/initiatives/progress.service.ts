/** While an initiative is carried out: progress updates with photos (the group or the city),
 * and the city's payments (the city pays its own invoices; it never hands money to the group,
 * art. 19h). */
import { z } from 'zod';
import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId } from '../core/ids';
import { recordAudit } from '../audit/service';
import { PHOTO_MAX_BYTES, sniffImage } from '../core/images';
import { initiativeApplication, initiativePayment, initiativePhoto, initiativeUpdate } from './schema';
import { dayField, inTx, loadApplication, moneyField, requireApplicationManager } from './common';
import { INITIATIVE_UPDATE_MAX } from '../../limits';

export const MAX_PHOTOS = 30;

const updateInput = z.object({
	body: z.string({ error: 'required' }).trim().min(10, 'initiatives_update_too_short').max(INITIATIVE_UPDATE_MAX, 'text_too_long'),
	alt: z.string().trim().max(300, 'text_too_long').default('')
});

/** A progress update, optionally with one photo (JPEG, PNG or WebP up to 2 MB, with a text
 * alternative). The group or the programme's officials, while the initiative runs. */
export async function addProgressUpdate(ctx: ServiceContext, applicationId: string, input: { body: unknown; alt?: unknown; photo?: Buffer | null }): Promise<string> {
	if (!ctx.actor) throw new UnauthenticatedError();
	const d = parseInput(updateInput, { body: input.body, alt: input.alt ?? '' });
	const l = await loadApplication(ctx, ctx.db, applicationId);
	if (!l.canAct && !l.canManage) throw new ForbiddenError();
	if (l.application.status !== 'in_progress') throw new ConflictError('initiatives_not_in_progress');
	const photo = input.photo && input.photo.length ? input.photo : null;
	let mime: string | null = null;
	if (photo) {
		if (photo.length > PHOTO_MAX_BYTES) throw new ValidationError({ photo: 'initiatives_photo_too_large' });
		mime = sniffImage(photo);
		if (!mime) throw new ValidationError({ photo: 'initiatives_photo_type' });
		if (d.alt.length < 3) throw new ValidationError({ alt: 'initiatives_alt_required' });
	}
	const id = newId();
	await inTx(ctx.db, async (tx) => {
		await tx.insert(initiativeUpdate).values({ id, applicationId, body: d.body, authorId: ctx.actor!.id, createdAt: ctx.now() });
		if (photo && mime) {
			const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(initiativePhoto).where(eq(initiativePhoto.applicationId, applicationId));
			if (n >= MAX_PHOTOS) throw new ConflictError('initiatives_too_many_photos');
			await tx.insert(initiativePhoto).values({ id: newId(), applicationId, updateId: id, mime, bytes: photo, alt: d.alt, uploadedBy: ctx.actor!.id, createdAt: ctx.now() });
		}
		if (l.canManage && !l.canAct) await recordAudit(tx, ctx, { action: 'initiative.update', targetType: 'initiative_application', targetId: applicationId, processId: l.application.processId, after: { id, body: d.body } });
	});
	return id;
}

/** A photo for anyone who can see its application (drafts have none). */
export async function getPhoto(ctx: ServiceContext, photoId: string) {
	const [ph] = await ctx.db.select().from(initiativePhoto).where(eq(initiativePhoto.id, photoId));
	if (!ph) throw new NotFoundError('initiatives_photo_not_found');
	await loadApplication(ctx, ctx.db, ph.applicationId);
	return { mime: ph.mime, bytes: ph.bytes, alt: ph.alt };
}

export const paymentInput = z.object({
	amount: moneyField({ required: true }).refine((n) => n > 0, 'initiatives_amount_required'),
	description: z.string({ error: 'required' }).trim().min(3, 'initiatives_payment_description').max(500, 'text_too_long'),
	paidOn: dayField()
});

export async function paidOutFor(db: ServiceContext['db'], applicationId: string): Promise<number> {
	const [{ n }] = await db.select({ n: sql<string>`coalesce(sum(${initiativePayment.amount}), 0)` }).from(initiativePayment).where(eq(initiativePayment.applicationId, applicationId));
	return Number(n);
}

/** Records money the city paid for the initiative; never more than the agreement's amount. */
export async function recordPayment(ctx: ServiceContext, applicationId: string, input: unknown): Promise<string> {
	const d = parseInput(paymentInput, input);
	await requireApplicationManager(ctx, ctx.db, applicationId);
	const id = newId();
	await inTx(ctx.db, async (tx) => {
		const [a] = await tx.select().from(initiativeApplication).where(eq(initiativeApplication.id, applicationId)).for('update');
		if (a.status !== 'in_progress' && a.status !== 'report_submitted') throw new ConflictError('initiatives_not_in_progress');
		const paid = await paidOutFor(tx, applicationId);
		if (paid + d.amount > a.committedAmount) throw new ValidationError({ amount: 'initiatives_payment_above_agreement' });
		await tx.insert(initiativePayment).values({ id, applicationId, ...d, recordedBy: ctx.actor!.id, recordedAt: ctx.now() });
		await recordAudit(tx, ctx, { action: 'initiative.payment', targetType: 'initiative_application', targetId: applicationId, processId: a.processId, after: { id, ...d } });
	});
	return id;
}
