import { z } from 'zod';
import { and, arrayContains, asc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors';
import { parseInput } from '../core/validate';
import { newId, slugify } from '../core/ids';
import { recordAudit } from '../audit/service';
import { notify } from '../notifications/service';
import { organisation, organisationMember, ORGANISATION_AREAS, ORGANISATION_KINDS, type OrganisationKind } from './schema';
import { organisationRules, type OrganisationStanding } from './permissions';
import { digitsOf, isValidKrs, isValidNip } from './identifiers';
import { allow, blank, inTx, many, optionalUrl, violates } from './common';
import { ORGANISATION_DESCRIPTION_MAX } from '../../limits';

export type OrganisationRow = typeof organisation.$inferSelect;

const nipField = z
	.string({ error: 'organisations_nip_required' })
	.transform(digitsOf)
	.refine((s) => s.length > 0, 'organisations_nip_required')
	.refine((s) => /^[0-9]{10}$/.test(s), 'organisations_nip_format')
	.refine(isValidNip, 'organisations_nip_check_digit');

const krsField = z.preprocess(
	(v) => (typeof v === 'string' ? digitsOf(v) || undefined : blank(v)),
	z
		.string()
		.refine((s) => /^[0-9]{10}$/.test(s), 'organisations_krs_format')
		.refine(isValidKrs, 'organisations_krs_format')
		.nullable()
		.default(null)
);

export const organisationInput = z.object({
	name: z.string({ error: 'required' }).trim().min(3, 'organisations_name_too_short').max(200),
	kind: z.enum(ORGANISATION_KINDS, { error: 'required' }),
	krs: krsField,
	nip: nipField,
	description: z.string().trim().max(ORGANISATION_DESCRIPTION_MAX).default(''),
	areas: z.preprocess(many, z.array(z.enum(ORGANISATION_AREAS, { error: 'invalid_choice' })).max(ORGANISATION_AREAS.length)).default([]),
	districts: z.preprocess(many, z.array(z.coerce.number().int().min(1, 'invalid_choice').max(18, 'invalid_choice')).max(18)).default([]),
	website: optionalUrl,
	email: z
		.string()
		.trim()
		.toLowerCase()
		.max(200)
		.refine((s) => s === '' || z.email().safeParse(s).success, 'invalid_email')
		.default(''),
	address: z.string().trim().max(300).default('')
});
export type OrganisationInput = z.input<typeof organisationInput>;

/** The actor's role in an organisation. */
export async function standingIn(db: Db, organisationId: string, userId: string | null | undefined): Promise<OrganisationStanding> {
	if (!userId) return { role: null };
	const [m] = await db.select({ role: organisationMember.role }).from(organisationMember).where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.userId, userId)));
	return { role: m?.role ?? null };
}

async function uniqueSlug(db: Db, name: string): Promise<string> {
	const base = slugify(name) === 'process' ? 'organizacja' : slugify(name);
	for (let i = 1; ; i++) {
		const candidate = i === 1 ? base : `${base}-${i}`;
		const [hit] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.slug, candidate));
		if (!hit) return candidate;
	}
}

/** KRS and NIP are unique (database constraints); say which field is taken instead of a 500. */
function registryConflict(e: unknown): never {
	if (violates(e, 'organisation_nip_unique')) throw new ConflictError('organisations_nip_taken', { nip: 'organisations_nip_taken' });
	if (violates(e, 'organisation_krs_unique')) throw new ConflictError('organisations_krs_taken', { krs: 'organisations_krs_taken' });
	throw e;
}

/** Registers an organisation; the person registering becomes its first admin. */
export async function registerOrganisation(ctx: ServiceContext, input: unknown): Promise<{ id: string; slug: string }> {
	allow(ctx, organisationRules.register(ctx.actor));
	const data = parseInput(organisationInput, input);
	const id = newId();
	for (let attempt = 1; ; attempt++) {
		const slug = await uniqueSlug(ctx.db, data.name);
		try {
			await inTx(ctx.db, async (tx) => {
				await tx.insert(organisation).values({ id, slug, ...data, source: 'registered', createdBy: ctx.actor!.id, createdAt: ctx.now(), updatedAt: ctx.now() });
				await tx.insert(organisationMember).values({ organisationId: id, userId: ctx.actor!.id, role: 'admin', addedBy: ctx.actor!.id, addedAt: ctx.now() });
				await recordAudit(tx, ctx, { action: 'organisation.register', targetType: 'organisation', targetId: id, after: data });
			});
			return { id, slug };
		} catch (e) {
			if (attempt < 10 && violates(e, 'organisation_slug_unique')) continue;
			registryConflict(e);
		}
	}
}

/** Creates an organisation on an official's behalf from a consultation partner typed by name
 * (no KRS/NIP known yet; its new admin completes the profile). Used by consultations. */
export async function createPartnerOrganisation(tx: Db, ctx: ServiceContext, input: { name: string; kind: OrganisationKind; adminUserId: string | null }): Promise<string> {
	const id = newId();
	const slug = await uniqueSlug(tx, input.name);
	await tx.insert(organisation).values({ id, slug, name: input.name, kind: input.kind, source: 'consultation_partner', createdBy: ctx.actor?.id ?? null, createdAt: ctx.now(), updatedAt: ctx.now() });
	if (input.adminUserId) await tx.insert(organisationMember).values({ organisationId: id, userId: input.adminUserId, role: 'admin', addedBy: ctx.actor?.id ?? null, addedAt: ctx.now() });
	await recordAudit(tx, ctx, { action: 'organisation.create_from_partner', targetType: 'organisation', targetId: id, after: input });
	return id;
}

/** Edits the profile. A change of name, KRS or NIP needs a new verification. */
export async function updateOrganisation(ctx: ServiceContext, organisationId: string, input: unknown): Promise<void> {
	const data = parseInput(organisationInput, input);
	try {
		await inTx(ctx.db, async (tx) => {
			const [before] = await tx.select().from(organisation).where(eq(organisation.id, organisationId)).for('update');
			if (!before) throw new NotFoundError('organisation_not_found');
			allow(ctx, organisationRules.editProfile(ctx.actor, await standingIn(tx, organisationId, ctx.actor?.id)));
			const registryChanged = before.name !== data.name || before.krs !== data.krs || before.nip !== data.nip;
			await tx
				.update(organisation)
				.set({ ...data, updatedAt: ctx.now(), ...(registryChanged ? { verifiedAt: null, verifiedBy: null } : {}) })
				.where(eq(organisation.id, organisationId));
			await recordAudit(tx, ctx, { action: 'organisation.update', targetType: 'organisation', targetId: organisationId, before, after: { ...data, verificationReset: registryChanged && !!before.verifiedAt } });
		});
	} catch (e) {
		registryConflict(e);
	}
}

/** An official confirms (or withdraws) that name, KRS and NIP match the public registers. The
 * organisation's admins are told. An organisation without a NIP cannot be verified. */
export async function verifyOrganisation(ctx: ServiceContext, organisationId: string, verified: boolean): Promise<void> {
	allow(ctx, organisationRules.verify(ctx.actor));
	await inTx(ctx.db, async (tx) => {
		const [before] = await tx.select().from(organisation).where(eq(organisation.id, organisationId)).for('update');
		if (!before) throw new NotFoundError('organisation_not_found');
		if (verified && !before.nip) throw new ValidationError({ nip: 'organisations_nip_missing' });
		await tx
			.update(organisation)
			.set(verified ? { verifiedAt: ctx.now(), verifiedBy: ctx.actor!.id } : { verifiedAt: null, verifiedBy: null })
			.where(eq(organisation.id, organisationId));
		await recordAudit(tx, ctx, { action: verified ? 'organisation.verify' : 'organisation.unverify', targetType: 'organisation', targetId: organisationId, before: { verifiedAt: before.verifiedAt }, after: { verified } });
		if (verified) {
			const admins = await tx.select({ userId: organisationMember.userId }).from(organisationMember).where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.role, 'admin')));
			for (const a of admins)
				await notify(tx, a.userId, 'organisation_verified', { slug: before.slug, name: before.name }, { key: 'organisation_verified', params: { name: before.name }, link: `/organisations/${before.slug}` }, ctx.now());
		}
	});
}

export interface OrganisationFilter {
	area?: string;
	district?: number;
	kind?: string;
	q?: string;
	verified?: boolean;
}

/** The public register, by name. Filters are matched against fixed columns only. */
export async function listOrganisations(db: Db, filter: OrganisationFilter = {}): Promise<OrganisationRow[]> {
	const conds: SQL[] = [];
	if (filter.area && (ORGANISATION_AREAS as readonly string[]).includes(filter.area)) conds.push(arrayContains(organisation.areas, [filter.area as (typeof ORGANISATION_AREAS)[number]]));
	if (filter.district && filter.district >= 1 && filter.district <= 18) conds.push(or(arrayContains(organisation.districts, [filter.district]), sql`cardinality(${organisation.districts}) = 0`)!);
	if (filter.kind && (ORGANISATION_KINDS as readonly string[]).includes(filter.kind)) conds.push(eq(organisation.kind, filter.kind as OrganisationKind));
	if (filter.verified === true) conds.push(isNotNull(organisation.verifiedAt));
	if (filter.verified === false) conds.push(isNull(organisation.verifiedAt));
	const q = filter.q?.trim().slice(0, 100);
	if (q) {
		const digits = digitsOf(q);
		const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		conds.push(/^[0-9]{3,10}$/.test(digits) ? or(ilike(organisation.name, like), eq(organisation.krs, digits), eq(organisation.nip, digits))! : ilike(organisation.name, like));
	}
	return db.select().from(organisation).where(conds.length ? and(...conds) : undefined).orderBy(sql`lower(${organisation.name})`, asc(organisation.id));
}

/** One organisation by slug or id, with the actor's standing in it. */
export async function getOrganisation(ctx: ServiceContext, slugOrId: string) {
	const [row] = await ctx.db.select().from(organisation).where(or(eq(organisation.slug, slugOrId), eq(organisation.id, slugOrId)));
	if (!row) throw new NotFoundError('organisation_not_found');
	const standing = await standingIn(ctx.db, row.id, ctx.actor?.id);
	return {
		organisation: row,
		standing,
		canEdit: organisationRules.editProfile(ctx.actor, standing),
		canManageMembers: organisationRules.manageMembers(ctx.actor, standing),
		canOpenWorkspace: organisationRules.openWorkspace(ctx.actor, standing),
		canVerify: organisationRules.verify(ctx.actor)
	};
}

/** Officials' view of the register: everything, unverified first. */
export async function listOrganisationsForOfficials(ctx: ServiceContext, filter: OrganisationFilter = {}) {
	allow(ctx, organisationRules.listForOfficials(ctx.actor));
	const rows = await listOrganisations(ctx.db, filter);
	const counts = await ctx.db.select({ organisationId: organisationMember.organisationId, n: sql<number>`count(*)::int` }).from(organisationMember).groupBy(organisationMember.organisationId);
	const members = new Map(counts.map((c) => [c.organisationId, c.n]));
	return rows.map((r) => ({ ...r, members: members.get(r.id) ?? 0 })).sort((a, b) => Number(!!a.verifiedAt) - Number(!!b.verifiedAt));
}

/** Organisations waiting for verification (the officials' queue). */
export async function countUnverified(db: Db): Promise<number> {
	const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(organisation).where(and(isNull(organisation.verifiedAt), isNotNull(organisation.nip)));
	return r?.n ?? 0;
}
