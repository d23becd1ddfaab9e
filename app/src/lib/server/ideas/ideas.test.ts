import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { notification } from '../notifications/schema';
import { process } from '../processes/schema';
import { createProcess } from '../processes/service';
import { idea } from './schema';
import { ideaRules } from './permissions';
import { ideasModule } from './index';
import { checkIdea, createIdea, getIdea, listIdeas, respondToIdea, supportIdea } from './service';
import { addPool, createEdition, getProject } from '../budgets/service';
import { budgetProject } from '../budgets/schema';
import { editionsTakingSubmissions } from '../budgets/fromIdea';

describe('idea rules (pure)', () => {
	it('residents propose and support others; the officials of the idea\'s process (and admins) respond', () => {
		const r: Actor = { id: 'r', role: 'resident', emailVerified: true };
		expect(ideaRules.create(r)).toBe(true);
		expect(ideaRules.create({ ...r, emailVerified: false })).toBe(false);
		expect(ideaRules.create(null)).toBe(false);
		expect(ideaRules.support(r, { authorId: 'r' })).toBe(false);
		expect(ideaRules.support(r, { authorId: 'x' })).toBe(true);
		expect(ideaRules.respond(r, ['r'])).toBe(false);
		expect(ideaRules.respond({ id: 'm', role: 'moderator', emailVerified: true }, ['m'])).toBe(false);
		expect(ideaRules.respond({ id: 'o', role: 'official', emailVerified: true }, ['o'])).toBe(true);
		// An official of another process does not answer this one's ideas.
		expect(ideaRules.respond({ id: 'o', role: 'official', emailVerified: true }, ['x'])).toBe(false);
		expect(ideaRules.respond({ id: 'o', role: 'official', emailVerified: true }, [])).toBe(false);
		expect(ideaRules.respond({ id: 'a', role: 'admin', emailVerified: true }, [])).toBe(true);
		expect(ideaRules.respond(null, [])).toBe(false);
	});
});

describe.each(backends)('ideas on %s', (kind) => {
	let t: TestDatabase;
	let a: NonNullable<Actor>, b: NonNullable<Actor>, official: NonNullable<Actor>, other: NonNullable<Actor>, admin: NonNullable<Actor>;
	let ideasProcess: string;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		a = await t.user('resident', 'Autorka');
		b = await t.user('resident');
		official = await t.user('official');
		other = await t.user('official');
		admin = await t.user('admin');
		// The ideas box: new ideas join it, and its official answers them.
		ideasProcess = (await createProcess(t.ctx(official), { mechanism: 'ideas', title: 'Pomysły na klimat', description: 'Stałe miejsce na pomysły mieszkańców.' }, { publish: true })).id;
	});
	afterAll(() => t?.drop());

	it('proposes, supports once (not one own), answers and turns an idea into a consultation', async () => {
		await expect(createIdea(t.ctx(null), {})).rejects.toMatchObject({ status: 401 });
		await expect(createIdea(t.ctx(a), { title: 'x', topic: 'heat', description: 'short' })).rejects.toMatchObject({ status: 400, fields: { title: 'title_too_short', description: 'description_too_short' } });
		await expect(checkIdea(t.ctx(a), { title: 'Drzewa w Warszawie', topic: 'heat', lat: '52.23', lon: '21.01', description: 'Opis pomysłu poza Krakowem.' })).rejects.toMatchObject({ fields: { lat: 'outside_krakow' } });
		const id = await createIdea(t.ctx(a), { title: 'Drzewa na Rynku <b>', topic: 'heat', lat: '50.0617', lon: '19.9373', description: 'Posadźmy drzewa dające cień.' });
		expect((await getIdea(t.ctx(null), id)).districtId).toBe(1);
		await expect(supportIdea(t.ctx(a), id)).rejects.toMatchObject({ status: 403 });
		await supportIdea(t.ctx(b), id);
		await supportIdea(t.ctx(b), id);
		expect((await getIdea(t.ctx(b), id)).supports).toBe(1);
		expect((await listIdeas(t.ctx(null), { sort: 'support' }))[0]).toMatchObject({ id, supports: 1, title: 'Drzewa na Rynku <b>' });
		await expect(respondToIdea(t.ctx(b), id, { status: 'answered', response: 'Dziękujemy za pomysł.' })).rejects.toMatchObject({ status: 403 });
		// An official not assigned to the ideas process may not answer (nor sees the form).
		expect((await t.db.select().from(idea).where(eq(idea.id, id)))[0]!.processId).toBe(ideasProcess);
		await expect(respondToIdea(t.ctx(other), id, { status: 'answered', response: 'Dziękujemy za pomysł.' })).rejects.toMatchObject({ status: 403 });
		expect((await getIdea(t.ctx(other), id)).canRespond).toBe(false);
		expect((await getIdea(t.ctx(official), id)).canRespond).toBe(true);
		expect((await getIdea(t.ctx(admin), id)).canRespond).toBe(true);
		const { processSlug } = await respondToIdea(t.ctx(official), id, { status: 'to_consultation', response: 'Włączamy pomysł do konsultacji.' });
		expect(processSlug).toBeTruthy();
		const [p] = await t.db.select().from(process).where(eq(process.slug, processSlug!));
		expect(p).toMatchObject({ mechanism: 'consultation', status: 'draft' });
		expect((await getIdea(t.ctx(null), id)).linkedSlug).toBeNull(); // a draft stays hidden from the public
		expect((await t.db.select().from(notification).where(and(eq(notification.userId, a.id), eq(notification.kind, 'idea_answered')))).length).toBe(1);
		// Personal data: exported, then the idea stays without its author.
		const exported = (await ideasModule.personalData!.export(t.db, a.id)) as { ideas: unknown[] };
		expect(exported.ideas).toHaveLength(1);
		await ideasModule.personalData!.erase(t.db, a.id);
		expect((await getIdea(t.ctx(null), id)).authorName).toBeNull();
	});

	it('turns an idea into a draft project of a budget edition taking submissions, authored by the idea’s author', async () => {
		const now = new Date();
		const at = (d: number) => new Date(now.getTime() + d * 86_400_000);
		const dates = { submissionOpensAt: at(-1), supportOpensAt: at(10), verificationOpensAt: at(20), appealsOpensAt: at(30), votingOpensAt: at(40), votingClosesAt: at(50), implementationOpensAt: at(60) };
		const ed = await createEdition(t.ctx(official), { title: 'Budżet z pomysłów 2028', description: 'Edycja testowa budżetu.', year: 2028, ballotKind: 'krakow', maxChoices: 3, greenMode: 'pool', ...dates });
		const city = await addPool(t.ctx(official), ed.id, { kind: 'citywide', name: 'Ogólnomiejska', amount: 1_000_000, minCost: 10_000, maxCost: 500_000, rule: 'greedy' });
		const podgorze = await addPool(t.ctx(official), ed.id, { kind: 'district', districtId: 13, name: 'Podgórze', amount: 300_000, maxCost: 200_000, rule: 'greedy' });
		expect(await editionsTakingSubmissions(t.db, now)).toEqual(expect.arrayContaining([{ processId: ed.id, title: 'Budżet z pomysłów 2028' }]));

		const id = await createIdea(t.ctx(a), { title: 'Ogród deszczowy na Zabłociu', topic: 'greenery_water', lat: '50.0476', lon: '19.9606', description: 'Ogród deszczowy zatrzyma wodę po burzy.' });
		await expect(respondToIdea(t.ctx(official), id, { status: 'to_budget', response: 'Zapraszamy do budżetu obywatelskiego.' })).rejects.toMatchObject({ status: 400, fields: { editionId: 'ideas_choose_edition' } });
		await respondToIdea(t.ctx(official), id, { status: 'to_budget', response: 'Zapraszamy do budżetu obywatelskiego.', editionId: ed.id });
		const [draft] = await t.db.select().from(budgetProject).where(eq(budgetProject.processId, ed.id));
		expect(draft).toMatchObject({ authorId: a.id, title: 'Ogród deszczowy na Zabłociu', status: 'draft', poolId: podgorze, districtId: 13, cost: 0 });
		expect(draft!.poolId).not.toBe(city);
		const view = await getIdea(t.ctx(null), id);
		expect(view).toMatchObject({ status: 'to_budget', linkedMechanism: 'budget', linkedSlug: ed.slug });
		// The draft is the author's to complete: visible to them, not to others.
		expect((await getProject(t.ctx(a), draft!.id)).project).toMatchObject({ title: 'Ogród deszczowy na Zabłociu' });
		await expect(getProject(t.ctx(b), draft!.id)).rejects.toMatchObject({ status: 404 });
	});

	it('filters are fixed values; bad ones are ignored, not an error', async () => {
		expect(Array.isArray(await listIdeas(t.ctx(null), { topic: "heat'; drop table idea; --" as never, sort: 'x' as never }))).toBe(true);
	});
});
