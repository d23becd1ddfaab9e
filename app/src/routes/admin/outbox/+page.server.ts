import type { PageServerLoad } from './$types';
import { readOutbox } from '$lib/server/accounts/service';
import { loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { mails: await loadOr404(() => readOutbox(locals.ctx)), smtp: !!process.env.SMTP_HOST };
};
