import type { PageServerLoad } from './$types';
import { checkReceipt, getEdition } from '$lib/server/budgets/service';
import { ServiceError } from '$lib/server/core/errors';
import { loadOr404 } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const ed = await loadOr404(() => getEdition(locals.ctx, params.slug));
	const code = url.searchParams.get('code');
	if (code === null) return { ed, code: null, result: null, invalid: false };
	try {
		return { ed, code, result: await checkReceipt(locals.ctx, ed.process.id, code), invalid: false };
	} catch (e) {
		if (e instanceof ServiceError) return { ed, code, result: null, invalid: true };
		throw e;
	}
};
