import type { ModuleManifest } from '../modules';
import { notificationsPersonalData } from './personalData';

/** Notifications: in-app notices and the e-mail outbox (sent by SMTP when configured).
 * Tables: notification, outbox_email. */
export const notificationsModule: ModuleManifest = {
	name: 'notifications',
	tables: ['notification', 'outbox_email'],
	personalData: notificationsPersonalData
};
