import type { Actor } from '../core/context';

/** Only admins read the audit log. Nobody edits it (the database refuses). */
export const canReadAudit = (actor: Actor) => actor?.role === 'admin';
