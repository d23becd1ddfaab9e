import type { RequestHandler } from './$types';
import { auditTrail } from '$lib/server/audit/trail';
import { csvResponse, httpError } from '$lib/server/http';
import { ServiceError } from '$lib/server/core/errors';

/** The filtered audit trail as CSV (the same filters and permissions as /manage/audit). */
export const GET: RequestHandler = async ({ locals, url }) => {
	if (!locals.actor) httpError(401, 'unauthenticated');
	const q = Object.fromEntries(['process', 'person', 'action', 'from', 'to'].map((k) => [k, url.searchParams.get(k) ?? '']));
	try {
		const t = await auditTrail(locals.ctx, { ...q, limit: 5000 });
		return csvResponse(
			'audit.csv',
			['id', 'created_at', 'person', 'role', 'action', 'process', 'target_type', 'reason', 'link', 'before', 'after'],
			t.entries.map((e) => [e.id, e.createdAt.toISOString(), e.actorName, e.actorRole, e.action, e.processTitle, e.targetType, e.reason, e.href ? new URL(e.href, url.origin).href : '', e.before === null ? '' : JSON.stringify(e.before), e.after === null ? '' : JSON.stringify(e.after)])
		);
	} catch (e) {
		if (e instanceof ServiceError) httpError(e.status, e.message);
		throw e;
	}
};
