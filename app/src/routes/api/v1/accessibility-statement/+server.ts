import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getStatement } from '$lib/server/accessibility/service';
import { statementJson } from '$lib/server/accessibility/api';

export const GET: RequestHandler = async ({ locals, url }) => json(statementJson(await getStatement(locals.ctx.db), url.origin), { headers: { 'access-control-allow-origin': '*' } });
