/**
 * The permissions matrix: every role against every action of the shared services, the
 * forbidden cells as carefully as the allowed ones. Each cell runs the real service on a real
 * database; a forbidden action must fail with the right status and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from './testing/db';
import type { Actor, ServiceContext } from './core/context';
import { user } from './accounts/schema';
import { exportMyData, listUsers, readOutbox, setRole, updateProfile } from './accounts/service';
import { assignOfficial, createProcess, getProcess, listManagedProcesses, setProcessStatus, updateProcess, type ProcessInput } from './processes/service';
import { process } from './processes/schema';
import { addComment, listComments, reportComment } from './comments/service';
import { comment, commentReport } from './comments/schema';
import { dismissReports, hideComment, moderationQueue, restoreComment } from './moderation/service';
import { listAudit } from './audit/service';
import { auditLog } from './audit/schema';
import { markAllRead, myNotifications } from './notifications/service';
import { processRules } from './processes/permissions';
import { commentRules } from './comments/permissions';
import { accountRules } from './accounts/permissions';
import { canReadAudit } from './audit/permissions';

const WHO = [
	'anonymous visitor',
	'resident with an unconfirmed e-mail',
	'resident',
	'moderator',
	'official assigned to the process',
	'official not assigned to the process',
	'admin'
] as const;
type Who = (typeof WHO)[number];

const SIGNED_IN = WHO.filter((w) => w !== 'anonymous visitor');
const VERIFIED = SIGNED_IN.filter((w) => w !== 'resident with an unconfirmed e-mail');
const OFFICIALS_AND_ADMINS: Who[] = ['official assigned to the process', 'official not assigned to the process', 'admin'];
const RUNS_THE_PROCESS: Who[] = ['official assigned to the process', 'admin'];
const MODERATORS: Who[] = ['moderator', 'admin'];
const ADMINS: Who[] = ['admin'];

const uniq = () => randomBytes(3).toString('hex');
const processForm = (title = `Proces ${uniq()}`): ProcessInput => ({
	mechanism: 'consultation',
	title,
	description: 'Opis procesu partycypacyjnego.',
	districtId: 1,
	phases: [{ name: 'Konsultacje', startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z' }]
});

/** What each cell may use: a fresh draft process run by the assigned official, a fresh
 * reported comment, another person to act on. */
interface Fixture {
	processId: string;
	slug: string;
	commentId: string;
	otherUserId: string;
	otherOfficialId: string;
	/** A fresh discussion to write in. */
	targetId: string;
}
type Part = 'process' | 'comment' | 'hidden' | 'otherUser' | 'otherOfficial';

interface Action {
	name: string;
	allowed: readonly Who[];
	/** The parts of the fixture the action needs (only those are made, to keep the matrix fast). */
	uses?: Part[];
	/** The status a refused actor gets (anonymous visitors may get 401 instead, see below). */
	denied?: 401 | 403 | 404;
	/** Refused anonymous visitors get 401 "sign in first" where the service asks for it. */
	deniedAnonymous?: 401 | 403 | 404;
	run: (ctx: ServiceContext, f: Fixture) => Promise<unknown>;
	/** The state the action changes: must differ after an allowed run, stay equal after a refused one. */
	state?: (t: TestDatabase, f: Fixture) => Promise<unknown>;
}

const processRow = (t: TestDatabase, f: Fixture) => t.db.select().from(process).where(eq(process.id, f.processId)).then((r) => r[0]);
const commentRow = (t: TestDatabase, f: Fixture) => t.db.select().from(comment).where(eq(comment.id, f.commentId)).then((r) => r[0]);
const auditCount = (t: TestDatabase) => t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).then((r) => r[0].n);

const ACTIONS: Action[] = [
	// Processes
	{
		name: 'create a process',
		allowed: OFFICIALS_AND_ADMINS,
		run: (ctx) => createProcess(ctx, processForm(`Nowy proces ${uniq()}`)),
		state: (t) => t.db.select({ n: sql<number>`count(*)::int` }).from(process).then((r) => r[0].n)
	},
	{
		name: 'edit a process',
		uses: ['process'],
		allowed: RUNS_THE_PROCESS,
		run: (ctx, f) => updateProcess(ctx, f.processId, processForm('Zmieniony tytuł procesu')),
		state: (t, f) => processRow(t, f).then((p) => p.title)
	},
	{
		name: 'publish a process',
		uses: ['process'],
		allowed: RUNS_THE_PROCESS,
		run: (ctx, f) => setProcessStatus(ctx, f.processId, 'published'),
		state: (t, f) => processRow(t, f).then((p) => p.status)
	},
	{
		name: 'close a process with its outcome',
		uses: ['process'],
		allowed: RUNS_THE_PROCESS,
		run: (ctx, f) => setProcessStatus(ctx, f.processId, 'closed', 'Wyniki opublikowane w raporcie.'),
		state: (t, f) => processRow(t, f).then((p) => [p.status, p.outcome])
	},
	{
		name: 'read a draft process',
		uses: ['process'],
		allowed: RUNS_THE_PROCESS,
		denied: 404,
		run: (ctx, f) => getProcess(ctx, f.slug)
	},
	{
		name: 'list the processes one manages',
		allowed: OFFICIALS_AND_ADMINS,
		run: (ctx) => listManagedProcesses(ctx)
	},
	{
		name: 'assign an official to a process',
		uses: ['process', 'otherOfficial'],
		allowed: ADMINS,
		run: (ctx, f) => assignOfficial(ctx, f.processId, f.otherOfficialId),
		state: (t) => auditCount(t)
	},
	// Comments
	{
		name: 'comment',
		allowed: VERIFIED,
		deniedAnonymous: 401,
		run: (ctx, f) => addComment(ctx, { targetType: 'process', targetId: f.targetId, body: 'Mój głos w dyskusji' }),
		state: (t, f) => t.db.select().from(comment).where(eq(comment.targetId, f.targetId)).then((r) => r.length)
	},
	{
		name: 'reply to a comment',
		uses: ['comment'],
		allowed: VERIFIED,
		deniedAnonymous: 401,
		run: (ctx, f) => addComment(ctx, { targetType: 'process', targetId: f.targetId, parentId: f.commentId, body: 'Odpowiadam' }),
		state: (t, f) => t.db.select().from(comment).where(eq(comment.parentId, f.commentId)).then((r) => r.length)
	},
	{
		name: 'report a comment',
		uses: ['comment'],
		allowed: SIGNED_IN,
		deniedAnonymous: 401,
		run: (ctx, f) => reportComment(ctx, { commentId: f.commentId, reason: 'Narusza regulamin' }),
		state: (t, f) => t.db.select().from(commentReport).where(eq(commentReport.commentId, f.commentId)).then((r) => r.length)
	},
	{
		name: 'read a discussion',
		allowed: WHO,
		run: (ctx) => listComments(ctx, 'process', 'matrix')
	},
	// Moderation
	{
		name: 'see the moderation queue',
		allowed: MODERATORS,
		run: (ctx) => moderationQueue(ctx)
	},
	{
		name: 'hide a comment',
		uses: ['comment'],
		allowed: MODERATORS,
		run: (ctx, f) => hideComment(ctx, { commentId: f.commentId, reason: 'Wycieczki osobiste' }),
		state: (t, f) => commentRow(t, f).then((c) => c.status)
	},
	{
		name: 'dismiss the reports of a comment',
		uses: ['comment'],
		allowed: MODERATORS,
		run: (ctx, f) => dismissReports(ctx, f.commentId),
		state: (t, f) => t.db.select().from(commentReport).where(eq(commentReport.commentId, f.commentId)).then((r) => r.map((x) => x.resolution))
	},
	{
		name: 'restore a hidden comment',
		uses: ['comment', 'hidden'],
		allowed: MODERATORS,
		run: (ctx, f) => restoreComment(ctx, f.commentId),
		state: (t, f) => commentRow(t, f).then((c) => c.status)
	},
	// Accounts
	{
		name: 'change someone’s role',
		uses: ['otherUser'],
		allowed: ADMINS,
		run: (ctx, f) => setRole(ctx, f.otherUserId, 'moderator'),
		state: (t, f) => t.db.select().from(user).where(eq(user.id, f.otherUserId)).then((r) => r[0].role)
	},
	{
		name: 'search the people registered',
		allowed: ADMINS,
		run: (ctx) => listUsers(ctx, 'a')
	},
	{
		name: 'read the e-mail outbox',
		allowed: ADMINS,
		run: (ctx) => readOutbox(ctx)
	},
	{
		name: 'edit one’s own profile',
		allowed: SIGNED_IN,
		deniedAnonymous: 401,
		run: (ctx) => updateProfile(ctx, { name: 'Nowe Imię', districtId: 3, birthYear: 1990, demographicsConsent: false })
	},
	{
		name: 'download one’s own data',
		allowed: SIGNED_IN,
		deniedAnonymous: 401,
		run: (ctx) => exportMyData(ctx)
	},
	{
		name: 'read one’s notifications',
		allowed: SIGNED_IN,
		deniedAnonymous: 401,
		run: async (ctx) => {
			await markAllRead(ctx);
			return myNotifications(ctx);
		}
	},
	// Audit
	{
		name: 'read the audit log',
		allowed: ADMINS,
		run: (ctx) => listAudit(ctx)
	}
];

describe.each(backends)('permissions matrix on %s', (kind) => {
	let t: TestDatabase;
	const actors = {} as Record<Who, Actor>;
	let assignedOfficial: NonNullable<Actor>;
	let author: NonNullable<Actor>;
	let reporter: NonNullable<Actor>;

	beforeAll(async () => {
		t = await openTestDatabase(kind);
		const unverified = await t.user('resident');
		await t.db.update(user).set({ emailVerified: false }).where(eq(user.id, unverified.id));
		assignedOfficial = await t.user('official');
		[author, reporter] = await Promise.all([t.user('resident'), t.user('resident')]);
		Object.assign(actors, {
			'anonymous visitor': null,
			'resident with an unconfirmed e-mail': { ...unverified, emailVerified: false },
			resident: await t.user('resident'),
			moderator: await t.user('moderator'),
			'official assigned to the process': assignedOfficial,
			'official not assigned to the process': await t.user('official'),
			admin: await t.user('admin')
		} satisfies Record<Who, Actor>);
	});
	afterAll(() => t.drop());

	async function fixture(uses: Part[] = []): Promise<Fixture> {
		const f: Fixture = { processId: '', slug: '', commentId: '', otherUserId: '', otherOfficialId: '', targetId: (await t.discussion()).targetId };
		if (uses.includes('process')) Object.assign(f, { processId: (await createProcess(t.ctx(assignedOfficial), processForm())).id });
		if (f.processId) f.slug = (await processRow(t, f)).slug;
		if (uses.includes('comment')) {
			f.commentId = await addComment(t.ctx(author), { targetType: 'process', targetId: f.targetId, body: 'Komentarz do moderacji' });
			await reportComment(t.ctx(reporter), { commentId: f.commentId, reason: 'Spam reklamowy' });
		}
		if (uses.includes('hidden')) await hideComment(t.ctx(actors.moderator), { commentId: f.commentId, reason: 'Ukryty do testu' });
		if (uses.includes('otherUser')) f.otherUserId = (await t.user('resident')).id;
		if (uses.includes('otherOfficial')) f.otherOfficialId = (await t.user('official')).id;
		return f;
	}

	describe.each(ACTIONS.map((a) => [a.name, a] as const))('%s', (_name, action) => {
		it.each(WHO.map((who) => [who, action.allowed.includes(who) ? 'may' : 'may not'] as const))('%s %s', async (who, may) => {
			const allowed = may === 'may';
			const f = await fixture(action.uses);
			const ctx = t.ctx(actors[who]);
			const before = await action.state?.(t, f);
			if (allowed) {
				await expect(action.run(ctx, f)).resolves.not.toBeInstanceOf(Error);
				if (action.state) expect(await action.state(t, f)).not.toEqual(before);
			} else {
				const status = who === 'anonymous visitor' ? (action.deniedAnonymous ?? action.denied ?? 403) : (action.denied ?? 403);
				await expect(action.run(ctx, f)).rejects.toMatchObject({ status });
				if (action.state) expect(await action.state(t, f)).toEqual(before);
			}
		});
	});
});

/** The rules themselves, as the regulations state them (no database needed). */
describe('permission rules', () => {
	const official = { id: 'o1', role: 'official' as const, emailVerified: true };
	const admin = { id: 'a1', role: 'admin' as const, emailVerified: true };
	const moderator = { id: 'm1', role: 'moderator' as const, emailVerified: true };
	const resident = { id: 'r1', role: 'resident' as const, emailVerified: true };

	it('an official manages only the processes assigned to them; admins manage all', () => {
		expect(processRules.manage(official, ['o1'])).toBe(true);
		expect(processRules.manage(official, ['someone-else'])).toBe(false);
		expect(processRules.manage(admin, [])).toBe(true);
		// Being listed is not enough without the role (e.g. an official later made a resident).
		expect(processRules.manage({ ...resident, id: 'o1' }, ['o1'])).toBe(false);
		expect(processRules.manage(moderator, ['m1'])).toBe(false);
		expect(processRules.manage(null, [])).toBe(false);
	});

	it('only confirmed e-mail addresses speak; moderators and admins moderate', () => {
		expect(commentRules.create({ ...resident, emailVerified: false })).toBe(false);
		expect(commentRules.create(resident)).toBe(true);
		expect(commentRules.create(null)).toBe(false);
		expect([resident, official, moderator, admin, null].map((a) => commentRules.moderate(a))).toEqual([false, false, true, true, false]);
	});

	it('only admins change roles, list people, read the outbox and the audit log', () => {
		for (const rule of [accountRules.changeRoles, accountRules.listUsers, accountRules.readOutbox, canReadAudit]) {
			expect([resident, official, moderator, admin, null].map((a) => rule(a))).toEqual([false, false, false, true, false]);
		}
	});
});
