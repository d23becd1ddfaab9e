// The language pass: every page the journeys reach — crawled from the menu, the home page and the
// officials' workspace, as an anonymous visitor and as each demo role — read in Polish, English
// and Ukrainian, failing on a raw message key, a word of another language, a number followed by
// the wrong plural form, a letter glued to "(" or "—", a gendered form, a doubled full stop ("р.."), and numbers, amounts and
// times not formatted for the reader (support/language.ts). The pages are read as the server
// renders them (every visitor's first view, with or without JavaScript), over HTTP, so that the
// whole site in three languages takes a minute; all problems are reported at once.
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { session, signedIn, type Session } from './support/http';
import { LANGS, languageProblems, pageText, sameInAllLanguages, type Lang } from './support/language';
import { assertBuilt, DEMO, DEMO_PASSWORD, startServer, type TestServer } from './support/server';

assertBuilt();

/** Pages of one shape ("/budgets/<slug>/projects/<id>") read at most this many times. */
const PER_SHAPE = 3;
/** A guard against a crawl that never ends (a link that makes new links). */
const MAX_PAGES_PER_ROLE = 400;

/** Links that do not lead to a page for people: data, files, the API, signing out. */
function skipped(path: string): boolean {
	return (
		/^\/(api|signout)(\/|$)/.test(path) ||
		/\.(csv|json|pdf|ics|txt|xml|png|jpe?g|webp|svg|zip|geojson)$/.test(path) ||
		/\/(photos?|download|files?|attachments?)\/[^/]+$/.test(path) ||
		/\/(verify-email|reset-password)/.test(path)
	);
}

/** "/budgets/zielony-2026/projects/0193…" → "/budgets/*\/projects/*": segments with a digit or a
 * dash are names of things, not of pages. */
function shape(path: string): string {
	return path
		.split('/')
		.map((s) => (/[\d-]/.test(s) || s.length > 24 ? '*' : s))
		.join('/');
}

/** The path of a link on this site, without the language prefix, query and hash. */
function plainPath(href: string, origin: string): string | null {
	let u: URL;
	try {
		u = new URL(href, origin);
	} catch {
		return null;
	}
	if (u.origin !== origin) return null;
	const p = u.pathname.replace(/^\/(en|uk)(?=\/|$)/, '') || '/';
	return p.length > 1 ? p.replace(/\/$/, '') : p;
}

const localized = (path: string, lang: Lang) => (lang === 'pl' ? path : `/${lang}${path === '/' ? '' : path}`);

/** Reads pages breadth-first from the starting points; returns the paths that answered 200 with
 * a page (a page closed to this person redirects or answers 4xx: not one of theirs). */
async function crawl(s: Session, origin: string, starts: string[]): Promise<string[]> {
	const seen = new Set<string>();
	const shapes = new Map<string, number>();
	const queue = [...starts];
	const pages: string[] = [];
	while (queue.length && pages.length < MAX_PAGES_PER_ROLE) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const sh = shape(path);
		if ((shapes.get(sh) ?? 0) >= PER_SHAPE) continue;
		const res = await s.get(path);
		const html = await res.text();
		if (res.status !== 200 || !/text\/html/.test(res.headers.get('content-type') ?? '')) continue;
		shapes.set(sh, (shapes.get(sh) ?? 0) + 1);
		pages.push(path);
		for (const [, href] of html.matchAll(/<a\b(?![^>]*\bdownload\b)[^>]*\shref="([^"]+)"/g)) {
			const p = plainPath(href.replace(/&amp;/g, '&'), origin);
			if (p && !skipped(p) && !seen.has(p)) queue.push(p);
		}
	}
	return pages;
}

describe('language pass', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer();
	});
	afterAll(async () => {
		await server?.stop();
	});

	const PUBLIC = ['/', '/processes', '/budgets', '/consultations', '/panels', '/ideas', '/meetings', '/initiatives', '/organisations', '/districts', '/api', '/signin', '/signup', '/forgot-password', '/accessibility'];
	const roles: { who: string; account?: () => [string, string]; starts: string[] }[] = [
		{ who: 'an anonymous visitor', starts: PUBLIC },
		{ who: 'a resident', account: () => [DEMO.resident, DEMO_PASSWORD], starts: ['/account', '/notifications', ...PUBLIC] },
		{ who: 'a resident writing in Ukrainian', account: () => ['olena@demo.decydujemy.pl', DEMO_PASSWORD], starts: ['/account', '/notifications'] },
		{ who: 'an official', account: () => [DEMO.official, DEMO_PASSWORD], starts: ['/manage', '/account', '/notifications'] },
		{ who: 'a moderator', account: () => [DEMO.moderator, DEMO_PASSWORD], starts: ['/moderation', '/account'] },
		{ who: 'an organisation member', account: () => ['kasia@demo.decydujemy.pl', DEMO_PASSWORD], starts: ['/my/organisations', '/account', '/notifications'] },
		{ who: 'the admin', account: () => [server.admin.email, server.admin.password], starts: ['/admin', '/admin/outbox', '/admin/audit'] }
	];

	/** Pages already read (by path and what the reader sees of them: signed in or not). */
	const read = new Set<string>();
	for (const role of roles) {
		it(`every page ${role.who} reaches reads right in Polish, English and Ukrainian`, async () => {
			const s = role.account ? await signedIn(server.url, ...role.account()) : session(server.url);
			const pages = await crawl(s, server.url, role.starts);
			expect(pages.length, `pages crawled as ${role.who}`).toBeGreaterThan(role.account ? 1 : 30);
			const problems: string[] = [];
			let visits = 0;
			for (const path of pages) {
				// Public pages look the same to every signed-in person: read them once signed in.
				const personal = /^\/(account|notifications|manage|moderation|admin|my)(\/|$)/.test(path);
				const key = `${!role.account ? 'anonymous' : personal ? role.who : 'signed in'} ${path}`;
				if (read.has(key)) continue;
				read.add(key);
				const texts = await Promise.all(
					LANGS.map(async (lang) => {
						const res = await s.get(localized(path, lang));
						const html = await res.text();
						if (res.status !== 200) problems.push(`${localized(path, lang)}: answered ${res.status}`);
						return pageText(html);
					})
				);
				visits += LANGS.length;
				const content = sameInAllLanguages(texts);
				LANGS.forEach((lang, i) => {
					for (const p of languageProblems(lang, texts[i], content)) problems.push(`${localized(path, lang)}: ${p}`);
				});
			}
			console.log(`[language] ${role.who}: ${pages.length} pages, ${visits} reads in pl/en/uk, ${problems.length} problems`);
			if (process.env.LANGUAGE_REPORT) appendFileSync(process.env.LANGUAGE_REPORT, problems.map((p) => `${role.who}\t${p}\n`).join(''));
			expect(problems, `language problems as ${role.who}`).toEqual([]);
		});
	}
});
