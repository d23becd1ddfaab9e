import { error } from '@sveltejs/kit';
import { getApplication } from '$lib/server/initiatives';
import { loadOr404, requireSignedIn } from '$lib/server/http';

/** The application behind a page of the group: signed in, and acting for the group (the
 * services check again on every change). */
export async function groupApplication(locals: App.Locals, url: URL, params: { slug: string; id: string }) {
	requireSignedIn(locals, url);
	const v = await loadOr404(() => getApplication(locals.ctx, params.id));
	if (v.process.slug !== params.slug) error(404, 'Not found');
	if (!v.canAct) error(403, 'Forbidden');
	return v;
}
