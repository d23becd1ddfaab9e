// Bad input on every /api/v1 parameter, read from the OpenAPI document the server publishes:
// SQL metacharacters, NUL bytes, invalid UTF-8, huge values, in each path and query parameter,
// one at a time. Never a 5xx, and the database never sees the bytes it cannot store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../e2e/support/browser';
import { assertBuilt, startServer, type TestServer } from '../e2e/support/server';
import { record } from './report';

assertBuilt();

/** Raw (already percent-encoded where they are bytes) values for a URL. */
const VALUES: [string, string][] = [
	['quote', encodeURIComponent("'")],
	['or-true', encodeURIComponent("' OR '1'='1")],
	['drop', encodeURIComponent('1; DROP TABLE process;--')],
	['union', encodeURIComponent("1 UNION SELECT password FROM account--")],
	['comment', encodeURIComponent('*/--')],
	['like', encodeURIComponent('%_%')],
	['nul', '%00'],
	['nul-inside', 'a%00b'],
	['invalid-utf8', '%C3%28'],
	['invalid-utf8-ff', '%FF%FE'],
	['overlong', '%C0%AF'],
	['huge-number', '99999999999999999999999999'],
	['negative', '-1'],
	['float', '1e309'],
	['array', encodeURIComponent('[]')],
	['object', encodeURIComponent('{"$ne":null}')],
	['path', encodeURIComponent('../../etc/passwd')],
	['backslash', encodeURIComponent('\\')],
	['long-4k', 'x'.repeat(4000)],
	['long-64k', 'y'.repeat(65_000)]
];

interface Parameter {
	name: string;
	in: string;
	$ref?: string;
}

describe.skipIf(!chromiumAvailable())('bad input on every /api/v1 parameter', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer();
	});
	afterAll(async () => {
		await server?.stop();
	});

	it('never answers 5xx', async () => {
		const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
			paths: Record<string, Record<string, { parameters?: Parameter[] }> & { parameters?: Parameter[] }>;
			components?: { parameters?: Record<string, Parameter> };
		};
		const resolve = (p: Parameter): Parameter => (p.$ref ? doc.components!.parameters![p.$ref.split('/').pop()!] : p);
		// A valid value for each path parameter: the first of its list (so that the query
		// parameters reach the handler, not a 404 for the path).
		const lists: Record<string, unknown[]> = {};
		const listOf = async (path: string) => (lists[path] ??= ((await (await fetch(`${server.url}/api/v1${path}`)).json()) as { items?: unknown[] } | unknown[]) as unknown as unknown[]);
		const firstId = async (collection: string) => {
			const l = (await listOf(collection)) as unknown as { items?: { id?: string; slug?: string }[] } | { id?: string; slug?: string }[];
			const items = Array.isArray(l) ? l : (l.items ?? []);
			return items[0]?.id ?? items[0]?.slug ?? 'unknown';
		};
		let requests = 0;
		let status5xx = 0;
		const failures: string[] = [];
		const statuses: Record<string, number> = {};
		let parameters = 0;
		for (const [template, item] of Object.entries(doc.paths)) {
			const get = item.get;
			if (!get) continue;
			const params = [...(item.parameters ?? []), ...(get.parameters ?? [])].map(resolve).filter((p) => p.in === 'path' || p.in === 'query');
			// A valid base path.
			let base = template;
			for (const p of params.filter((p) => p.in === 'path')) {
				const collection = template.slice(0, template.indexOf(`{${p.name}}`) - 1);
				base = base.replace(`{${p.name}}`, encodeURIComponent(p.name === 'poolId' ? 'unknown' : await firstId(collection)));
			}
			for (const p of params) {
				parameters++;
				for (const [label, value] of VALUES) {
					const url = p.in === 'path' ? `${server.url}/api/v1${template.replace(`{${p.name}}`, value).replace(/\{[^}]+\}/g, 'x')}` : `${server.url}/api/v1${base}?${encodeURIComponent(p.name)}=${value}`;
					requests++;
					let status: number;
					try {
						const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
						await res.arrayBuffer();
						status = res.status;
					} catch (e) {
						failures.push(`${template} ${p.in}:${p.name}=${label}: no answer (${(e as Error).message})`);
						continue;
					}
					statuses[status] = (statuses[status] ?? 0) + 1;
					if (status >= 500) {
						status5xx++;
						failures.push(`${template} ${p.in}:${p.name}=${label}: ${status}`);
					}
				}
			}
		}
		record('api-bad-input', { payloads: requests, requests, status5xx }, { parameters, values: VALUES.length, statuses });
		console.log(`[api] ${parameters} parameters × ${VALUES.length} values: ${requests} requests, statuses ${JSON.stringify(statuses)}`);
		expect(parameters).toBeGreaterThan(10);
		expect(failures).toEqual([]);
		expect(server.logs()).not.toMatch(/invalid byte sequence|unterminated|syntax error at or near/);
	});
});
