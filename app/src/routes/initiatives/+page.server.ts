import type { PageServerLoad } from './$types';
import { listProgrammes, listRegister, parseRegisterFilter } from '$lib/server/initiatives';
import { listDistricts } from '$lib/server/districts/service';
import { ValidationError } from '$lib/server/core/errors';

export const load: PageServerLoad = async ({ locals, url }) => {
	// A filter that does not parse shows the register unfiltered, with the error named.
	let filter = {};
	let filterErrors: Record<string, string> = {};
	try {
		filter = parseRegisterFilter(url.searchParams);
	} catch (e) {
		if (!(e instanceof ValidationError)) throw e;
		filterErrors = e.fields;
	}
	return {
		programmes: await listProgrammes(locals.ctx),
		rows: await listRegister(locals.ctx, filter),
		filter: Object.fromEntries([...url.searchParams].filter(([k]) => !(k in filterErrors))),
		filterErrors,
		districts: await listDistricts(locals.ctx.db),
		signedIn: !!locals.actor
	};
};
