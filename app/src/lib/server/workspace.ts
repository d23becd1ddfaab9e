/** The officials' workspace (`/manage`): every process the person works on, with each module's
 * tools for it and the work waiting there. Nothing here knows a module: each module declares its
 * tools and counts in its manifest (`workspace`, see ModuleWorkspace), so a new module appears on
 * the workspace without touching it. How to declare them: docs/adding-a-module.md. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from './core/context';
import { UnauthenticatedError } from './core/errors';
import type { Mechanism, ProcessStatus } from './processes/schema';
import { process, processOfficial } from './processes/schema';
import { modules, type ModuleManifest } from './modules';

/** A process as the workspace hands it to a module. */
export interface WorkspaceProcess {
	id: string;
	slug: string;
	title: string;
	mechanism: Mechanism;
	status: ProcessStatus;
	/** True when the person manages the process (an assigned official, or an admin); false when
	 * only a module's `memberOf` brought it here (e.g. a budget council member who decides
	 * appeals): then the module shows only the tools that person may use. */
	managed: boolean;
}

/** Work waiting for the person in a tool: how much, and the earliest deadline. */
export interface WaitingWork {
	/** Message key of a sentence about the count. It receives `{ count }` (a number, for plural
	 * variants) and `{ n }` (the count formatted in the page's language), e.g. pl
	 * "{n} projektów czeka na ocenę formalną" with one/few/many variants. */
	label: string;
	count: number;
	/** The earliest deadline of this work, when it has one (appeals: the day they must be decided). */
	dueAt?: Date | null;
	/** Where to do it, when not on the tool's own page (path without the language prefix). */
	href?: string;
	/** Shown, but not work to do (e.g. volunteers registered so far): not counted in the totals
	 * and not used to order the processes. */
	info?: boolean;
}

/** One tool of a module for one process (a page where the person does part of the work). */
export interface WorkspaceTool {
	/** Stable within the module ('assessment', 'appeals', 'paper'...): anchors and tests use it. */
	id: string;
	/** Message key of the tool's name (no parameters). */
	label: string;
	/** The tool's page: a path without the language prefix (the workspace localizes it). */
	href: string;
	/** Work waiting there (omit or [] when none; counts of 0 are dropped). */
	waiting?: WaitingWork[];
	/** Message key of a short note shown with the tool (e.g. "read-only: a past edition"). */
	note?: string;
}

/** What a module declares in its manifest (`workspace`) to appear on the officials' workspace. */
export interface ModuleWorkspace {
	/** The processes that get this module's tools: their mechanisms, or 'all' (e.g. meetings,
	 * which belong to processes of any mechanism). */
	mechanisms: readonly Mechanism[] | 'all';
	/** This module's tools for each process (by process id; a process may be left out). The
	 * processes are all the person's of the declared mechanisms: count with one query per kind of
	 * work over all of them, not one query per process. */
	tools(ctx: ServiceContext, processes: readonly WorkspaceProcess[]): Promise<Record<string, WorkspaceTool[]>>;
	/** Tools not tied to one process (create an edition, import a past one...), for this person;
	 * shown above the processes. */
	general?(ctx: ServiceContext): Promise<WorkspaceTool[]> | WorkspaceTool[];
	/** Ids of processes the person works on through this module without being assigned to them
	 * (a budget council member, panel staff, a partner's representative). Checked for people who
	 * are neither officials nor admins too, so keep it one cheap query. */
	memberOf?(ctx: ServiceContext): Promise<string[]>;
}

export interface WorkspaceEntry extends WorkspaceProcess {
	tools: (WorkspaceTool & { module: string })[];
	/** Total of the waiting counts (for ordering and the summary line). */
	waitingTotal: number;
	/** The earliest deadline among the waiting work. */
	dueAt: Date | null;
}

export interface Workspace {
	general: (WorkspaceTool & { module: string })[];
	processes: WorkspaceEntry[];
	/** The person may read the audit log of their processes (officials, admins). */
	audit: boolean;
}

const isStaff = (ctx: ServiceContext) => ctx.actor?.role === 'official' || ctx.actor?.role === 'admin';

/** The modules with workspace tools; those for one kind of process first, then those every
 * process has (meetings, the generic process editor). */
const declared = (list: readonly ModuleManifest[]) =>
	list.flatMap((m) => (m.workspace ? [{ module: m.name, ws: m.workspace }] : [])).sort((a, b) => Number(a.ws.mechanisms === 'all') - Number(b.ws.mechanisms === 'all'));

/** Processes a person works on through a module's `memberOf`, without managing them. */
async function memberships(ctx: ServiceContext, list: readonly ModuleManifest[]): Promise<string[]> {
	const ids = new Set<string>();
	for (const { ws } of declared(list)) if (ws.memberOf) for (const id of await ws.memberOf(ctx)) ids.add(id);
	return [...ids];
}

/** Does this person have a workspace at all? (The menu shows "Zarządzanie" when so.) */
export async function hasWorkspace(ctx: ServiceContext, list: readonly ModuleManifest[] = modules): Promise<boolean> {
	if (!ctx.actor) return false;
	if (isStaff(ctx)) return true;
	return (await memberships(ctx, list)).length > 0;
}

/** The workspace of the signed-in person: the processes they manage (every process for an
 * admin) and those a module makes them a member of, each with its modules' tools and the work
 * waiting; processes with waiting work first (earliest deadline first), then the newest. */
export async function workspaceFor(ctx: ServiceContext, list: readonly ModuleManifest[] = modules): Promise<Workspace> {
	if (!ctx.actor) throw new UnauthenticatedError();
	const actor = ctx.actor;
	const cols = { id: process.id, slug: process.slug, title: process.title, mechanism: process.mechanism, status: process.status, createdAt: process.createdAt };
	const managed =
		actor.role === 'admin'
			? await ctx.db.select(cols).from(process).orderBy(desc(process.createdAt))
			: actor.role === 'official'
				? await ctx.db.select(cols).from(process).innerJoin(processOfficial, and(eq(processOfficial.processId, process.id), eq(processOfficial.userId, actor.id))).orderBy(desc(process.createdAt))
				: [];
	const managedIds = new Set(managed.map((p) => p.id));
	const memberIds = (await memberships(ctx, list)).filter((id) => !managedIds.has(id));
	const members = memberIds.length ? await ctx.db.select(cols).from(process).where(inArray(process.id, memberIds)).orderBy(desc(process.createdAt)) : [];
	const all = [...managed.map((p) => ({ ...p, managed: true })), ...members.map((p) => ({ ...p, managed: false }))];
	const entries = new Map<string, WorkspaceEntry>(all.map(({ createdAt: _c, ...p }) => [p.id, { ...p, tools: [], waitingTotal: 0, dueAt: null }]));
	const general: Workspace['general'] = [];
	for (const { module, ws } of declared(list)) {
		if (ws.general && isStaff(ctx)) for (const t of await ws.general(ctx)) general.push({ ...t, module });
		const mine = [...entries.values()].filter((p) => ws.mechanisms === 'all' || ws.mechanisms.includes(p.mechanism));
		if (!mine.length) continue;
		const byProcess = await ws.tools(ctx, mine.map(({ tools: _t, waitingTotal: _w, dueAt: _d, ...p }) => p));
		for (const [processId, tools] of Object.entries(byProcess)) {
			const entry = entries.get(processId);
			if (!entry) continue; // a module may not add processes the person does not work on
			for (const t of tools) entry.tools.push({ ...t, waiting: (t.waiting ?? []).filter((w) => w.count > 0), module });
		}
	}
	for (const e of entries.values()) {
		const waiting = e.tools.flatMap((t) => t.waiting ?? []).filter((w) => !w.info);
		e.waitingTotal = waiting.reduce((s, w) => s + w.count, 0);
		const due = waiting.map((w) => w.dueAt?.getTime()).filter((x): x is number => typeof x === 'number');
		e.dueAt = due.length ? new Date(Math.min(...due)) : null;
	}
	const order = [...entries.values()];
	const rank = (e: WorkspaceEntry) => (e.waitingTotal > 0 ? 0 : 1);
	const due = (e: WorkspaceEntry) => e.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
	// Stable: within a rank and deadline the newest process stays first.
	order.sort((a, b) => rank(a) - rank(b) || due(a) - due(b));
	return { general, processes: order, audit: isStaff(ctx) };
}
