import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backends, openTestDatabase, type TestDatabase } from '../testing/db';
import { slugify } from './ids';
import { amountInput, parseInput } from './validate';
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
	it('carry the HTTP status, a code and message keys', () => {
		expect(new ValidationError({ title: 'required' })).toMatchObject({ status: 400, code: 'invalid', message: 'invalid', fields: { title: 'required' } });
		expect(new UnauthenticatedError()).toMatchObject({ status: 401, code: 'unauthenticated', key: 'unauthenticated' });
		expect(new ForbiddenError()).toMatchObject({ status: 403, code: 'forbidden', key: 'forbidden' });
		expect(new NotFoundError('process_not_found')).toMatchObject({ status: 404, code: 'not_found', message: 'process_not_found' });
		expect(new ConflictError('email_taken', { email: 'email_taken' })).toMatchObject({ status: 409, key: 'email_taken', fields: { email: 'email_taken' } });
		expect(new RateLimitedError(30)).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 30, params: { seconds: 30, minutes: 1 } });
		for (const e of [new ValidationError({}), new ForbiddenError(), new RateLimitedError(1)]) expect(e).toBeInstanceOf(ServiceError);
	});

	it('parseInput names each invalid field by its path, the first message per field', () => {
		const schema = z.object({ a: z.string().min(3, 'name_too_short').email('invalid_email'), list: z.array(z.object({ n: z.number('invalid_number') })) });
		let error: unknown;
		try {
			parseInput(schema, { a: 'x', list: [{ n: 1 }, { n: 'two' }] });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).fields).toEqual({ a: 'name_too_short', 'list.1.n': 'invalid_number' });
		expect((error as ValidationError).fieldParams.a).toEqual({ min: 3, got: 1 });
		expect(parseInput(schema, { a: 'a@b.pl', list: [] })).toEqual({ a: 'a@b.pl', list: [] });
	});

	it('zod issues become keys with their limits, never zod\'s English ("Too big: expected string to have <=5000 characters")', () => {
		const schema = z.object({
			title: z.string().trim().min(5, 'title_too_short').max(120, 'title_too_long'),
			description: z.string().max(5000),
			count: z.coerce.number().int().min(1).max(10),
			kind: z.enum(['a', 'b']),
			email: z.string().email(),
			tags: z.array(z.string()).max(2)
		});
		const fail = (input: unknown) => {
			try {
				parseInput(schema, input);
			} catch (e) {
				return e as ValidationError;
			}
			throw new Error('expected a ValidationError');
		};
		const ok = { title: 'Zielone podwórko', description: '', count: 3, kind: 'a', email: 'a@b.pl', tags: [] };
		const e = fail({ ...ok, title: 'x'.repeat(134), description: 'y'.repeat(5001), count: '11', kind: 'c', email: 'nope', tags: ['1', '2', '3'] });
		expect(e.fields).toEqual({ title: 'title_too_long', description: 'text_too_long', count: 'number_too_big', kind: 'invalid_choice', email: 'invalid_email', tags: 'too_many_items' });
		expect(e.fieldParams).toMatchObject({ title: { max: 120, got: 134 }, description: { max: 5000, got: 5001 }, count: { max: 10 }, tags: { max: 2, got: 3 } });
		for (const key of Object.values(e.fields)) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
		const blank = fail({ ...ok, title: '   ', count: 'dwa' });
		expect(blank.fields).toEqual({ title: 'required', count: 'invalid_number' });
	});
});

describe('amounts as people type them', () => {
	const schema = z.object({
		cost: amountInput(z.number({ error: 'required' }).min(1, 'number_too_small').max(1e9, 'number_too_big')),
		pool: amountInput(z.number().int().optional(), { whole: true })
	});
	it('"24 000,50" is 24000.5, "1 000 000" a whole amount; numbers from the API pass as they are', () => {
		expect(parseInput(schema, { cost: '24 000,50', pool: '1 000 000' })).toEqual({ cost: 24000.5, pool: 1000000 });
		expect(parseInput(schema, { cost: 350, pool: '' })).toEqual({ cost: 350, pool: undefined });
	});
	it('refuses three decimals and grosze where whole złoty are required, naming the field', () => {
		let e: unknown;
		try {
			parseInput(schema, { cost: '24,000', pool: '5,50' });
		} catch (err) {
			e = err;
		}
		expect(e).toMatchObject({ status: 400, fields: { cost: 'amount_decimals', pool: 'amount_whole' } });
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
