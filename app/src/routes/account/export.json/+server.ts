import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { exportMyData } from '$lib/server/accounts/service';
import { httpError } from '$lib/server/http';

export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.actor) httpError(401, 'unauthenticated');
	const data = await exportMyData(locals.ctx);
	return json(data, { headers: { 'content-disposition': 'attachment; filename="decydujemy-moje-dane.json"', 'cache-control': 'no-store' } });
};
