import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { listDistricts } from '$lib/server/districts/service';

export const GET: RequestHandler = async ({ locals }) => json(await listDistricts(locals.ctx.db), { headers: { 'access-control-allow-origin': '*' } });
