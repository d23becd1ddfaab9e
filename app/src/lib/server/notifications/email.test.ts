// E-mails as their readers get them: in the language of the account, with times in Kraków
// (whatever the server's zone), absolute links in that language, and a plain-text and an HTML
// part. EMAIL_SAMPLES=<file> writes the rendered e-mails to a file (the closing note shows them).
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEmail, setSiteOrigin, type EmailSpec } from './email';
import { LOCALES, type Locale } from '$lib/format';

setSiteOrigin('https://decydujemy.krakow.pl/');

const session = new Date('2026-12-09T17:05:00Z'); // 18:05 in Kraków (winter time)
const samples: Record<string, EmailSpec> = {
	'draw result (resident: a seat on the panel)': { key: 'panel_selected', params: { title: 'Krakowski Panel Klimatyczny 2027' }, link: '/panels/krakowski-panel-klimatyczny-2027' },
	'draw result (resident: reserve list)': { key: 'panel_reserve', params: { title: 'Krakowski Panel Klimatyczny 2027' }, link: '/panels/krakowski-panel-klimatyczny-2027' },
	'session invitation (panelist)': {
		key: 'panel_session',
		params: { panel: 'Krakowski Panel Klimatyczny 2027', title: 'Spotkanie 1: jak się chronić przed upałem', startsAt: session, place: 'Pałac Potockich, Rynek Główny 20' },
		link: '/meetings/0193a1b2-meeting'
	},
	'verification decision (project author, negative)': {
		key: 'budget_verified_negative',
		params: { title: 'Drzewa przy Lipowej', deadlineDate: new Date('2027-03-27T10:00:00Z') },
		labels: { stage: 'email_stage_formal' },
		extra: [{ key: 'email_budget_corrected_cost', params: { costAmount: 24000.5 } }],
		quote: 'Brakuje jednego podpisu poparcia.',
		link: '/budgets/bo-2027/projects/0193-project'
	},
	'verification decision (organisation admin)': { key: 'organisation_verified', params: { name: 'Fundacja Deszczówka' }, link: '/organisations/fundacja-deszczowka' },
	'account e-mail (resident signing up)': { key: 'verify_email', params: { name: 'Olena Shevchenko' }, link: 'https://decydujemy.krakow.pl/api/auth/verify-email?token=abc' }
};


/** Every e-mail of the catalogue (`email_<key>_subject` with its `email_<key>_body`), read from
 * the message files, with the values its texts name: `…At` a time, `…Date` a day, `…Amount` an
 * amount (formatted by renderEmail as in real mail), anything else a word. */
function everyEmail(): { key: string; params: Record<string, string | number | Date> }[] {
	const dir = new URL('../../../../messages/', import.meta.url);
	const texts = new Map<string, string>();
	for (const module of readdirSync(dir)) {
		for (const l of LOCALES) {
			const json = JSON.parse(readFileSync(new URL(`${module}/${l}.json`, dir), 'utf8')) as Record<string, unknown>;
			for (const [k, v] of Object.entries(json)) if (k.startsWith('email_')) texts.set(k, (texts.get(k) ?? '') + JSON.stringify(v));
		}
	}
	const keys = [...texts.keys()].filter((k) => k.endsWith('_subject')).map((k) => k.slice('email_'.length, -'_subject'.length));
	return keys.map((key) => {
		const names = new Set([...`${texts.get(`email_${key}_subject`)}${texts.get(`email_${key}_body`)}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
		const params: Record<string, string | number | Date> = {};
		for (const n of names) params[n] = /At$/.test(n) ? session : /Date$/.test(n) ? new Date('2027-03-27T10:00:00Z') : /Amount$/.test(n) ? 24000.5 : n === 'number' ? 'IL/2027/004' : 'Zieleń';
		return { key, params };
	});
}

describe('e-mails in the recipient language', () => {
	const out = process.env.EMAIL_SAMPLES;
	if (out) writeFileSync(out, '');

	it('the session invitation gives the time in Kraków, in full, in each language', () => {
		const texts = Object.fromEntries(LOCALES.map((l) => [l, renderEmail(samples['session invitation (panelist)'], l).text]));
		expect(texts.pl).toContain('środa, 9 grudnia 2026 18:05');
		expect(texts.uk).toContain('середа, 9 грудня 2026 р. о 18:05');
		expect(texts.en).toContain('Wednesday, 9 December 2026 at 18:05');
		for (const t of Object.values(texts)) expect(t).not.toMatch(/\d{4}-\d\d-\d\dT|Z\b|UTC/);
	});

	it('links are absolute, on the site, in the reader language', () => {
		expect(renderEmail(samples['draw result (resident: a seat on the panel)'], 'pl').text).toContain('https://decydujemy.krakow.pl/panels/krakowski-panel-klimatyczny-2027');
		expect(renderEmail(samples['draw result (resident: a seat on the panel)'], 'uk').text).toContain('https://decydujemy.krakow.pl/uk/panels/krakowski-panel-klimatyczny-2027');
		const html = renderEmail(samples['draw result (resident: a seat on the panel)'], 'en').html;
		expect(html).toContain('<a href="https://decydujemy.krakow.pl/en/panels/krakowski-panel-klimatyczny-2027">');
		expect(html).toContain('<html lang="en">');
	});

	it('amounts, dates and labels are the reader’s; what a person wrote is quoted as written and escaped in HTML', () => {
		// Amounts keep their digits together with no-break spaces: compare with plain spaces.
		const plain = (r: { subject: string; text: string; html: string }) => ({ ...r, text: r.text.replace(/[\u00a0\u202f]/g, ' ') });
		const pl = plain(renderEmail(samples['verification decision (project author, negative)'], 'pl'));
		expect(pl.subject).toBe('Decydujemy: ocena projektu „Drzewa przy Lipowej”: negatywna');
		expect(pl.text).toContain('Ocena formalna projektu „Drzewa przy Lipowej”');
		expect(pl.text).toContain('do 27 marca 2027');
		expect(pl.text).toContain('24 000,50 zł');
		expect(pl.text).toContain('> Brakuje jednego podpisu poparcia.');
		const uk = plain(renderEmail(samples['verification decision (project author, negative)'], 'uk'));
		expect(uk.text).toContain('Формальна перевірка');
		expect(uk.text).toContain('24 000,50 PLN');
		const evil = renderEmail({ key: 'comment_hidden', quote: '<script>alert(1)</script>' }, 'pl');
		expect(evil.html).not.toContain('<script>');
		expect(evil.html).toContain('&lt;script&gt;');
	});

	it('every e-mail has a subject and both parts in pl, en and uk, with gender-neutral Polish', () => {
		for (const [what, spec] of Object.entries(samples)) {
			for (const l of LOCALES as readonly Locale[]) {
				const r = renderEmail(spec, l);
				expect(r.subject.length, what).toBeGreaterThan(12);
				expect(r.text, what).toMatch(/\n-- \n/);
				expect(r.html, what).toMatch(/^<!doctype html>/);
				if (l === 'pl') expect(r.text, what).not.toMatch(/zostałeś|zostałaś|wylosowany|zapisany\b|\/eś|\/y\b/);
				if (out && l !== 'en') appendFileSync(out, `#### ${what} — ${l}\n\n**Subject:** ${r.subject}\n\n\`\`\`text\n${r.text}\`\`\`\n\n<details><summary>HTML part</summary>\n\n\`\`\`html\n${r.html}\n\`\`\`\n</details>\n\n`);
			}
		}
	});
	it('no e-mail doubles a full stop, e.g. after a Ukrainian date ("27 березня 2027 р.")', () => {
		const emails = everyEmail();
		expect(emails.length).toBeGreaterThan(25);
		for (const { key, params } of emails) {
			for (const l of LOCALES as readonly Locale[]) {
				const extra = key === 'budget_verified_negative' ? [{ key: 'email_budget_corrected_cost', params: { costAmount: 24000.5 } }] : [];
				const r = renderEmail({ key, params, labels: { stage: 'email_stage_merit' }, extra, link: '/x' }, l);
				for (const part of [r.subject, r.text, r.html]) {
					expect(part, `${key} (${l})`).not.toMatch(/р\.\./);
					expect(part, `${key} (${l})`).not.toMatch(/(?<!\.)\.\.(?!\.)/);
				}
			}
		}
		// The sentence that ended in "р.." now ends with the date's own full stop.
		expect(renderEmail(samples['verification decision (project author, negative)'], 'uk').text).toContain('до 27 березня 2027 р.\n');
	});
});
