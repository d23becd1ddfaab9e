/** Tells the group's members with an account what the city decided, in the app and by e-mail. */
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { notify } from '../notifications/service';
import type { EmailSpec } from '../notifications/email';
import { process } from '../processes/schema';
import { applicantSide, type Application } from './common';

export type GroupNotice = 'initiative_decided' | 'initiative_agreement' | 'initiative_report_reviewed';

export async function notifyGroup(tx: Db, ctx: ServiceContext, a: Application, kind: GroupNotice, mail: EmailSpec) {
	const [p] = await tx.select({ slug: process.slug }).from(process).where(eq(process.id, a.processId));
	const side = await applicantSide(tx, a);
	const link = `/initiatives/${p?.slug ?? ''}/applications/${a.id}`;
	const ids = [...new Set([...side.memberIds, ...side.representativeIds])];
	for (const id of ids) await notify(tx, id, kind, { applicationId: a.id, slug: p?.slug ?? '', title: a.title, number: a.number ?? '' }, { ...mail, params: { title: a.title, number: a.number ?? '', ...mail.params }, link }, ctx.now());
}
