import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => ({ registered: url.searchParams.has('registered') });
