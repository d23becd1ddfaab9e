import type { PageServerLoad } from './$types';
import { listIdeas } from '$lib/server/ideas';
import { CLIMATE_TOPICS } from '$lib/server/processes/schema';
import { IDEA_STATUSES } from '$lib/server/ideas/schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = { topic: url.searchParams.get('topic') ?? undefined, status: url.searchParams.get('status') ?? undefined, sort: url.searchParams.get('sort') ?? undefined };
	return { ideas: await listIdeas(locals.ctx, filter as never), topics: CLIMATE_TOPICS, statuses: IDEA_STATUSES, filter, canPropose: !!locals.actor?.emailVerified };
};
