import type { PageServerLoad } from './$types';
import { groupApplication } from '../../group';

export const load: PageServerLoad = async ({ locals, params, url }) => ({ v: await groupApplication(locals, url, params) });
