import type { PageServerLoad } from './$types';
import { listEditions } from '$lib/server/budgets/service';

export const load: PageServerLoad = async ({ locals }) => ({ editions: await listEditions(locals.ctx) });
