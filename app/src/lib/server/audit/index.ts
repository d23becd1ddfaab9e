import type { ModuleManifest } from '../modules';
import { canReadAudit } from './permissions';

/** Audit: the append-only log of every official, moderator and admin action (who, what, when,
 * before/after). The database refuses UPDATE/DELETE/TRUNCATE. Admins read it. */
export const auditModule: ModuleManifest = { name: 'audit', tables: ['audit_log'], permissions: { read: canReadAudit } };
