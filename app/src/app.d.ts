import type { Actor, ServiceContext } from '$lib/server/core/context';

declare global {
	namespace App {
		interface Locals {
			actor: Actor;
			user: { id: string; name: string; email: string; role: string; emailVerified: boolean } | null;
			ctx: ServiceContext;
			clientKey: string;
			/** Set by handleError when the database could not be reached (the answer becomes a 503). */
			databaseUnavailable?: boolean;
		}
		interface Error {
			/** The text in the page's language (rendered from `key` by the route or the hook). */
			message: string;
			code?: string;
			/** The message key (`forbidden`, `project_not_found`): the error page may choose its
			 * advice by it. */
			key?: string;
			/** 413: the server's body size limit (BODY_SIZE_LIMIT), in megabytes. */
			limitMb?: number;
			/** 400 for unreadable text (NUL, invalid UTF-8): where it was. */
			badInput?: { where: 'path' | 'query' | 'form'; name?: string; kind: 'nul' | 'invalid_utf8' };
		}
	}
}

export {};
