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
		// The list is read from the path with the earlier parameters already filled in
		// (/budgets/<slug>/pools, not /budgets/{slug}/pools). A collection that is not a JSON list
		// (an .ics feed, a 404 for a path without an index) gives no id: the parameter then gets
		// 'unknown' and its query parameters are still sent.
		// Without a list endpoint (`/api/v1/budgets/<id>/pools`), the list is the parent's
		// property of that name (the edition's `pools`).
		type Item = { id?: string; slug?: string };
		const lists = new Map<string, Item[]>();
		const readJson = async (path: string): Promise<unknown> => {
			const res = await fetch(`${server.url}${path}`);
			if (res.ok && (res.headers.get('content-type') ?? '').includes('json')) return res.json();
			await res.arrayBuffer();
			return undefined;
		};
		const itemsOf = (list: unknown): Item[] => (Array.isArray(list) ? list.filter((x): x is Item => typeof x === 'object' && x !== null) : []);
		const firstId = async (collection: string): Promise<string> => {
			if (!lists.has(collection)) {
				const body = await readJson(collection);
				let items = itemsOf(Array.isArray(body) ? body : (body as { items?: unknown } | undefined)?.items);
				if (!items.length) {
					const cut = collection.lastIndexOf('/');
					const parent = await readJson(collection.slice(0, cut));
					items = itemsOf((parent as Record<string, unknown> | undefined)?.[collection.slice(cut + 1)]);
				}
				lists.set(collection, items);
			}
			const first = lists.get(collection)![0];
			return String(first?.id ?? first?.slug ?? 'unknown');
		};
		let requests = 0;
		let status5xx = 0;
		const failures: string[] = [];
		const statuses: Record<string, number> = {};
		let parameters = 0;
		let pathsWithRealIds = 0;
		let pathsWithParameters = 0;
		// The document's paths are whole (`/api/v1/budgets/{id}`).
		for (const [template, item] of Object.entries(doc.paths)) {
			const get = item.get;
			if (!get) continue;
			const params = [...(item.parameters ?? []), ...(get.parameters ?? [])].map(resolve).filter((p) => p.in === 'path' || p.in === 'query');
			// A valid base path.
			let base = template;
			const resolved = new Map<string, string>();
			for (const p of params.filter((p) => p.in === 'path')) {
				const collection = base.slice(0, base.indexOf(`{${p.name}}`) - 1);
				resolved.set(p.name, encodeURIComponent(await firstId(collection)));
				base = base.replace(`{${p.name}}`, resolved.get(p.name)!);
			}
			if (resolved.size) pathsWithParameters++;
			if (resolved.size && [...resolved.values()].every((v) => v !== 'unknown')) pathsWithRealIds++;
			// The template with one path parameter set to the bad value and the others valid.
			const withBad = (name: string, value: string) => template.replace(/\{([^}]+)\}/g, (_, n: string) => (n === name ? value : (resolved.get(n) ?? 'x')));
			for (const p of params) {
				parameters++;
				for (const [label, value] of VALUES) {
					const url = p.in === 'path' ? `${server.url}${withBad(p.name, value)}` : `${server.url}${base}?${encodeURIComponent(p.name)}=${value}`;
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
		record('api-bad-input', { payloads: requests, requests, status5xx }, { parameters, values: VALUES.length, pathsWithRealIds, pathsWithParameters, statuses });
		console.log(`[api] ${parameters} parameters × ${VALUES.length} values: ${requests} requests, ${pathsWithRealIds} of ${pathsWithParameters} paths with path parameters filled with real ids, statuses ${JSON.stringify(statuses)}`);
		expect(parameters).toBeGreaterThan(10);
		// Not vacuous: the bad values reach handlers behind real ids, not only 404s for the path.
		expect(pathsWithRealIds).toBeGreaterThan(pathsWithParameters / 2);
		expect(failures).toEqual([]);
		expect(server.logs()).not.toMatch(/invalid byte sequence|unterminated|syntax error at or near/);
	});
});
