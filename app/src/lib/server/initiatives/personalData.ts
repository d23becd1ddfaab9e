import { and, eq, inArray, ne } from 'drizzle-orm';
import type { PersonalDataHook } from '../personalData';
import { initiativeApplication, initiativeMember, initiativePhoto, initiativeUpdate } from './schema';

/** What the local initiative keeps about a person: their place in applying groups (their name
 * as the group gave it), applications they started, updates and photos they posted.
 * Erasing: drafts only they could act for are deleted; elsewhere their name leaves the group
 * ("—") and the link to the account goes; public records (submitted applications, updates) stay
 * without an author. */
export const initiativesPersonalData: PersonalDataHook = {
	module: 'initiatives',
	async export(db, userId) {
		return {
			groups: await db
				.select({ applicationId: initiativeMember.applicationId, number: initiativeApplication.number, title: initiativeApplication.title, status: initiativeApplication.status, fullName: initiativeMember.fullName, contact: initiativeMember.contact })
				.from(initiativeMember)
				.innerJoin(initiativeApplication, eq(initiativeApplication.id, initiativeMember.applicationId))
				.where(eq(initiativeMember.userId, userId)),
			updates: await db.select({ applicationId: initiativeUpdate.applicationId, body: initiativeUpdate.body, createdAt: initiativeUpdate.createdAt }).from(initiativeUpdate).where(eq(initiativeUpdate.authorId, userId)),
			photos: await db.select({ id: initiativePhoto.id, applicationId: initiativePhoto.applicationId, alt: initiativePhoto.alt }).from(initiativePhoto).where(eq(initiativePhoto.uploadedBy, userId))
		};
	},
	async erase(db, userId) {
		const mine = await db.select({ applicationId: initiativeMember.applicationId }).from(initiativeMember).where(eq(initiativeMember.userId, userId));
		const ids = mine.map((m) => m.applicationId);
		if (ids.length) {
			// Drafts nobody else can act for go entirely.
			const drafts = await db.select({ id: initiativeApplication.id }).from(initiativeApplication).where(and(inArray(initiativeApplication.id, ids), eq(initiativeApplication.status, 'draft')));
			for (const d of drafts) {
				// `<>` is never true for a member without an account: these are the others who can act.
				const others = await db.select({ id: initiativeMember.id }).from(initiativeMember).where(and(eq(initiativeMember.applicationId, d.id), ne(initiativeMember.userId, userId)));
				if (!others.length) await db.delete(initiativeApplication).where(eq(initiativeApplication.id, d.id));
			}
			await db.update(initiativeMember).set({ fullName: '—', userId: null }).where(eq(initiativeMember.userId, userId));
		}
		await db.update(initiativeApplication).set({ createdBy: null }).where(eq(initiativeApplication.createdBy, userId));
		await db.update(initiativeUpdate).set({ authorId: null }).where(eq(initiativeUpdate.authorId, userId));
		await db.update(initiativePhoto).set({ uploadedBy: null }).where(eq(initiativePhoto.uploadedBy, userId));
	}
};
