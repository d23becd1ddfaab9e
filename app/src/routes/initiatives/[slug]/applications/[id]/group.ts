import { getApplication } from '$lib/server/initiatives';
import { httpError, loadOr404, requireSignedIn } from '$lib/server/http';

/** The application behind a page of the group: signed in, and acting for the group (the
 * services check again on every change). */
export async function groupApplication(locals: App.Locals, url: URL, params: { slug: string; id: string }) {
	requireSignedIn(locals, url);
	const v = await loadOr404(() => getApplication(locals.ctx, params.id));
	if (v.process.slug !== params.slug) httpError(404, 'initiatives_application_not_found');
	if (!v.canAct) httpError(403, 'forbidden');
	return v;
}
