import type { PageServerLoad } from './$types';
import { publicAnswers } from '$lib/server/consultations';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { c } = await parent();
	return { answers: await publicAnswers(locals.ctx, c.process.id) };
};
