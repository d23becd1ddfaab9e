/** Past editions from Pabulib files: one pool per file, projects from PROJECTS, the file itself
 * kept as the pool's compact ballot record; counted again with the engine on import. */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../core/context';
import type { Db } from '../db/client';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../core/errors';
import { newId, slugify } from '../core/ids';
import { recordAudit } from '../audit/service';
import { district } from '../districts/schema';
import { createProcess } from '../processes/service';
import { budgetEdition, budgetPool, budgetProject, type ClimateCategory } from './schema';
import { parseFile, pb, type Election } from './engine';
import { countEdition } from './service';

const RULE_OF_FILE: Record<string, string> = { greedy: 'greedy', 'equalshares/add1': 'mes-add1', 'equalshares/add1-comparison': 'mes-add1-comparison' };
const CATEGORY: Record<string, ClimateCategory> = { 'environmental protection': 'trees_greenery', 'public transit and roads': 'mobility', education: 'education' };

function fold(s: string) {
	return slugify(s.replace(/Krzeszław/g, 'Krzesław'));
}

function parseDate(s: string | undefined, fallback: Date): Date {
	const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec((s ?? '').trim());
	return m ? new Date(Date.UTC(+m[3], +m[2] - 1, +m[1], 8)) : fallback;
}

export interface ImportFile {
	text: string;
}

/** Imports one past edition from Pabulib files (one per pool). Officials and admins only. */
export async function importPabulibEdition(ctx: ServiceContext, input: { title: string; year: number; description?: string; files: ImportFile[] }) {
	if (!ctx.actor) throw new UnauthenticatedError();
	if (ctx.actor.role !== 'official' && ctx.actor.role !== 'admin') throw new ForbiddenError();
	if (!input.files.length) throw new ValidationError({ files: 'budgets_file_required' });
	const elections: Election[] = [];
	for (const [i, f] of input.files.entries()) {
		try {
			elections.push(parseFile(f.text));
		} catch (err) {
			// The engine's reason is English: the person gets the file and the line to look at.
			if (err instanceof pb.PbParseError) throw new ValidationError({ files: 'budgets_pabulib_invalid' }, 'invalid', { files: { file: i + 1, line: err.line } });
			throw err;
		}
	}
	const districts = await ctx.db.select({ id: district.id, name: district.name }).from(district);
	const districtOf = (e: Election) => {
		const n = e.meta['district'];
		if (!n) return null;
		return districts.find((d) => fold(d.name) === fold(n))?.id ?? null;
	};
	const first = elections[0];
	const votingFrom = parseDate(first.meta['date_begin'], new Date(Date.UTC(input.year, 8, 1)));
	const votingTo = parseDate(first.meta['date_end'], new Date(votingFrom.getTime() + 14 * 86_400_000));
	const day = 86_400_000;
	const created = await createProcess(
		ctx,
		{
			mechanism: 'budget',
			title: input.title,
			description: input.description ?? `Dane historyczne z biblioteki Pabulib (pabulib.org): ${elections.length} pul, ${elections.reduce((s, e) => s + e.voters.length, 0)} kart do głosowania.`,
			scopeDecided: 'Edycja zakończona; dane zaimportowane z plików Pabulib.',
			scopeWhoDecides: 'Mieszkańcy Krakowa w głosowaniu.',
			topics: ['greenery_water'],
			phases: [{ name: 'Głosowanie', startsAt: votingFrom, endsAt: votingTo }]
		},
		{ publish: true }
	);
	const parsed = new Map<string, Election>();
	await ctx.db.transaction(async (txx) => {
		const t = txx as unknown as Db;
		await t.insert(budgetEdition).values({
			processId: created.id,
			year: input.year,
			ballotKind: first.voteType === 'ordinal' ? 'krakow' : first.voteType === 'cumulative' ? 'cumulative' : 'approval',
			maxChoices: Number(first.meta['max_length'] ?? 3) || 3,
			greenMode: 'none',
			submissionOpensAt: new Date(votingFrom.getTime() - 120 * day),
			supportOpensAt: new Date(votingFrom.getTime() - 100 * day),
			verificationOpensAt: new Date(votingFrom.getTime() - 90 * day),
			appealsOpensAt: new Date(votingFrom.getTime() - 30 * day),
			votingOpensAt: votingFrom,
			votingClosesAt: votingTo,
			implementationOpensAt: new Date(votingTo.getTime() + 30 * day),
			historical: true
		});
		let position = 0;
		for (let i = 0; i < elections.length; i++) {
			const e = elections[i];
			const districtId = districtOf(e);
			const poolId = newId();
			const scale = Number(e.moneyScale);
			const costs = e.projects.map((p) => Math.round(Number(p.cost) / scale));
			const valid = costs.filter((c) => c < 999_999_999);
			await t.insert(budgetPool).values({
				id: poolId,
				processId: created.id,
				kind: districtId ? 'district' : 'citywide',
				districtId,
				name: districtId ? `${e.meta['district']}` : 'Ogólnomiejski',
				amount: Math.floor(Number(e.budget) / scale),
				minCost: 0,
				maxCost: Math.max(1, ...valid),
				rule: RULE_OF_FILE[(e.meta['rule'] ?? '').trim()] ?? 'greedy',
				position: districtId ? districtId : position++,
				pabulib: input.files[i].text
			});
			parsed.set(poolId, e);
			const rows = e.projects.map((p, j) => ({
				id: newId(),
				processId: created.id,
				poolId,
				code: p.id,
				title: (p.fields['name'] ?? p.id).slice(0, 500),
				description: p.fields['description'] ?? '',
				districtId,
				cost: costs[j],
				costItems: [],
				climateCategory: (p.fields['category'] ?? '').split(',').map((c) => CATEGORY[c.trim()]).find(Boolean) ?? null,
				status: costs[j] >= 999_999_999 ? ('withdrawn' as const) : ('accepted' as const),
				importedVotes: Number(p.fields['votes']) || null,
				importedScore: Number(p.fields['score']) || null,
				createdAt: ctx.now(),
				updatedAt: ctx.now()
			}));
			for (let k = 0; k < rows.length; k += 200) await t.insert(budgetProject).values(rows.slice(k, k + 200));
		}
		await recordAudit(t, ctx, { action: 'budget.import', targetType: 'process', targetId: created.id, after: { files: elections.map((e) => e.meta['description'] ?? '') } });
	});
	await countEdition(ctx, created.id, parsed);
	return created;
}

/** The Pabulib files shipped with the app (see data/SOURCES.md), gzip-compressed. */
export function shippedDataDir(): string {
	const candidates = [
		join(dirname(fileURLToPath(import.meta.url)), 'data'),
		join(process.cwd(), 'src/lib/server/budgets/data'),
		join(process.cwd(), 'app/src/lib/server/budgets/data')
	];
	for (const c of candidates) {
		try {
			readFileSync(join(c, 'SOURCES.md'));
			return c;
		} catch {
			/* next */
		}
	}
	throw new Error('Budget data files not found (app/src/lib/server/budgets/data)');
}

export function shippedFiles(year: number): { name: string; text: string }[] {
	const dir = shippedDataDir();
	return readdirSync(dir)
		.filter((f) => f.startsWith(`Poland_Krakow_${year}`) && f.endsWith('.pb.gz'))
		.sort()
		.map((f) => ({ name: f.replace(/\.gz$/, ''), text: gunzipSync(readFileSync(join(dir, f))).toString('utf8') }));
}

export async function editionIdBySlug(db: Db, slug: string) {
	const { process } = await import('../processes/schema');
	const [p] = await db.select({ id: process.id }).from(process).where(eq(process.slug, slug));
	return p?.id ?? null;
}
