import { eq, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { NotFoundError } from '../core/errors';
import { organisation } from './schema';
import { listOrganisations, type OrganisationFilter, type OrganisationRow } from './organisation.service';

/** The open-data view of an organisation: its public profile, never the people behind it. */
export function publicOrganisation(o: OrganisationRow) {
	return {
		id: o.id,
		slug: o.slug,
		name: o.name,
		kind: o.kind,
		krs: o.krs,
		nip: o.nip,
		areas: o.areas,
		districts: o.districts,
		description: o.description,
		website: o.website,
		email: o.email,
		address: o.address,
		verified: !!o.verifiedAt,
		verifiedAt: o.verifiedAt?.toISOString() ?? null,
		source: o.source,
		createdAt: o.createdAt.toISOString()
	};
}
export type PublicOrganisation = ReturnType<typeof publicOrganisation>;

export async function apiOrganisations(db: Db, filter: OrganisationFilter = {}) {
	return (await listOrganisations(db, filter)).map(publicOrganisation);
}

export const ORGANISATION_CSV_HEADER = ['id', 'slug', 'name', 'kind', 'krs', 'nip', 'areas', 'districts', 'website', 'email', 'verified', 'source', 'created_at'];

export async function apiOrganisationsCsv(db: Db, filter: OrganisationFilter = {}) {
	const rows = (await listOrganisations(db, filter)).map((o) => [o.id, o.slug, o.name, o.kind, o.krs, o.nip, o.areas.join(' '), o.districts.join(' '), o.website, o.email, o.verifiedAt ? 'true' : 'false', o.source, o.createdAt.toISOString()]);
	return { header: ORGANISATION_CSV_HEADER, rows };
}

export async function apiOrganisation(db: Db, idOrSlug: string) {
	if (idOrSlug.length > 200) throw new NotFoundError('organisation_not_found');
	const [row] = await db.select().from(organisation).where(or(eq(organisation.id, idOrSlug), eq(organisation.slug, idOrSlug)));
	if (!row) throw new NotFoundError('organisation_not_found');
	return publicOrganisation(row);
}

/** Query-string filters of the register and its API (unknown values are ignored, never an error). */
export function filterFromQuery(q: URLSearchParams): OrganisationFilter {
	const district = Number(q.get('district'));
	const verified = q.get('verified');
	return {
		area: q.get('area') ?? undefined,
		district: Number.isInteger(district) && district >= 1 && district <= 18 ? district : undefined,
		kind: q.get('kind') ?? undefined,
		q: q.get('q') ?? undefined,
		verified: verified === 'true' ? true : verified === 'false' ? false : undefined
	};
}
