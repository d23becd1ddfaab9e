import { eq, inArray } from 'drizzle-orm';
import type { PersonalDataHook } from '../personalData';
import { budgetAppeal, budgetCoauthor, budgetParticipation, budgetPhoto, budgetProject, budgetSupport, budgetVolunteer } from './schema';

/** What the budget keeps about a person: projects they wrote, co-authorships, support
 * signatures, appeals, the fact that they voted (never how), volunteering. Ballots hold no
 * identity at all, so there is nothing to export or erase there. */
export const budgetsPersonalData: PersonalDataHook = {
	module: 'budgets',
	async export(db, userId) {
		return {
			projects: await db.select({ id: budgetProject.id, title: budgetProject.title, status: budgetProject.status, createdAt: budgetProject.createdAt }).from(budgetProject).where(eq(budgetProject.authorId, userId)),
			coauthorOf: await db.select({ projectId: budgetCoauthor.projectId }).from(budgetCoauthor).where(eq(budgetCoauthor.userId, userId)),
			supportSignatures: await db.select({ projectId: budgetSupport.projectId, createdAt: budgetSupport.createdAt }).from(budgetSupport).where(eq(budgetSupport.userId, userId)),
			appeals: await db.select({ projectId: budgetAppeal.projectId, body: budgetAppeal.body, createdAt: budgetAppeal.createdAt }).from(budgetAppeal).where(eq(budgetAppeal.authorId, userId)),
			votedIn: await db.select({ editionId: budgetParticipation.processId, residenceDeclaredAt: budgetParticipation.residenceDeclaredAt }).from(budgetParticipation).where(eq(budgetParticipation.userId, userId)),
			volunteering: await db.select({ projectId: budgetVolunteer.projectId, note: budgetVolunteer.note }).from(budgetVolunteer).where(eq(budgetVolunteer.userId, userId))
		};
	},
	async erase(db, userId) {
		// Drafts are deleted; submitted projects stay public without an author (like comments).
		const drafts = await db.select({ id: budgetProject.id }).from(budgetProject).where(eq(budgetProject.authorId, userId));
		const draftIds = (await db.select({ id: budgetProject.id, status: budgetProject.status }).from(budgetProject).where(eq(budgetProject.authorId, userId))).filter((p) => p.status === 'draft').map((p) => p.id);
		if (draftIds.length) await db.delete(budgetProject).where(inArray(budgetProject.id, draftIds));
		if (drafts.length) await db.update(budgetProject).set({ authorId: null }).where(eq(budgetProject.authorId, userId));
		await db.update(budgetAppeal).set({ authorId: null }).where(eq(budgetAppeal.authorId, userId));
		await db.update(budgetPhoto).set({ uploadedBy: null }).where(eq(budgetPhoto.uploadedBy, userId));
		// Participation rows keep the one-ballot rule for the edition; they hold no choice and
		// are removed with the account (ON DELETE CASCADE) when the account row itself goes.
		await db.delete(budgetSupport).where(eq(budgetSupport.userId, userId));
		await db.delete(budgetVolunteer).where(eq(budgetVolunteer.userId, userId));
		await db.delete(budgetCoauthor).where(eq(budgetCoauthor.userId, userId));
	}
};
