import { eq } from 'drizzle-orm';
import type { PersonalDataHook } from '../personalData';
import { notification } from './schema';

export const notificationsPersonalData: PersonalDataHook = {
	module: 'notifications',
	async export(db, userId) {
		return db.select({ kind: notification.kind, payload: notification.payload, createdAt: notification.createdAt, readAt: notification.readAt }).from(notification).where(eq(notification.userId, userId));
	},
	async erase(db, userId) {
		await db.delete(notification).where(eq(notification.userId, userId));
	}
};
