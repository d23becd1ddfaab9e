/**
 * Recomputing official results: does our rule reproduce the `selected` flags of a file?
 * Pure (takes the file text), so it also runs in the browser.
 */
import type { Election } from './model.ts';
import type { TieBreaking } from './profile.ts';
import { parsePabulib, PbParseError } from './pabulib/parse.ts';
import { officialRuleOf, tally, UnsupportedOfficialRuleError } from './rules/index.ts';

export type CheckResult =
  | { status: 'match'; rule: string; selected: string[] }
  | { status: 'mismatch'; rule: string; missing: string[]; extra: string[]; selected: string[] }
  /** The official outcome is reached only when tied projects are ordered as the city's own
   * ranking (the file's project order) does; with our published tie-break it is not. */
  | { status: 'tie'; rule: string; selected: string[]; tied: string[][] }
  | { status: 'skipped'; reason: string };

/**
 * Official winners: projects whose `selected` is 1. Pabulib uses 2 and 3 for projects funded
 * outside the rule (Poznań's 80 % reserve rule, Gdynia's turnout award, extra district funds).
 */
export function officialWinners(e: Election): Set<string> | null {
  if (!e.projectColumns.includes('selected')) return null;
  const out = new Set<string>();
  for (const p of e.projects) if ((p.fields['selected'] ?? '').trim() === '1') out.add(p.id);
  return out;
}

export function checkElection(e: Election, opts: { tieBreaking?: TieBreaking } = {}): CheckResult {
  const official = officialWinners(e);
  if (official === null) return { status: 'skipped', reason: 'no selected column' };
  let rule: string;
  try {
    rule = officialRuleOf(e);
  } catch (err) {
    if (err instanceof UnsupportedOfficialRuleError) return { status: 'skipped', reason: `rule ${err.officialRule}: ${err.reason}` };
    throw err;
  }
  const out = tally(e, 'official', opts.tieBreaking ? { tieBreaking: opts.tieBreaking } : {});
  const ids = out.selected.map((j) => e.projects[j]!.id);
  const got = new Set(ids);
  const missing = [...official].filter((id) => !got.has(id));
  const extra = ids.filter((id) => !official.has(id));
  if (missing.length === 0 && extra.length === 0) return { status: 'match', rule, selected: ids };
  if (!opts.tieBreaking && out.tieBreaks.length > 0) {
    // A tie decided the difference? Reproduce it with the city's ranking and say so.
    const byCity = tally(e, 'official', { tieBreaking: 'file-order' });
    const cityIds = byCity.selected.map((j) => e.projects[j]!.id);
    if (cityIds.length === official.size && cityIds.every((id) => official.has(id))) {
      const tied = out.tieBreaks.map((t) => t.tied);
      return { status: 'tie', rule, selected: cityIds, tied };
    }
  }
  return { status: 'mismatch', rule, missing, extra, selected: ids };
}

export function checkText(text: string): CheckResult {
  try {
    return checkElection(parsePabulib(text, { strictBallots: false }));
  } catch (err) {
    if (err instanceof PbParseError) return { status: 'skipped', reason: `malformed: ${err.message}` };
    throw err;
  }
}
