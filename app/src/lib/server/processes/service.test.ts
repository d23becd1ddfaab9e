import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import {
	assignOfficial,
	unassignOfficial,
	processOfficials,
	createProcess,
	getProcess,
	listManagedProcesses,
	listPublicProcesses,
	setProcessStatus,
	updateProcess,
	type ProcessInput
} from './service';
import { phase, process, processOfficial } from './schema';
import { auditLog } from '../audit/schema';

const uniq = () => randomBytes(3).toString('hex');

/** A valid process form; tests change one thing at a time. */
function form(overrides: Partial<ProcessInput> = {}): ProcessInput {
	return {
		mechanism: 'consultation',
		title: `Konsultacje zieleni ${uniq()}`,
		description: 'Jak zazielenić Plac Centralny? Zbieramy opinie mieszkańców.',
		scopeDecided: 'Plac zostanie przebudowany w 2027 r.',
		scopeOpen: 'Rozmieszczenie drzew i ławek',
		scopeWhoDecides: 'Zarząd Zieleni Miejskiej',
		scopeWhen: 'Do końca czerwca',
		districtId: 18,
		topics: ['greenery_water', 'heat'],
		phases: [
			{ name: 'Zbieranie opinii', startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-05-31T00:00:00Z' },
			{ name: 'Raport', startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-06-30T00:00:00Z' }
		],
		...overrides
	};
}

describe.each(backends)('processes on %s', (kind) => {
	let t: TestDatabase;
	let official: NonNullable<Actor>;
	let otherOfficial: NonNullable<Actor>;
	let admin: NonNullable<Actor>;
	let resident: NonNullable<Actor>;
	let moderator: NonNullable<Actor>;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		[official, otherOfficial, admin, resident, moderator] = await Promise.all([
			t.user('official'),
			t.user('official'),
			t.user('admin'),
			t.user('resident'),
			t.user('moderator')
		]);
	});
	afterAll(() => t.drop());

	const auditOf = (id: string) =>
		t.db.select().from(auditLog).where(and(eq(auditLog.targetType, 'process'), eq(auditLog.targetId, id))).orderBy(asc(auditLog.id));
	const rowOf = async (id: string) => (await t.db.select().from(process).where(eq(process.id, id)))[0];

	describe('creating', () => {
		it('an official creates a draft, is assigned to it, and the creation is audited', async () => {
			const input = form();
			const { id, slug } = await createProcess(t.ctx(official), input);
			const row = await rowOf(id);
			expect(row).toMatchObject({ slug, status: 'draft', title: input.title, districtId: 18, topics: ['greenery_water', 'heat'], createdBy: official.id, outcome: null });
			const phases = await t.db.select().from(phase).where(eq(phase.processId, id)).orderBy(asc(phase.position));
			expect(phases.map((p) => [p.position, p.name, p.startsAt.toISOString()])).toEqual([
				[0, 'Zbieranie opinii', '2026-05-01T00:00:00.000Z'],
				[1, 'Raport', '2026-06-01T00:00:00.000Z']
			]);
			expect(await t.db.select().from(processOfficial).where(eq(processOfficial.processId, id))).toEqual([{ processId: id, userId: official.id }]);
			const [entry] = await auditOf(id);
			expect(entry).toMatchObject({ actorId: official.id, actorRole: 'official', action: 'process.create', before: null });
			expect(entry.after).toMatchObject({ title: input.title, mechanism: 'consultation', phases: [expect.objectContaining({ name: 'Zbieranie opinii' }), expect.anything()] });
		});

		it('makes a readable slug from a Polish title, unique among processes', async () => {
			const title = `Zielony Budżet Obywatelski – Łęg ${uniq()}`;
			const first = await createProcess(t.ctx(official), form({ title }));
			const second = await createProcess(t.ctx(admin), form({ title }));
			expect(first.slug).toMatch(/^zielony-budzet-obywatelski-leg-[0-9a-f]{6}$/);
			expect(second.slug).toBe(`${first.slug}-2`);
		});

		it('two processes created at the same moment with the same title both get a slug of their own', async () => {
			const title = `Jednoczesny proces ${uniq()}`;
			const created = await Promise.all([createProcess(t.ctx(official), form({ title })), createProcess(t.ctx(admin), form({ title })), createProcess(t.ctx(admin), form({ title }))]);
			expect(new Set(created.map((c) => c.slug)).size).toBe(3);
			expect(await t.db.select().from(process).where(eq(process.title, title))).toHaveLength(3);
		});

		it('residents, moderators and anonymous visitors cannot create processes', async () => {
			for (const actor of [resident, moderator, null]) {
				const title = `Nie wolno ${uniq()}`;
				await expect(createProcess(t.ctx(actor), form({ title }))).rejects.toMatchObject({ status: 403, code: 'forbidden' });
				expect(await t.db.select().from(process).where(eq(process.title, title))).toHaveLength(0);
			}
		});

		it('names every invalid field, phases included', async () => {
			await expect(
				createProcess(
					t.ctx(official),
					form({
						mechanism: 'lottery' as never,
						title: 'Abc',
						description: 'short',
						districtId: 19,
						topics: ['sports' as never],
						phases: [
							{ name: 'Zbieranie', startsAt: '2026-05-31T00:00:00Z', endsAt: '2026-05-01T00:00:00Z' },
							{ name: 'X', startsAt: 'not a date', endsAt: '2026-06-30T00:00:00Z' }
						]
					})
				)
			).rejects.toMatchObject({
				status: 400,
				code: 'invalid',
				fields: {
					mechanism: expect.any(String),
					title: 'title_too_short',
					description: 'description_too_short',
					districtId: expect.any(String),
					'topics.0': expect.any(String),
					'phases.0.endsAt': 'end_before_start',
					'phases.1.name': 'name_too_short',
					'phases.1.startsAt': 'invalid_date'
				}
			});
		});

		it('can publish at once', async () => {
			const { id } = await createProcess(t.ctx(admin), form(), { publish: true });
			expect((await rowOf(id)).status).toBe('published');
		});
	});

	describe('who sees a draft', () => {
		it('drafts are invisible to the public, residents and officials who do not run them', async () => {
			const { id, slug } = await createProcess(t.ctx(official), form());
			for (const actor of [null, resident, moderator, otherOfficial]) {
				await expect(getProcess(t.ctx(actor), slug)).rejects.toMatchObject({ status: 404 });
				expect((await listPublicProcesses(t.ctx(actor))).map((p) => p.id)).not.toContain(id);
			}
			expect((await listManagedProcesses(t.ctx(otherOfficial))).map((p) => p.id)).not.toContain(id);
		});

		it('the assigned official and admins see the draft and may manage it', async () => {
			const { id, slug } = await createProcess(t.ctx(official), form());
			for (const actor of [official, admin]) {
				const p = await getProcess(t.ctx(actor), slug);
				expect(p).toMatchObject({ id, status: 'draft', canManage: true });
				expect((await listManagedProcesses(t.ctx(actor))).map((x) => x.id)).toContain(id);
			}
		});

		it('residents and moderators have no list of managed processes', async () => {
			for (const actor of [null, resident, moderator]) await expect(listManagedProcesses(t.ctx(actor))).rejects.toMatchObject({ status: 403 });
		});
	});

	describe('editing', () => {
		it('the assigned official edits the process; phases are replaced; the change is audited with before and after', async () => {
			const created = await createProcess(t.ctx(official), form({ title: `Przed zmianą ${uniq()}` }));
			const newTitle = `Po zmianie ${uniq()}`;
			await updateProcess(t.ctx(official), created.id, form({ title: newTitle, districtId: null, phases: [{ name: 'Jedna faza', startsAt: '2026-07-01', endsAt: '2026-07-15' }] }));
			const row = await rowOf(created.id);
			expect(row).toMatchObject({ title: newTitle, districtId: null, slug: created.slug });
			expect((await t.db.select().from(phase).where(eq(phase.processId, created.id))).map((p) => p.name)).toEqual(['Jedna faza']);
			const entries = await auditOf(created.id);
			const update = entries.find((e) => e.action === 'process.update')!;
			expect(update).toMatchObject({ actorId: official.id, before: expect.objectContaining({ title: expect.stringMatching(/^Przed zmianą/), districtId: 18 }), after: expect.objectContaining({ title: newTitle, districtId: null }) });
		});

		it('an official cannot edit a process they are not assigned to', async () => {
			const { id } = await createProcess(t.ctx(official), form({ title: `Cudzy proces ${uniq()}` }));
			await expect(updateProcess(t.ctx(otherOfficial), id, form({ title: 'Przejęty proces' }))).rejects.toMatchObject({ status: 403 });
			expect((await rowOf(id)).title).toMatch(/^Cudzy proces/);
			expect((await auditOf(id)).map((e) => e.action)).toEqual(['process.create']);
		});

		it('residents, moderators and anonymous visitors cannot edit', async () => {
			const { id } = await createProcess(t.ctx(official), form({ title: `Nietykalny ${uniq()}` }));
			for (const actor of [resident, moderator, null]) await expect(updateProcess(t.ctx(actor), id, form({ title: 'Zmieniony tytuł' }))).rejects.toMatchObject({ status: 403 });
			expect((await rowOf(id)).title).toMatch(/^Nietykalny/);
		});

		it('an admin edits any process', async () => {
			const { id } = await createProcess(t.ctx(official), form());
			await updateProcess(t.ctx(admin), id, form({ title: 'Poprawione przez admina' }));
			expect((await rowOf(id)).title).toBe('Poprawione przez admina');
		});

		it('validation errors name the field, and nothing changes', async () => {
			const { id } = await createProcess(t.ctx(official), form({ title: `Bez zmian ${uniq()}` }));
			await expect(
				updateProcess(t.ctx(official), id, form({ title: 'Abc', phases: [{ name: 'Faza', startsAt: '2026-05-02', endsAt: '2026-05-01' }] }))
			).rejects.toMatchObject({ status: 400, fields: { title: 'title_too_short', 'phases.0.endsAt': 'end_before_start' }, fieldParams: { title: { min: 5, got: 3 } } });
			expect((await rowOf(id)).title).toMatch(/^Bez zmian/);
			expect(await t.db.select().from(phase).where(eq(phase.processId, id))).toHaveLength(2);
		});

		it('an unknown process is 404', async () => {
			await expect(updateProcess(t.ctx(admin), 'no-such-process', form())).rejects.toMatchObject({ status: 404 });
			await expect(setProcessStatus(t.ctx(admin), 'no-such-process', 'published')).rejects.toMatchObject({ status: 404 });
			await expect(getProcess(t.ctx(admin), 'no-such-slug')).rejects.toMatchObject({ status: 404 });
		});
	});

	describe('publishing and closing', () => {
		it('publishing makes the process public and is audited', async () => {
			const { id, slug } = await createProcess(t.ctx(official), form());
			await setProcessStatus(t.ctx(official), id, 'published');
			expect((await listPublicProcesses(t.ctx(null))).map((p) => p.id)).toContain(id);
			expect(await getProcess(t.ctx(null), slug)).toMatchObject({ id, status: 'published', canManage: false });
			const entry = (await auditOf(id)).find((e) => e.action === 'process.published');
			expect(entry).toMatchObject({ actorId: official.id, before: { status: 'draft' }, after: { status: 'published' } });
		});

		it('closing requires an outcome', async () => {
			const { id } = await createProcess(t.ctx(official), form(), { publish: true });
			for (const outcome of [undefined, '', '   ']) {
				await expect(setProcessStatus(t.ctx(official), id, 'closed', outcome)).rejects.toMatchObject({ status: 400, fields: { outcome: 'outcome_required' } });
			}
			expect((await rowOf(id)).status).toBe('published');

			await setProcessStatus(t.ctx(official), id, 'closed', 'Przyjęto 12 z 15 rekomendacji.');
			expect(await rowOf(id)).toMatchObject({ status: 'closed', outcome: 'Przyjęto 12 z 15 rekomendacji.' });
			const entry = (await auditOf(id)).find((e) => e.action === 'process.closed');
			expect(entry).toMatchObject({ before: { status: 'published', outcome: null }, after: { status: 'closed', outcome: 'Przyjęto 12 z 15 rekomendacji.' } });
			// Closed processes stay public, with their outcome.
			expect((await listPublicProcesses(t.ctx(null))).find((p) => p.id === id)).toMatchObject({ status: 'closed', outcome: 'Przyjęto 12 z 15 rekomendacji.', open: false });
		});

		it('only the assigned official and admins change the status', async () => {
			const { id } = await createProcess(t.ctx(official), form());
			for (const actor of [null, resident, moderator, otherOfficial]) {
				await expect(setProcessStatus(t.ctx(actor), id, 'published')).rejects.toMatchObject({ status: 403 });
				await expect(setProcessStatus(t.ctx(actor), id, 'closed', 'Koniec')).rejects.toMatchObject({ status: 403 });
			}
			expect((await rowOf(id)).status).toBe('draft');
			await setProcessStatus(t.ctx(admin), id, 'published');
			expect((await rowOf(id)).status).toBe('published');
		});
	});

	describe('assigning officials', () => {
		it('an admin assigns another official, who may then manage the process; audited', async () => {
			const { id } = await createProcess(t.ctx(official), form());
			await assignOfficial(t.ctx(admin), id, otherOfficial.id);
			await updateProcess(t.ctx(otherOfficial), id, form({ title: 'Teraz wolno mi edytować' }));
			expect((await rowOf(id)).title).toBe('Teraz wolno mi edytować');
			expect((await auditOf(id)).find((e) => e.action === 'process.assign_official')).toMatchObject({ actorId: admin.id, after: { userId: otherOfficial.id } });
			// Assigning twice changes nothing.
			await assignOfficial(t.ctx(admin), id, otherOfficial.id);
			expect(await t.db.select().from(processOfficial).where(eq(processOfficial.processId, id))).toHaveLength(2);
		});

		it('only admins assign, only officials and admins can be assigned', async () => {
			const { id } = await createProcess(t.ctx(official), form());
			for (const actor of [null, resident, moderator, official]) {
				await expect(assignOfficial(t.ctx(actor), id, otherOfficial.id)).rejects.toMatchObject({ status: 403 });
			}
			await expect(assignOfficial(t.ctx(admin), id, resident.id)).rejects.toMatchObject({ status: 400, fields: { userId: 'not_an_official' } });
			await expect(assignOfficial(t.ctx(admin), id, 'no-such-user')).rejects.toMatchObject({ status: 404 });
			await expect(assignOfficial(t.ctx(admin), 'no-such-process', otherOfficial.id)).rejects.toMatchObject({ status: 404 });
			expect(await t.db.select().from(processOfficial).where(eq(processOfficial.processId, id))).toEqual([{ processId: id, userId: official.id }]);
		});
	});

	describe('who runs a process, as the admin sees and changes it', () => {
		it('lists the officials in charge and the staff who could be; removing one takes the right away; audited', async () => {
			const { id } = await createProcess(t.ctx(official), form());
			const before = await processOfficials(t.ctx(admin), id);
			expect(before.assigned.map((a) => a.id)).toEqual([official.id]);
			expect(before.candidates.map((c) => c.id)).toContain(otherOfficial.id);
			expect(before.candidates.map((c) => c.id)).not.toContain(resident.id);
			await assignOfficial(t.ctx(admin), id, otherOfficial.id);
			await unassignOfficial(t.ctx(admin), id, official.id);
			const after = await processOfficials(t.ctx(admin), id);
			expect(after.assigned.map((a) => a.id)).toEqual([otherOfficial.id]);
			expect(after.candidates.map((c) => c.id)).toContain(official.id);
			await expect(updateProcess(t.ctx(official), id, form({ title: 'Już nie moje' }))).rejects.toMatchObject({ status: 403 });
			expect((await auditOf(id)).find((e) => e.action === 'process.unassign_official')).toMatchObject({ actorId: admin.id, before: { userId: official.id } });
		});

		it('only admins read or change it; removing someone who is not in charge is a 404', async () => {
			const { id } = await createProcess(t.ctx(official), form());
			for (const actor of [null, resident, moderator, official]) {
				await expect(processOfficials(t.ctx(actor), id)).rejects.toMatchObject({ status: 403 });
				await expect(unassignOfficial(t.ctx(actor), id, official.id)).rejects.toMatchObject({ status: 403 });
			}
			await expect(unassignOfficial(t.ctx(admin), id, otherOfficial.id)).rejects.toMatchObject({ status: 404 });
			expect(await t.db.select().from(processOfficial).where(eq(processOfficial.processId, id))).toEqual([{ processId: id, userId: official.id }]);
		});
	});

	describe('public lists', () => {
		it('filter by district (citywide processes included) and by mechanism', async () => {
			const inXVIII = await createProcess(t.ctx(admin), form({ districtId: 18, mechanism: 'budget' }), { publish: true });
			const citywide = await createProcess(t.ctx(admin), form({ districtId: null, mechanism: 'panel' }), { publish: true });
			const inI = await createProcess(t.ctx(admin), form({ districtId: 1, mechanism: 'budget' }), { publish: true });
			const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

			const forXVIII = ids(await listPublicProcesses(t.ctx(null), { districtId: 18 }));
			expect(forXVIII).toEqual(expect.arrayContaining([inXVIII.id, citywide.id]));
			expect(forXVIII).not.toContain(inI.id);
			const budgets = ids(await listPublicProcesses(t.ctx(null), { mechanism: 'budget' }));
			expect(budgets).toEqual(expect.arrayContaining([inXVIII.id, inI.id]));
			expect(budgets).not.toContain(citywide.id);
		});

		it('name the phase running now, and a process is open only while published and in a phase', async () => {
			const { id, slug } = await createProcess(t.ctx(official), form());
			const may = () => new Date('2026-05-15T12:00:00Z');
			const july = () => new Date('2026-07-15T12:00:00Z');
			expect(await getProcess(t.ctx(official, may), slug)).toMatchObject({ currentPhase: 'Zbieranie opinii', open: false });
			await setProcessStatus(t.ctx(official), id, 'published');
			expect(await getProcess(t.ctx(null, may), slug)).toMatchObject({ currentPhase: 'Zbieranie opinii', open: true });
			expect(await getProcess(t.ctx(null, july), slug)).toMatchObject({ currentPhase: null, open: false });
		});
	});
});
