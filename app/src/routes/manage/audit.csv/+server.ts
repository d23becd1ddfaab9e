import type { RequestHandler } from './$types';
import { auditTrail } from '$lib/server/audit/trail';
import { csvResponse, loadOr404, requireSignedIn } from '$lib/server/http';

/** The filtered audit trail as CSV (the same filters and permissions as /manage/audit). */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const q = Object.fromEntries(['process', 'person', 'action', 'from', 'to'].map((k) => [k, url.searchParams.get(k) ?? '']));
	const t = await loadOr404(() => auditTrail(locals.ctx, { ...q, limit: 5000 }));
	return csvResponse(
		'audit.csv',
		['id', 'created_at', 'person', 'role', 'action', 'process', 'target_type', 'reason', 'link', 'before', 'after'],
		t.entries.map((e) => [e.id, e.createdAt.toISOString(), e.actorName, e.actorRole, e.action, e.processTitle, e.targetType, e.reason, e.href ? new URL(e.href, url.origin).href : '', e.before === null ? '' : JSON.stringify(e.before), e.after === null ? '' : JSON.stringify(e.after)])
	);
};
