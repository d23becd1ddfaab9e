import type { PageServerLoad } from './$types';
import { listConsultations, evaluationAcross } from '$lib/server/consultations';

export const load: PageServerLoad = async ({ locals }) => ({
	consultations: await listConsultations(locals.ctx),
	evaluation: await evaluationAcross(locals.ctx.db)
});
