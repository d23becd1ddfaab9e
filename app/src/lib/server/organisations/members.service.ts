import { z } from 'zod';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { user } from '../accounts/schema';
import { organisation, organisationMember, ORGANISATION_MEMBER_ROLES, type OrganisationMemberRole } from './schema';
import { organisationRules } from './permissions';
import { standingIn } from './organisation.service';
import { allow, inTx } from './common';

export const memberInput = z.object({
	email: z.string({ error: 'invalid_email' }).trim().toLowerCase().email('invalid_email'),
	role: z.enum(ORGANISATION_MEMBER_ROLES, { error: 'required' }).default('representative')
});

async function lockOrganisation(tx: Db, organisationId: string) {
	const [o] = await tx.select().from(organisation).where(eq(organisation.id, organisationId)).for('update');
	if (!o) throw new NotFoundError('organisation_not_found');
	return o;
}

async function adminCount(tx: Db, organisationId: string): Promise<number> {
	const [r] = await tx.select({ n: sql<number>`count(*)::int` }).from(organisationMember).where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.role, 'admin')));
	return r.n;
}

/** The organisation's admin adds a person (who must have an account) as a representative or an
 * admin; the person is told. */
export async function addMember(ctx: ServiceContext, organisationId: string, input: unknown): Promise<string> {
	const data = parseInput(memberInput, input);
	return inTx(ctx.db, async (tx) => {
		const o = await lockOrganisation(tx, organisationId);
		allow(ctx, organisationRules.manageMembers(ctx.actor, await standingIn(tx, organisationId, ctx.actor?.id)));
		const [person] = await tx.select({ id: user.id }).from(user).where(eq(user.email, data.email));
		if (!person) throw new ValidationError({ email: 'organisations_no_such_account' });
		const inserted = await tx.insert(organisationMember).values({ organisationId, userId: person.id, role: data.role, addedBy: ctx.actor!.id, addedAt: ctx.now() }).onConflictDoNothing().returning({ userId: organisationMember.userId });
		if (!inserted.length) throw new ConflictError('organisations_already_member', { email: 'organisations_already_member' });
		await recordAudit(tx, ctx, { action: 'organisation.member_add', targetType: 'organisation', targetId: organisationId, after: { userId: person.id, role: data.role } });
		await notify(tx, person.id, 'organisation_member', { slug: o.slug, name: o.name, role: data.role }, { key: 'organisation_member', params: { name: o.name }, labels: { role: `organisations_role_${data.role}` }, link: `/organisations/${o.slug}` }, ctx.now());
		return person.id;
	});
}

/** Changes a member's role; the last admin stays an admin. */
export async function setMemberRole(ctx: ServiceContext, organisationId: string, userId: string, role: unknown): Promise<void> {
	const newRole = parseInput(z.enum(ORGANISATION_MEMBER_ROLES, { error: 'required' }), role);
	await inTx(ctx.db, async (tx) => {
		await lockOrganisation(tx, organisationId);
		allow(ctx, organisationRules.manageMembers(ctx.actor, await standingIn(tx, organisationId, ctx.actor?.id)));
		const [m] = await tx.select().from(organisationMember).where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.userId, userId)));
		if (!m) throw new NotFoundError('organisations_member_not_found');
		if (m.role === newRole) return;
		if (m.role === 'admin' && (await adminCount(tx, organisationId)) <= 1) throw new ConflictError('organisations_last_admin', { role: 'organisations_last_admin' });
		await tx.update(organisationMember).set({ role: newRole }).where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.userId, userId)));
		await recordAudit(tx, ctx, { action: 'organisation.member_role', targetType: 'organisation', targetId: organisationId, before: { userId, role: m.role }, after: { userId, role: newRole } });
	});
}

/** The organisation's admin removes a person; the last admin cannot be removed. */
export async function removeMember(ctx: ServiceContext, organisationId: string, userId: string): Promise<void> {
	await inTx(ctx.db, async (tx) => {
		await lockOrganisation(tx, organisationId);
		allow(ctx, organisationRules.manageMembers(ctx.actor, await standingIn(tx, organisationId, ctx.actor?.id)));
		await dropMember(tx, ctx, organisationId, userId, 'organisation.member_remove');
	});
}

/** A member leaves the organisation themselves (not the last admin). */
export async function leaveOrganisation(ctx: ServiceContext, organisationId: string): Promise<void> {
	if (!ctx.actor) throw new UnauthenticatedError();
	await inTx(ctx.db, async (tx) => {
		await lockOrganisation(tx, organisationId);
		allow(ctx, organisationRules.leave(ctx.actor, await standingIn(tx, organisationId, ctx.actor?.id)));
		await dropMember(tx, ctx, organisationId, ctx.actor!.id, 'organisation.member_leave');
	});
}

async function dropMember(tx: Db, ctx: ServiceContext, organisationId: string, userId: string, action: string) {
	const [m] = await tx.select().from(organisationMember).where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.userId, userId)));
	if (!m) throw new NotFoundError('organisations_member_not_found');
	if (m.role === 'admin' && (await adminCount(tx, organisationId)) <= 1) throw new ConflictError('organisations_last_admin', { member: 'organisations_last_admin' });
	await tx.delete(organisationMember).where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.userId, userId)));
	await recordAudit(tx, ctx, { action, targetType: 'organisation', targetId: organisationId, before: { userId, role: m.role } });
}

/** The people of an organisation (names and e-mails), for its members and platform admins only. */
export async function listMembers(ctx: ServiceContext, organisationId: string) {
	allow(ctx, organisationRules.openWorkspace(ctx.actor, await standingIn(ctx.db, organisationId, ctx.actor?.id)));
	return ctx.db
		.select({ userId: organisationMember.userId, name: user.name, email: user.email, role: organisationMember.role, addedAt: organisationMember.addedAt })
		.from(organisationMember)
		.innerJoin(user, eq(user.id, organisationMember.userId))
		.where(eq(organisationMember.organisationId, organisationId))
		.orderBy(asc(organisationMember.role), asc(user.name));
}

/** The organisations a person acts for, with their role (the "My organisation" entry point). */
export async function organisationsOf(db: Db, userId: string) {
	return db
		.select({ id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, verifiedAt: organisation.verifiedAt, nip: organisation.nip, lang: organisation.lang, role: organisationMember.role })
		.from(organisationMember)
		.innerJoin(organisation, eq(organisation.id, organisationMember.organisationId))
		.where(eq(organisationMember.userId, userId))
		.orderBy(asc(organisation.name));
}

export async function myOrganisations(ctx: ServiceContext) {
	if (!ctx.actor) throw new UnauthenticatedError();
	return organisationsOf(ctx.db, ctx.actor.id);
}

/** The user ids of everyone who acts for an organisation (admins and representatives). */
export async function memberIdsOf(db: Db, organisationId: string): Promise<string[]> {
	const rows = await db.select({ userId: organisationMember.userId }).from(organisationMember).where(eq(organisationMember.organisationId, organisationId));
	return rows.map((r) => r.userId);
}

export type { OrganisationMemberRole };

/** How many organisations the signed-in person acts for (0 for visitors). */
export async function countMyOrganisations(ctx: ServiceContext): Promise<number> {
	if (!ctx.actor) return 0;
	const [r] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(organisationMember).where(eq(organisationMember.userId, ctx.actor.id));
	return r?.n ?? 0;
}
