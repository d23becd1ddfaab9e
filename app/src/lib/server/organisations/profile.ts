import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { process } from '../processes/schema';
import { partner, partnerSession } from '../consultations/schema';

/** The consultations an organisation was an authorised partner in (public ones only). */
export async function organisationPartnerships(db: Db, organisationId: string) {
	return db
		.select({ partnerId: partner.id, slug: process.slug, title: process.title, sessions: sql<number>`(select count(*)::int from ${partnerSession} where ${partnerSession.partnerId} = ${partner.id})` })
		.from(partner)
		.innerJoin(process, eq(process.id, partner.processId))
		.where(and(eq(partner.organisationId, organisationId), ne(process.status, 'draft')))
		.orderBy(asc(process.title));
}
