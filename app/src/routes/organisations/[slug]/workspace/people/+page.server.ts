import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { addMember, getOrganisation, leaveOrganisation, listMembers, removeMember, setMemberRole } from '$lib/server/organisations';
import { ORGANISATION_MEMBER_ROLES } from '$lib/server/organisations/schema';
import { formAction, loadOr404, requireSignedIn } from '$lib/server/http';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { org } = await parent();
	return { members: await listMembers(locals.ctx, org.id), roles: ORGANISATION_MEMBER_ROLES, me: locals.actor?.id ?? null };
};

const orgOf = async (locals: App.Locals, slug: string) => (await loadOr404(() => getOrganisation(locals.ctx, slug))).organisation;

export const actions: Actions = {
	add: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const o = await orgOf(locals, params.slug);
		return formAction(form, async () => ({ added: await addMember(locals.ctx, o.id, { email: form.get('email'), role: form.get('role') || undefined }) }));
	},
	role: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const o = await orgOf(locals, params.slug);
		return formAction(form, async () => {
			await setMemberRole(locals.ctx, o.id, String(form.get('userId') ?? ''), form.get('role'));
			return { roleChanged: true as const };
		});
	},
	remove: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const o = await orgOf(locals, params.slug);
		return formAction(form, async () => {
			await removeMember(locals.ctx, o.id, String(form.get('userId') ?? ''));
			return { removed: true as const };
		});
	},
	leave: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const o = await orgOf(locals, params.slug);
		const result = await formAction(form, async () => {
			await leaveOrganisation(locals.ctx, o.id);
			return 'left' as const;
		});
		if (result !== 'left') return result;
		redirect(303, `/my/organisations?left=${encodeURIComponent(o.name)}`);
	}
};
