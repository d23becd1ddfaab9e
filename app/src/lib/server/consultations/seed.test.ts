import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { seedDemo } from '../seed';
import { process } from '../processes/schema';
import { computeReport, listConsultations } from './index';
import { listMeetings } from '../meetings/service';
import { listIdeas } from '../ideas/service';

describe.each(backends)('demo seed of consultations, meetings and ideas on %s', (kind) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		await seedDemo(t.db, t.auth, () => {});
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
