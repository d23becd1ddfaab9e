// Every route of the app, read from the filesystem of src/routes: pages (GET), endpoints (each
// exported method) and form actions (POST ?/name, or the default action). A new route appears
// here without anyone listing it, so a test that needs an entry per route fails until it has one.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RouteEntry {
	/** `GET /budgets/[slug]`, `POST /budgets/[slug]/vote?/cast`, `GET /api/v1/budgets`. */
	key: string;
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** The route id (`/budgets/[slug]`). */
	route: string;
	kind: 'page' | 'endpoint' | 'action';
	/** The action's name (`default` for the default action). */
	action?: string;
}

const routesDir = fileURLToPath(new URL('../../src/routes', import.meta.url));

/** The names of `export const actions = { … }`: its top-level keys, one tab in (the code is
 * formatted by prettier), up to the object's closing line. */
function actionNames(source: string): string[] {
	const lines = source.split('\n');
	const start = lines.findIndex((l) => /^export const actions\b/.test(l));
	if (start < 0) return [];
	if (/\}\s*;?\s*$/.test(lines[start]) && !/=\s*\{\s*$/.test(lines[start])) {
		// One line: `export const actions = { default: ... };` or a name (`= actionsOf(...)`).
		throw new Error(`Cannot read the actions of a one-line export: ${lines[start]}`);
	}
	const names: string[] = [];
	for (const line of lines.slice(start + 1)) {
		if (/^\}/.test(line)) break;
		const m = line.match(/^\t(?:([A-Za-z_$][\w$]*)|'([^']+)'|"([^"]+)")\s*(?::|\(|,\s*$)/);
		if (m) names.push(m[1] ?? m[2] ?? m[3]);
	}
	return names;
}

export function listRoutes(): RouteEntry[] {
	const out: RouteEntry[] = [];
	const walk = (dir: string) => {
		const route = '/' + relative(routesDir, dir).split('\\').join('/');
		const id = route === '/' ? '/' : route.replace(/\/$/, '');
		const files = readdirSync(dir, { withFileTypes: true });
		if (existsSync(join(dir, '+page.svelte'))) out.push({ key: `GET ${id}`, method: 'GET', route: id, kind: 'page' });
		const server = join(dir, '+server.ts');
		if (existsSync(server)) {
			const src = readFileSync(server, 'utf8');
			for (const m of src.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) {
				out.push({ key: `${m[1]} ${id}`, method: m[1] as RouteEntry['method'], route: id, kind: 'endpoint' });
			}
		}
		const pageServer = join(dir, '+page.server.ts');
		if (existsSync(pageServer)) {
			for (const name of actionNames(readFileSync(pageServer, 'utf8'))) {
				out.push({ key: name === 'default' ? `POST ${id}` : `POST ${id}?/${name}`, method: 'POST', route: id, kind: 'action', action: name });
			}
		}
		for (const f of files) if (f.isDirectory()) walk(join(dir, f.name));
	};
	walk(routesDir);
	return out.sort((a, b) => a.key.localeCompare(b.key));
}
