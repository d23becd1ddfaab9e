import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { SeedEnv } from '../modules';
import { user } from '../accounts/schema';
import { process } from '../processes/schema';
import { createProcess, setProcessStatus } from '../processes/service';
import { computeReport, listConsultations } from './index';
import { seedConsultations } from './seed';
import { seedIdeas } from '../ideas/seed';
import { listMeetings } from '../meetings/service';
import { listIdeas } from '../ideas/service';

const DAY = 86_400_000;

// This module's demo seed on its own (the full demo seed also runs every other module's).
describe.each(backends)('demo seed of consultations, meetings and ideas on %s', (kind) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		const now = new Date();
		const at = (d: number) => new Date(now.getTime() + d * DAY);
		const official = t.ctx(await t.user('official', 'Marta Urzędnik'), () => now);
		const residents = [];
		for (const [name, districtId] of [['Anna Nowak', 13], ['Piotr Kowalczyk', 18], ['Olena Shevchenko', 2]] as const) {
			const u = await t.user('resident', name);
			await t.db.update(user).set({ districtId }).where(eq(user.id, u.id));
			residents.push(t.ctx(u, () => now));
		}
		await createProcess(official, { mechanism: 'consultation', title: 'Plan adaptacji Krakowa do zmian klimatu: wyspy ciepła, retencja, zieleń', description: 'Opis planu adaptacji.', phases: [{ name: 'Konsultacje', startsAt: at(-3), endsAt: at(25) }] }, { publish: true });
		const closed = await createProcess(official, { mechanism: 'consultation', title: 'Strefa Czystego Transportu — konsultacje 2025', description: 'Konsultacje zasad strefy.' }, { publish: true });
		await setProcessStatus(official, closed.id, 'closed', 'Uchwała przyjęta.');
		// The ideas box (as in the demo): its official answers the ideas.
		await createProcess(official, { mechanism: 'ideas', title: 'Pomysły na klimat — zgłoś, poprzyj, skomentuj', description: 'Stałe miejsce na pomysły mieszkańców.' }, { publish: true });
		const env: SeedEnv = { db: t.db, auth: t.auth, log: () => {}, now, as: { official, moderator: official, admin: official, residents } };
		await seedConsultations(env);
		await seedIdeas(env);
	});
	afterAll(() => t?.drop());

	it('seeds the Climate Adaptation Plan with every form, and a finished consultation with its report', async () => {
		const list = await listConsultations(t.ctx(null));
		const plan = list.find((c) => c.title.startsWith('Plan adaptacji'))!;
		expect(plan.stage).toBe('open');
		expect(plan.settings.forms).toEqual(['survey', 'document', 'map', 'meetings', 'partners']);
		const r = await computeReport(t.db, plan.id, new Date());
		expect(r.participation.byForm).toEqual({ survey: 2, document: 2, map: 3, meetings: 2, partners: 18 });
		const [done] = await t.db.select().from(process).where(and(eq(process.mechanism, 'consultation'), like(process.title, 'Strefa Czystego%')));
		const d = await computeReport(t.db, done.id, new Date());
		expect(d.published).not.toBeNull();
		expect(d.survey.responses).toBe(6);
		expect(d.submissions).toEqual({ total: 2, answered: 2 });
		const meetings = await listMeetings(t.ctx(null), { processId: plan.id });
		expect(meetings.map((m) => m.format).sort()).toEqual(['in_person', 'online']);
		expect((await listIdeas(t.ctx(null))).length).toBe(3);
	});
});
