import type { ModuleManifest } from '../modules';

/** Moderation: the queue of reported comments; hide with a public reason (author notified),
 * restore, dismiss reports. Every action is audited. Owns no tables (works on comments). */
export const moderationModule: ModuleManifest = { name: 'moderation', tables: [] };
