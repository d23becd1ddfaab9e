// The content of every error page (lib/errorPage.ts) in the three languages, for the statuses a
// running server cannot easily be made to answer on demand (409, 429, 500). Here rather than
// beside the code because it needs the messages compiled by the build. The pages themselves are
// checked against the server in boundary.e2e.test.ts and attack-ballots.e2e.test.ts (503).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_PAGE_STATUSES, errorPageContent, errorPageStatus, formatMegabytes } from '../src/lib/errorPage';
import { bodySizeLimitBytes, bodySizeLimitMb } from '../src/lib/server/hooks/bodySizeLimit';
import { isDatabaseUnavailable } from '../src/lib/server/hooks/databaseUnavailable';

const LOCALES = ['pl', 'en', 'uk'] as const;
const messages = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(fileURLToPath(new URL(`../messages/errors/${l}.json`, import.meta.url)), 'utf8')) as Record<string, string>]));

describe('error page content', () => {
	for (const locale of LOCALES) {
		it(`every status has its own title, explanation and next steps in ${locale}`, () => {
			const titles = new Set<string>();
			for (const status of ERROR_PAGE_STATUSES) {
				const c = errorPageContent(status, { message: '', limitMb: 20 }, '/budgets/x?y=1', locale);
				expect(c.status).toBe(status);
				expect(c.title).toBe(messages[locale][`error_page_${status}_title`]);
				expect(c.text.length, `${locale} ${status}`).toBeGreaterThan(20);
				expect(c.steps.length, `${locale} ${status}`).toBeGreaterThanOrEqual(2);
				for (const step of c.steps) expect(step.text.trim().length).toBeGreaterThan(5);
				titles.add(c.title);
			}
			expect(titles.size).toBe(ERROR_PAGE_STATUSES.length);
		});
	}

	it('413 states the limit in the locale’s digits ("file too large (limit N MB)")', () => {
		expect(errorPageContent(413, { message: '', limitMb: 0.5 }, '/', 'pl').text).toBe('Plik jest za duży (limit 0,5 MB). Nic nie zostało zapisane.');
		expect(errorPageContent(413, { message: '', limitMb: 20 }, '/', 'en').text).toBe('The file is too large (limit 20 MB). Nothing was saved.');
		expect(errorPageContent(413, { message: '', limitMb: 1.25 }, '/', 'uk').text).toBe('Файл завеликий (ліміт 1,3 МБ). Нічого не збережено.');
		expect(errorPageContent(413, null, '/', 'en').text).toBe(messages.en.error_page_413_text_no_limit);
		expect(formatMegabytes(1536, 'pl')).toBe('1536');
	});

	it('401 and 403 lead to sign-in and back; 409, 500 and 503 lead back to the same page', () => {
		expect(errorPageContent(401, null, '/budgets/x?y=1', 'en').steps[0]).toEqual({ text: messages.en.error_page_step_signin, href: '/en/signin?next=%2Fbudgets%2Fx%3Fy%3D1' });
		expect(errorPageContent(403, null, '/manage', 'pl').steps[0].href).toBe('/signin?next=%2Fmanage');
		for (const status of [409, 500, 503]) expect(errorPageContent(status, null, '/budgets/x', 'uk').steps[0].href).toBe('/uk/budgets/x');
	});

	it('reads other statuses as the nearest page, and a database outage as 503', () => {
		expect(errorPageStatus(418, null)).toBe(400);
		expect(errorPageStatus(405, null)).toBe(400);
		expect(errorPageStatus(502, null)).toBe(500);
		expect(errorPageStatus(500, { message: '', code: 'unavailable' })).toBe(503);
	});

	it('names the field that held unreadable text', () => {
		expect(errorPageContent(400, { message: '', badInput: { where: 'form', name: 'title', kind: 'nul' } }, '/', 'pl').detail).toBe('Pole formularza „title” zawiera znak NUL (kod 0), którego nie da się zapisać.');
		expect(errorPageContent(400, { message: '', badInput: { where: 'query', kind: 'invalid_utf8' } }, '/', 'en').detail).toBe('An address parameter contains bytes that are not valid UTF-8 text.');
		expect(errorPageContent(400, { message: '' }, '/', 'en').detail).toBeUndefined();
	});

	it('adds the route’s own message when it says more than the status (a message key of issue 14)', () => {
		expect(errorPageContent(404, { message: 'Nie znaleziono projektu.', key: 'project_not_found' }, '/', 'pl').detail).toBe('Nie znaleziono projektu.');
		expect(errorPageContent(403, { message: 'Nie masz uprawnień do tego działania.', key: 'forbidden' }, '/', 'pl').detail).toBeUndefined();
	});
});

describe('the body size limit, read as adapter-node reads BODY_SIZE_LIMIT', () => {
	it('defaults to 512K and understands K, M, G, plain bytes and Infinity', () => {
		expect(bodySizeLimitBytes({})).toBe(512 * 1024);
		expect(bodySizeLimitMb({})).toBe(0.5);
		expect(bodySizeLimitBytes({ BODY_SIZE_LIMIT: '20M' })).toBe(20 * 1024 * 1024);
		expect(bodySizeLimitBytes({ BODY_SIZE_LIMIT: '2g' })).toBe(2 * 1024 ** 3);
		expect(bodySizeLimitBytes({ BODY_SIZE_LIMIT: '1048576' })).toBe(1048576);
		expect(bodySizeLimitMb({ BODY_SIZE_LIMIT: 'Infinity' })).toBeUndefined();
	});
});

describe('a database outage is told apart from a faulty query', () => {
	it('connection refusals, restarts and dropped connections are outages; SQL errors are not', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
		expect(isDatabaseUnavailable(refused)).toBe(true);
		expect(isDatabaseUnavailable(new AggregateError([refused], ''))).toBe(true);
		expect(isDatabaseUnavailable(Object.assign(new Error('Failed query: select 1'), { cause: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) }))).toBe(true);
		expect(isDatabaseUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
		expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
		expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
		expect(isDatabaseUnavailable(Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }))).toBe(false);
		expect(isDatabaseUnavailable(null)).toBe(false);
	});
});
