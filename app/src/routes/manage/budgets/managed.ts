import { getEdition } from '$lib/server/budgets/service';
import { loadOr404, httpError } from '$lib/server/http';

/** The edition behind a management page: 404 when it does not exist, 403 unless the signed-in
 * person manages it (the services check again on every change). */
export async function managedEdition(locals: App.Locals, slug: string) {
	const ed = await loadOr404(() => getEdition(locals.ctx, slug));
	if (!ed.canManage) httpError(403, 'forbidden');
	return ed;
}
