import type { PageServerLoad } from './$types';
import { getStatement } from '$lib/server/accessibility/service';

export const load: PageServerLoad = async ({ locals, url }) => ({ statement: await getStatement(locals.ctx.db), origin: url.origin, canEdit: locals.actor?.role === 'admin' });
