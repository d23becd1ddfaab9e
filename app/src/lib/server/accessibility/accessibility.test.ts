import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import type { Actor } from '../core/context';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../core/errors';
import { auditLog } from '../audit/schema';
import { canEditStatement, canReadStatement } from './permissions';
import { getStatement, saveStatement, statementForEditing } from './service';
import { DEFAULT_STATEMENT, formatIssues, parseIssues } from './statement';
import { statementJson } from './api';

const form = (over: Record<string, string> = {}) => ({
	entity: 'Gmina Miejska Kraków',
	publishedOn: '2026-12-01',
	updatedOn: '2026-12-20',
	preparedOn: '2026-12-20',
	reviewedOn: '2026-12-20',
	compliance: 'partial',
	assessment: 'external',
	auditor: 'Fundacja Dostępności',
	contactName: 'Jan Kowalski',
	contactEmail: 'dostepnosc@um.krakow.pl',
	contactPhone: '+48 12 616 12 00',
	knownIssues: 'Mapa działek | art. 3 ust. 2 pkt 4 | lista adresów\nFilm z sesji rady | brak napisów, opublikowany przed 2020 r.',
	architecture: 'Wejście bez progów.',
	language: 'pl',
	...over
});

describe('the rules: who may edit the accessibility statement', () => {
	it('an admin may; residents, officials and moderators may not; nobody signed out may', () => {
		expect(canEditStatement({ id: 'a', role: 'admin', emailVerified: true })).toBe(true);
		for (const role of ['resident', 'official', 'moderator'] as const) expect(canEditStatement({ id: 'x', role, emailVerified: true })).toBe(false);
		expect(canEditStatement(null)).toBe(false);
		expect(canReadStatement()).toBe(true);
	});
});

describe('known issues as the admin types them', () => {
	it('reads one issue a line, the alternative optional, and writes them back the same way', () => {
		const { issues, errorLine } = parseIssues('Mapa | wyłączenie | lista\n\nFilm | brak napisów');
		expect(errorLine).toBeUndefined();
		expect(issues).toEqual([
			{ what: 'Mapa', reason: 'wyłączenie', alternative: 'lista' },
			{ what: 'Film', reason: 'brak napisów', alternative: '' }
		]);
		expect(formatIssues(issues)).toBe('Mapa | wyłączenie | lista\nFilm | brak napisów');
	});
	it('names the line that has no reason', () => {
		expect(parseIssues('Mapa | wyłączenie\n\nFilm bez powodu').errorLine).toBe(3);
	});
});

describe.each(backends)('accessibility statement on %s', (kind) => {
	let t: TestDatabase;
	let admin: NonNullable<Actor>;
	let official: NonNullable<Actor>;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
		admin = await t.user('admin');
		official = await t.user('official');
	});
	afterAll(() => t.drop());

	it('is the default until an admin saves one', async () => {
		expect(await getStatement(t.db)).toEqual(DEFAULT_STATEMENT);
	});

	it('only an admin can open it for editing or save it; nothing is stored otherwise', async () => {
		await expect(statementForEditing(t.ctx(official))).rejects.toBeInstanceOf(ForbiddenError);
		await expect(saveStatement(t.ctx(official), form())).rejects.toBeInstanceOf(ForbiddenError);
		await expect(saveStatement(t.ctx(null), form())).rejects.toBeInstanceOf(UnauthenticatedError);
		expect(await getStatement(t.db)).toEqual(DEFAULT_STATEMENT);
	});

	it('bad input names the field (and the line of the issues); nothing is stored', async () => {
		const fieldOf = async (over: Record<string, string>) => {
			const e = await saveStatement(t.ctx(admin), form(over)).catch((x: unknown) => x);
			expect(e).toBeInstanceOf(ValidationError);
			return (e as ValidationError).fields;
		};
		expect(await fieldOf({ knownIssues: 'Mapa | powód\nbez powodu' })).toEqual({ knownIssues: 'accessibility_issue_line' });
		expect(await fieldOf({ publishedOn: '2026-13-45' })).toHaveProperty('publishedOn');
		expect(await fieldOf({ contactEmail: 'nie-email' })).toHaveProperty('contactEmail');
		expect(await fieldOf({ contactPhone: 'zadzwoń' })).toEqual({ contactPhone: 'accessibility_phone_invalid' });
		expect(await fieldOf({ compliance: 'maybe' })).toEqual({ compliance: 'accessibility_compliance_invalid' });
		expect(await fieldOf({ updatedOn: '2026-11-01' })).toEqual({ updatedOn: 'accessibility_updated_before_published' });
		expect(await getStatement(t.db)).toEqual(DEFAULT_STATEMENT);
	});

	it('an admin saves it: the page and the JSON copy read the new record, and the change is audited', async () => {
		const saved = await saveStatement(t.ctx(admin), form());
		expect(saved.knownIssues).toHaveLength(2);
		const read = await getStatement(t.db);
		expect(read).toEqual(saved);
		expect(read.auditor).toBe('Fundacja Dostępności');
		const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, 'accessibility_statement_saved'));
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ actorId: admin.id, actorRole: 'admin', before: DEFAULT_STATEMENT, after: saved });
		const j = statementJson(read, 'https://decydujemy.krakow.pl');
		expect(j).toMatchObject({ statementUrl: 'https://decydujemy.krakow.pl/accessibility', compliance: 'partial', procedure: { answerWithinDays: 7, extendedAtMostMonths: 2 }, contact: { name: 'Jan Kowalski' } });
		// Saved again: the same key is updated, not duplicated.
		await saveStatement(t.ctx(admin), form({ compliance: 'full', knownIssues: '' }));
		expect((await getStatement(t.db)).compliance).toBe('full');
		expect((await getStatement(t.db)).knownIssues).toEqual([]);
	});
});
