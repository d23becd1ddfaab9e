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
			message: string;
			code?: string;
		}
	}
}

export {};
