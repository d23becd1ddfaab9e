import type { ModuleManifest } from '../modules';
import { canReadAudit } from './permissions';

/** Audit: the append-only log of every official, moderator and admin action (who, what, when,
 * before/after, reason). The database refuses UPDATE/DELETE/TRUNCATE. Admins read all of it, at
 * /admin/audit and /manage/audit; officials read their own processes' entries at /manage/audit. */
export const auditModule: ModuleManifest = {
	name: 'audit',
	tables: ['audit_log'],
	permissions: { read: canReadAudit },
	// The trail of the person's own processes (all of them for an admin), from the workspace.
	workspace: {
		mechanisms: [],
		tools: async () => ({}),
		general: (ctx) => (ctx.actor?.role === 'official' || ctx.actor?.role === 'admin' ? [{ id: 'trail', label: 'audit_trail_title', href: '/manage/audit' }] : [])
	}
};
