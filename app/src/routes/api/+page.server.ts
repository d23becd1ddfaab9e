import type { PageServerLoad } from './$types';
import { openApiDocument } from '$lib/server/api/openapi';

export const load: PageServerLoad = ({ url }) => {
	const doc = openApiDocument(url.origin);
	const operations = Object.entries(doc.paths as Record<string, Record<string, { summary?: string; operationId?: string; parameters?: { name: string; in: string }[] }>>).flatMap(([path, ops]) =>
		Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), summary: op.summary ?? '', params: (op.parameters ?? []).map((p) => `${p.name} (${p.in})`) }))
	);
	return { operations };
};
