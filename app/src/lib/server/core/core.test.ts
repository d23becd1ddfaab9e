import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { slugify } from './ids';
import { parseInput } from './validate';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ServiceError, UnauthenticatedError, ValidationError } from './errors';
import { getOrCreateSetting, randomSecret } from './settings';

describe('slugs', () => {
	it.each([
		['Zielony Budżet Obywatelski 2026', 'zielony-budzet-obywatelski-2026'],
		['Łąki Nowohuckie — żółw, źródło, ćma', 'laki-nowohuckie-zolw-zrodlo-cma'],
		['  ---Hello,   World!!! ', 'hello-world'],
		['Київ і Краків', 'process'],
		['!!!', 'process']
	])('%s → %s', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});

	it('are at most 80 characters', () => {
		expect(slugify('a'.repeat(200))).toHaveLength(80);
	});
});

describe('service errors', () => {
	it('carry the HTTP status, a code and field messages', () => {
		expect(new ValidationError({ title: 'required' })).toMatchObject({ status: 400, code: 'invalid', fields: { title: 'required' } });
		expect(new UnauthenticatedError()).toMatchObject({ status: 401, code: 'unauthenticated' });
		expect(new ForbiddenError()).toMatchObject({ status: 403, code: 'forbidden' });
		expect(new NotFoundError('Process')).toMatchObject({ status: 404, code: 'not_found', message: 'Process not found' });
		expect(new ConflictError('taken', { email: 'email_taken' })).toMatchObject({ status: 409, fields: { email: 'email_taken' } });
		expect(new RateLimitedError(30)).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 30 });
		for (const e of [new ValidationError({}), new ForbiddenError(), new RateLimitedError(1)]) expect(e).toBeInstanceOf(ServiceError);
	});

	it('parseInput names each invalid field by its path, the first message per field', () => {
		const schema = z.object({ a: z.string().min(3, 'too_short').email('not_email'), list: z.array(z.object({ n: z.number('nan') })) });
		let error: unknown;
		try {
			parseInput(schema, { a: 'x', list: [{ n: 1 }, { n: 'two' }] });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).fields).toEqual({ a: 'too_short', 'list.1.n': 'nan' });
		expect(parseInput(schema, { a: 'a@b.pl', list: [] })).toEqual({ a: 'a@b.pl', list: [] });
	});
});

describe.each(backends)('platform settings on %s', (kind) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await openTestDatabase(kind);
	});
	afterAll(() => t.drop());

	it('a setting is made once; concurrent callers (app instances) all get the same value', async () => {
		const values = await Promise.all(Array.from({ length: 8 }, () => getOrCreateSetting(t.db, 'test_secret', randomSecret)));
		expect(new Set(values).size).toBe(1);
		expect(await getOrCreateSetting(t.db, 'test_secret', () => 'other')).toBe(values[0]);
		expect(values[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
	});
});
