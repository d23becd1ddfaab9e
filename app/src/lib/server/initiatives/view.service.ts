/** One application as a page shows it: for everyone the public record (what, where, when, the
 * contribution and the request, the decision with its assessment, the agreement once signed,
 * progress, payments and the report); for the group and the city also the group's names and
 * what is still in preparation. */
import { asc, desc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';
import { initiativePayment, initiativePhoto, initiativeUpdate } from './schema';
import { contributionOf, criteriaOf, loadApplication, poolFigures, programmeRow } from './common';
import { membersOf, missingAnswers, WITHDRAWABLE } from './application.service';
import { assessmentOf } from './assessment.service';
import { agreementOf } from './agreement.service';
import { reportOf } from './report.service';
import { scoreScale } from './programme.service';

export async function getApplication(ctx: ServiceContext, id: string) {
	const l = await loadApplication(ctx, ctx.db, id);
	const a = l.application;
	const [p] = await ctx.db.select().from(process).where(eq(process.id, a.processId));
	const programme = await programmeRow(ctx.db, a.processId);
	const criteria = await criteriaOf(ctx.db, a.processId);
	const members = await membersOf(ctx.db, id);
	const decided = a.status !== 'draft' && a.status !== 'submitted';
	// The assessment is public once decided (public money, no personal data); before that only
	// the city sees the work in progress.
	const assessment = decided || l.canManage ? await assessmentOf(ctx.db, id, criteria) : null;
	const agreement = await agreementOf(ctx.db, id);
	const agreementVisible = agreement && (agreement.signedAt || l.canReadPrivate) ? agreement : null;
	const updates = await ctx.db
		.select({ id: initiativeUpdate.id, body: initiativeUpdate.body, createdAt: initiativeUpdate.createdAt, authorName: user.name, authorRole: user.role })
		.from(initiativeUpdate)
		.leftJoin(user, eq(user.id, initiativeUpdate.authorId))
		.where(eq(initiativeUpdate.applicationId, id))
		.orderBy(desc(initiativeUpdate.createdAt));
	const photos = await ctx.db.select({ id: initiativePhoto.id, updateId: initiativePhoto.updateId, alt: initiativePhoto.alt }).from(initiativePhoto).where(eq(initiativePhoto.applicationId, id)).orderBy(asc(initiativePhoto.createdAt));
	const payments = await ctx.db.select({ id: initiativePayment.id, amount: initiativePayment.amount, description: initiativePayment.description, paidOn: initiativePayment.paidOn }).from(initiativePayment).where(eq(initiativePayment.applicationId, id)).orderBy(asc(initiativePayment.paidOn));
	const report = await reportOf(ctx.db, id);
	const reportVisible = report && (report.accepted || l.canReadPrivate) ? report : null;
	return {
		application: a,
		process: p,
		programme,
		criteria,
		scale: scoreScale(criteria, programme.minScorePercent),
		figures: await poolFigures(ctx.db, a.processId, programme.poolAmount),
		contribution: contributionOf(a, programme.workHourRate),
		memberCount: members.length,
		/** Names only for the group and the city (personal data). */
		members: l.canReadPrivate ? members.map((m) => ({ id: m.id, fullName: m.fullName, contact: m.contact, hasAccount: !!m.userId })) : null,
		missing: a.status === 'draft' ? missingAnswers(a, members.length, programme, ctx.now()) : {},
		assessment,
		agreement: agreementVisible,
		// Authors' names are shown for the city's posts only; residents' posts say "the group".
		updates: updates.map((u) => ({ id: u.id, body: u.body, createdAt: u.createdAt, byCity: u.authorRole === 'official' || u.authorRole === 'admin', photos: photos.filter((ph) => ph.updateId === u.id) })),
		payments,
		paidOut: payments.reduce((s, x) => s + x.amount, 0),
		report: reportVisible,
		canAct: l.canAct,
		canManage: l.canManage,
		canReadPrivate: l.canReadPrivate,
		canWithdraw: l.canAct && WITHDRAWABLE.includes(a.status) && !agreement?.signedAt
	};
}

export type ApplicationView = Awaited<ReturnType<typeof getApplication>>;
