import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { listConsultations } from '$lib/server/consultations';
import { apiCall } from '$lib/server/http';

export const GET: RequestHandler = ({ locals }) =>
	apiCall(async () => {
		const list = await listConsultations(locals.ctx);
		return json(
			list.map((c) => ({ id: c.id, slug: c.slug, title: c.title, status: c.status, stage: c.stage, districtId: c.districtId, topics: c.topics, dates: { informationStartsAt: c.settings.infoStartsAt, startsAt: c.settings.startsAt, endsAt: c.settings.endsAt, reportDueAt: c.settings.reportDueAt }, forms: c.settings.forms, targetGroups: { districts: c.settings.targetDistricts, ageBands: c.settings.targetAgeBands, stakeholders: c.settings.targetStakeholders }, reportPublishedAt: c.settings.reportPublishedAt })),
			{ headers: { 'access-control-allow-origin': '*' } }
		);
	});
