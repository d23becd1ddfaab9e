import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from './openapi';

describe('the OpenAPI document of /api/v1', () => {
	const doc = openApiDocument('http://localhost:3000');

	it('validates against the official OpenAPI 3.1 schema', async () => {
		const validator = new Validator();
		const result = await validator.validate(structuredClone(doc));
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(validator.version).toBe('3.1');
	});

	it('has every $ref pointing at a schema that exists', () => {
		const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
		expect(refs.length).toBeGreaterThan(0);
		for (const ref of refs) {
			const name = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
			expect(Object.keys(doc.components.schemas), ref).toContain(name);
		}
	});

	it('describes the districts and processes endpoints and those the modules add', () => {
		expect(Object.keys(doc.paths)).toEqual(
			expect.arrayContaining(['/api/v1/districts', '/api/v1/processes'])
		);
		expect(Object.keys(doc.paths).length).toBeGreaterThan(4);
	});
});
