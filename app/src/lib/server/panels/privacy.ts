import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { ServiceContext } from '../core/context';
import { recordAudit } from '../audit/service';
import type { PersonalDataHook } from '../personalData';
import { panel, panelDraw, panelMember, panelSubmission, panelVolunteer, panelVote } from './schema';

const day = 86_400_000;

/** GDPR retention: after the challenge window that follows the public draw, the personal data of
 * volunteers who were not selected (and not on the reserve list) are deleted. What stays is the
 * anonymised row — criteria answers and row number — that the published draw is verified against.
 * Runs on a timer inside the server (jobs.ts) and from tests with a controlled clock. */
export async function purgeExpiredVolunteers(db: Db, now: Date): Promise<{ panels: number; volunteers: number }> {
	const due = await db
		.select({ processId: panel.processId, windowDays: panel.challengeWindowDays, drawnAt: panelDraw.drawnAt })
		.from(panel)
		.innerJoin(panelDraw, eq(panelDraw.processId, panel.processId))
		.where(and(eq(panelDraw.status, 'drawn'), isNotNull(panelDraw.drawnAt)));
	let panels = 0;
	let volunteers = 0;
	for (const d of due) {
		if (d.drawnAt!.getTime() + d.windowDays * day > now.getTime()) continue;
		const ctx: ServiceContext = { db, actor: null, now: () => now };
		await db.transaction(async (txx) => {
			const tx = txx as unknown as Db;
			const erased = await tx
				.update(panelVolunteer)
				.set({ userId: null, name: null, email: null, phone: null, postalAddress: null, consentRef: null, consentWitness: null, availability: null, household: null, addressId: null, consentAt: null, purgedAt: now })
				.where(and(eq(panelVolunteer.processId, d.processId), inArray(panelVolunteer.status, ['not_selected', 'withdrawn']), isNull(panelVolunteer.purgedAt)))
				.returning({ id: panelVolunteer.id });
			// Volunteers who registered but never entered the frozen pool (none normally) go entirely.
			await tx.delete(panelVolunteer).where(and(eq(panelVolunteer.processId, d.processId), isNull(panelVolunteer.rowIndex)));
			await tx.update(panel).set({ purgedAt: now }).where(eq(panel.processId, d.processId));
			if (erased.length) await recordAudit(tx, ctx, { action: 'panel.pool.purge', targetType: 'panel', targetId: d.processId, after: { volunteers: erased.length } });
			volunteers += erased.length;
		});
		panels++;
	}
	return { panels, volunteers };
}

export const panelsPersonalData: PersonalDataHook = {
	module: 'panels',
	async export(db, userId) {
		const registrations = await db
			.select({ processId: panelVolunteer.processId, name: panelVolunteer.name, email: panelVolunteer.email, phone: panelVolunteer.phone, answers: panelVolunteer.answers, availability: panelVolunteer.availability, status: panelVolunteer.status, probability: panelVolunteer.probability, createdAt: panelVolunteer.createdAt })
			.from(panelVolunteer)
			.where(eq(panelVolunteer.userId, userId));
		const memberships = await db.select().from(panelMember).where(eq(panelMember.userId, userId));
		const submissions = await db.select({ processId: panelSubmission.processId, title: panelSubmission.title, body: panelSubmission.body, createdAt: panelSubmission.createdAt }).from(panelSubmission).where(eq(panelSubmission.authorId, userId));
		return { registrations, memberships, submissions };
	},
	async erase(db, userId) {
		// The anonymised pool row stays (the draw must remain verifiable); contact data go.
		await db.update(panelVolunteer).set({ userId: null, name: null, email: null, phone: null, postalAddress: null, consentRef: null, consentWitness: null, availability: null, household: null, purgedAt: sql`now()` }).where(eq(panelVolunteer.userId, userId));
		await db.update(panelVote).set({ userId: null }).where(eq(panelVote.userId, userId));
		await db.update(panelSubmission).set({ authorId: null }).where(eq(panelSubmission.authorId, userId));
	}
};

