import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiCall } from '$lib/server/http';
import { ValidationError } from '$lib/server/core/errors';
import { checkQuotaFeasibility, panelIdBySlug, quotaFieldNames } from '$lib/server/panels/service';

/** The live feasibility check behind the quotas form (JSON in: { quotas: [{ min, max }] } in the
 * order of the saved quotas; JSON out: the check). 400 on bad input, 401/403 for others. */
export const POST: RequestHandler = ({ locals, params, request }) =>
	apiCall(async () => {
		let body: unknown;
		try {
			body = await request.json();
		} catch {
			throw new ValidationError({ _: 'invalid_json' }, 'invalid_json');
		}
		const id = await panelIdBySlug(locals.ctx.db, params.slug);
		try {
			return json(await checkQuotaFeasibility(locals.ctx, id, body), { headers: { 'cache-control': 'no-store' } });
		} catch (e) {
			if (e instanceof ValidationError) throw new ValidationError(quotaFieldNames(e.fields), e.key, quotaFieldNames(e.fieldParams), e.params);
			throw e;
		}
	});
