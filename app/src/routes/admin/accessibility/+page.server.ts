import type { Actions, PageServerLoad } from './$types';
import { saveStatement, statementForEditing } from '$lib/server/accessibility/service';
import { formatIssues } from '$lib/server/accessibility/statement';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	const statement = await loadOr404(() => statementForEditing(locals.ctx));
	return { statement, issuesText: formatIssues(statement.knownIssues) };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await saveStatement(locals.ctx, Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')));
			return { saved: true };
		});
	}
};
