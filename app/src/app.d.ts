import type { Actor, ServiceContext } from '$lib/server/core/context';

declare global {
	namespace App {
		interface Locals {
			actor: Actor;
			user: { id: string; name: string; email: string; role: string; emailVerified: boolean } | null;
			ctx: ServiceContext;
			clientKey: string;
		}
		interface Error {
			/** The text in the page's language (rendered from `key` by the route or the hook). */
			message: string;
			code?: string;
			/** The message key (`forbidden`, `project_not_found`): the error page may choose its
			 * advice by it. */
			key?: string;
		}
	}
}

export {};
