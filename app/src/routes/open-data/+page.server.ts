import type { PageServerLoad } from './$types';
import { buildCatalog } from '$lib/server/opendata';

export const load: PageServerLoad = async ({ locals, url }) => {
	const c = await buildCatalog(locals.ctx, url.origin);
	return {
		datasets: c.datasets.map((d) => ({
			identifier: d.identifier,
			kind: d.kind,
			subject: d.subject,
			description: d.description,
			frequency: d.frequency,
			landingPage: new URL(d.landingPage).pathname,
			files: d.distributions.map((x) => ({ part: x.part, subject: x.subject, label: x.label, path: new URL(x.url).pathname }))
		}))
	};
};
