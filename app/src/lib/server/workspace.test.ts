import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, openTestDatabase, type TestDatabase } from './testing/db';
import type { Actor } from './core/context';
import { modules, type ModuleManifest } from './modules';
import { hasWorkspace, workspaceFor, type Workspace } from './workspace';
import { createProcess } from './processes/service';
import { addPool, appealDecision, createEdition, saveDraft, submitProject, supportProject, verifyProject } from './budgets/service';
import { createIdea, respondToIdea } from './ideas/service';
import { authorisePartner } from './consultations/participation.service';
import { createMeeting } from './meetings/service';

const day = 86_400_000;
const T0 = new Date('2027-03-01T10:00:00Z');
const at = (d: number) => () => new Date(T0.getTime() + d * day);
const dates = (base = T0) => {
	const t = (d: number) => new Date(base.getTime() + d * day);
	return { submissionOpensAt: t(0), supportOpensAt: t(10), verificationOpensAt: t(20), appealsOpensAt: t(30), votingOpensAt: t(40), votingClosesAt: t(50), implementationOpensAt: t(60) };
};
const project = (poolId: string, title: string) => ({ poolId, title, description: 'Posadzimy drzewa wzdłuż ulicy, żeby latem był cień.', lat: 50.0476, lng: 19.9606, costItems: [{ label: 'Drzewa', amount: 100_000 }] });

const tool = (ws: Workspace, slug: string, id: string) => ws.processes.find((p) => p.slug === slug)?.tools.find((t) => `${t.module}:${t.id}` === id);
const waiting = (ws: Workspace, slug: string, id: string, label: string) => tool(ws, slug, id)?.waiting?.find((w) => w.label === label);

describe.each(backends)('the officials’ workspace on %s', (kind) => {
	let t: TestDatabase;
	let official: NonNullable<Actor>, other: NonNullable<Actor>, admin: NonNullable<Actor>, author: NonNullable<Actor>, partnerRep: NonNullable<Actor> & { email: string }, resident: NonNullable<Actor>;
	let edition: { id: string; slug: string };
	let ideas: { id: string; slug: string };
	let consultation: { id: string; slug: string };

	beforeAll(async () => {
		t = await openTestDatabase(kind);
		official = await t.user('official', 'Urzędniczka');
		other = await t.user('official', 'Inny urzędnik');
		admin = await t.user('admin');
		author = await t.user('resident', 'Autorka');
		partnerRep = await t.user('resident', 'Przedstawicielka szkoły');
		resident = await t.user('resident');
		const as = (d: number) => t.ctx(official, at(d));
		// A budget edition: three projects submitted; one passes the formal assessment, one is
		// rejected formally and appealed.
		edition = await createEdition(as(0), { title: 'Budżet Testowy 2027', description: 'Edycja testowa budżetu.', year: 2027, ballotKind: 'krakow', maxChoices: 3, greenMode: 'none', supportRequired: 0, ...dates() });
		const pool = await addPool(as(0), edition.id, { kind: 'citywide', name: 'Ogólnomiejska', amount: 1_000_000, minCost: 10_000, maxCost: 500_000, rule: 'greedy' });
		const ids: string[] = [];
		for (const title of ['Drzewa na Lipowej', 'Ławki na Rynku', 'Ogród deszczowy']) {
			const id = await saveDraft(t.ctx(author, at(1)), edition.id, project(pool, title));
			await submitProject(t.ctx(author, at(1)), id);
			await supportProject(t.ctx(resident, at(2)), id);
			ids.push(id);
		}
		await verifyProject(as(21), ids[0]!, { stage: 'formal', positive: 'yes', justification: 'Wniosek kompletny i w kompetencjach miasta.' });
		await verifyProject(as(21), ids[1]!, { stage: 'formal', positive: 'no', justification: 'Teren nie należy do Gminy Kraków.' });
		await appealDecision(t.ctx(author, at(22)), ids[1]!, 'Zarządca terenu zgodził się na ławki — załączam pismo.');
		// The ideas box with two ideas, one answered.
		ideas = await createProcess(as(0), { mechanism: 'ideas', title: 'Pomysły na klimat', description: 'Stałe miejsce na pomysły mieszkańców.' }, { publish: true });
		const i1 = await createIdea(t.ctx(author, at(1)), { title: 'Kurtyny wodne na Rynku', topic: 'heat', description: 'Kurtyny wodne w upalne dni.' });
		await createIdea(t.ctx(author, at(1)), { title: 'Poidełka przy przystankach', topic: 'heat', description: 'Woda pitna przy przystankach.' });
		await respondToIdea(as(2), i1, { status: 'answered', response: 'Dziękujemy, kurtyny staną w lipcu.' });
		// A consultation with a partner school whose representative records its sessions, and a
		// meeting next week.
		consultation = await createProcess(as(0), { mechanism: 'consultation', title: 'Konsultacje zieleni', description: 'Konsultacje planu zieleni miejskiej.' }, { publish: true });
		await authorisePartner(as(0), consultation.id, { name: 'Szkoła Podstawowa nr 1', kind: 'school', email: partnerRep.email });
		await createMeeting(as(0), { processId: consultation.id, title: 'Spotkanie o zieleni', format: 'in_person', place: 'Urząd Miasta', startsAt: new Date(T0.getTime() + 25 * day).toISOString(), endsAt: new Date(T0.getTime() + 25 * day + 7_200_000).toISOString() });
	});
	afterAll(() => t?.drop());

	it('shows an official the work waiting in the processes assigned to them, counted by each module', async () => {
		const ws = await workspaceFor(t.ctx(official, at(23)));
		expect(ws.processes.map((p) => p.slug).sort()).toEqual([consultation.slug, edition.slug, ideas.slug].sort());
		expect(waiting(ws, edition.slug, 'budgets:edition', 'budgets_waiting_formal')?.count).toBe(1);
		expect(waiting(ws, edition.slug, 'budgets:edition', 'budgets_waiting_merit')?.count).toBe(1);
		// The appeal, due when voting opens (the ballot is frozen then).
		expect(waiting(ws, edition.slug, 'budgets:appeals', 'budgets_waiting_appeals')).toMatchObject({ count: 1, dueAt: dates().votingOpensAt });
		expect(waiting(ws, ideas.slug, 'ideas:answers', 'workspace_ideas_waiting')?.count).toBe(1);
		expect(waiting(ws, consultation.slug, 'meetings:meetings', 'workspace_meetings_coming')?.count).toBe(1);
		// Every process gets the generic editor; general tools come first.
		for (const p of ws.processes) expect(p.tools.some((x) => x.module === 'processes' && x.href === `/manage/processes/${p.slug}`)).toBe(true);
		expect(ws.general.map((g) => `${g.module}:${g.id}`)).toEqual(expect.arrayContaining(['budgets:editions', 'panels:new', 'processes:new']));
		// Zero counts are dropped; processes with waiting work come first, earliest deadline first.
		for (const p of ws.processes) for (const x of p.tools) for (const w of x.waiting ?? []) expect(w.count).toBeGreaterThan(0);
		expect(ws.processes.map((p) => p.slug)).toEqual([consultation.slug, edition.slug, ideas.slug]); // meeting on day 25, appeals due on day 40
		expect(ws.processes[1]!.waitingTotal).toBe(3);
		expect(ws.audit).toBe(true);
	});

	it('shows nothing of these processes to an official not assigned to them; an admin sees every process', async () => {
		const ws = await workspaceFor(t.ctx(other, at(23)));
		expect(ws.processes).toEqual([]);
		expect(await hasWorkspace(t.ctx(other))).toBe(true);
		const all = await workspaceFor(t.ctx(admin, at(23)));
		expect(all.processes.map((p) => p.slug)).toEqual(expect.arrayContaining([edition.slug, ideas.slug, consultation.slug]));
		expect(waiting(all, edition.slug, 'budgets:edition', 'budgets_waiting_formal')?.count).toBe(1);
	});

	it('gives a partner’s representative only their own tool, and a plain resident no workspace', async () => {
		expect(await hasWorkspace(t.ctx(partnerRep))).toBe(true);
		const ws = await workspaceFor(t.ctx(partnerRep, at(23)));
		expect(ws.processes).toHaveLength(1);
		expect(ws.processes[0]).toMatchObject({ slug: consultation.slug, managed: false });
		expect(ws.processes[0]!.tools.map((x) => `${x.module}:${x.id}`)).toEqual(['consultations:partner']);
		expect(ws.general).toEqual([]);
		expect(ws.audit).toBe(false);
		expect(await hasWorkspace(t.ctx(resident))).toBe(false);
		expect(await hasWorkspace(t.ctx(null))).toBe(false);
		await expect(workspaceFor(t.ctx(null))).rejects.toMatchObject({ status: 401 });
	});

	it('a new module appears on the workspace by declaring its tools in its manifest, and may not add processes', async () => {
		const initiative = await createProcess(t.ctx(official, at(0)), { mechanism: 'initiative', title: 'Inicjatywa lokalna: skwer', description: 'Mieszkańcy urządzają skwer z pomocą miasta.' });
		const fake: ModuleManifest = {
			name: 'initiatives',
			tables: [],
			workspace: {
				mechanisms: ['initiative'],
				general: () => [{ id: 'applications', label: 'initiatives_applications', href: '/manage/initiatives' }],
				async tools(_ctx, processes) {
					const out: Record<string, { id: string; label: string; href: string; waiting: { label: string; count: number }[] }[]> = { 'not-a-process-of-this-person': [{ id: 'x', label: 'x', href: '/x', waiting: [{ label: 'x', count: 99 }] }] };
					for (const p of processes) out[p.id] = [{ id: 'assess', label: 'initiatives_assess', href: `/manage/initiatives/${p.slug}`, waiting: [{ label: 'initiatives_waiting', count: 2 }] }];
					return out;
				}
			}
		};
		const ws = await workspaceFor(t.ctx(official, at(23)), [...modules, fake]);
		expect(tool(ws, initiative.slug, 'initiatives:assess')).toMatchObject({ href: `/manage/initiatives/${initiative.slug}`, waiting: [{ count: 2 }] });
		expect(ws.general.some((g) => g.module === 'initiatives')).toBe(true);
		expect(ws.processes.some((p) => p.id === 'not-a-process-of-this-person')).toBe(false);
		// Without the module, the process still has the generic tools only.
		const plain = await workspaceFor(t.ctx(official, at(23)));
		expect(plain.processes.find((p) => p.slug === initiative.slug)!.tools.map((x) => x.module)).toEqual(['processes']);
	});
});
