import { getApplication } from '$lib/server/initiatives';
import { httpError, loadOr404, requireSignedIn } from '$lib/server/http';

/** The application behind an official's page: 404 unless it exists in this programme (drafts are
 * the group's), 403 unless the signed-in person runs the programme. */
export async function managedApplication(locals: App.Locals, url: URL, params: { slug: string; id: string }) {
	requireSignedIn(locals, url);
	const v = await loadOr404(() => getApplication(locals.ctx, params.id));
	if (v.process.slug !== params.slug || v.application.status === 'draft') httpError(404, 'initiatives_application_not_found');
	if (!v.canManage) httpError(403, 'forbidden');
	return v;
}
