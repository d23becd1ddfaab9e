import { getManagedProgramme } from '$lib/server/initiatives';
import { loadOr404, requireSignedIn } from '$lib/server/http';

/** The programme behind a management page: 404 when it does not exist, 403 unless the signed-in
 * person runs it (the services check again on every change). */
export async function managedProgramme(locals: App.Locals, url: URL, slug: string) {
	requireSignedIn(locals, url);
	return loadOr404(() => getManagedProgramme(locals.ctx, slug));
}
