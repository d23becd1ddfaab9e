/**
 * `decydujemy pb ...`: tally, check, metrics, explain. The only module that touches the file
 * system. Bad input ends with one line on stderr and exit code 2, never a stack trace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkElection, type CheckResult } from './check.ts';
import { explainProjects, explainVoter } from './explain.ts';
import { computeMetrics } from './metrics.ts';
import { formatMoney, type Election } from './model.ts';
import { parsePabulib, PbParseError } from './pabulib/parse.ts';
import { MissingRuleParameterError, RULE_NAMES, tally, UnknownRuleError, UnsupportedOfficialRuleError, type TallyOptions } from './rules/index.ts';
import type { Outcome } from './rules/types.ts';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const pbHelp = `Usage: decydujemy pb <command> [options]

Commands:
  tally FILE [--rule RULE] [--json] [--strict] [--tie-break file-order]
      Count a Pabulib .pb file. RULE is one of: ${RULE_NAMES.join(', ')}
      (default: official, the rule named in the file's META).
      --json prints {"rule", "selected": [ids in selection order], "cost", ...}.
  check DIR [--json] [--tie-break file-order]
      Recompute every .pb file in DIR that has official "selected" flags and a supported
      rule; one line per file (match / MISMATCH with the differing ids / skipped with the
      reason) and totals. Exit code 1 when any file does not match.
  metrics FILE [--rule RULE] [--json]
      Fairness metrics of the outcome: coverage, exclusion ratio, satisfaction, Gini,
      funds per category and district.
  explain FILE [--rule RULE] [--project ID] [--voter ID] [--lang pl|en|uk] [--json]
      Why each project won or lost; what a voter's share paid for.
  help
      This text.

Ties are broken by lower cost, then more supporters, then the file's project order;
--tie-break file-order uses the file's order alone (Pabulib lists the official ranking).
Files are read leniently: ballots that break the file's own limits (a handful in real
files) are kept and reported on stderr; --strict refuses them. Exit codes: 0 ok,
1 check mismatch, 2 bad input (unreadable or malformed file, unknown rule).
`;

class CliError extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--rule', '--project', '--voter', '--lang', '--tie-break']);

function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(0, eq), a.slice(eq + 1));
      else if (VALUE_FLAGS.has(a)) {
        const v = args[k + 1];
        if (v === undefined) throw new CliError(`${a} needs a value`);
        flags.set(a, v);
        k++;
      } else flags.set(a, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

function loadElection(file: string, strict: boolean, io: CliIo): Election {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code}`);
  }
  const warnings: string[] = [];
  try {
    const e = parsePabulib(text, { strictBallots: strict, onWarning: (line, msg) => warnings.push(`${file}:${line}: ${msg}`) });
    if (warnings.length > 0) io.stderr(`warning: ${warnings.length} ballot(s) break the file's own limits and were kept; first: ${warnings[0]}\n`);
    return e;
  } catch (err) {
    if (err instanceof PbParseError) throw new CliError(`${file}:${err.line}: ${err.reason}`);
    throw err;
  }
}

function ruleFlag(p: Parsed): string {
  const r = p.flags.get('--rule');
  if (r === true) throw new CliError('--rule needs a value');
  return r ?? 'official';
}

function tieFlag(p: Parsed): TallyOptions {
  const t = p.flags.get('--tie-break');
  if (t === undefined) return {};
  if (t !== 'file-order' && t !== 'cost-supporters-order') throw new CliError(`--tie-break must be cost-supporters-order or file-order`);
  return { tieBreaking: t };
}

function money(e: Election, x: bigint): string {
  return formatMoney(x, e.moneyScale);
}

function outcomeJson(e: Election, o: Outcome, file: string) {
  return {
    file,
    rule: o.rule,
    selected: o.selected.map((j) => e.projects[j]!.id),
    cost: Number(money(e, o.cost)),
    budget: Number(money(e, e.budget)),
    voters: e.voters.length,
    tieBreaks: o.tieBreaks,
    ...(o.comparison ? { comparison: o.comparison } : {}),
  };
}

function runTally(p: Parsed, io: CliIo): number {
  const file = p.positional[1];
  if (!file) throw new CliError('tally needs a FILE');
  const e = loadElection(file, p.flags.has('--strict'), io);
  const o = tally(e, ruleFlag(p), tieFlag(p));
  if (p.flags.has('--json')) {
    io.stdout(JSON.stringify(outcomeJson(e, o, file)) + '\n');
    return 0;
  }
  const cur = e.meta['currency'] ?? '';
  io.stdout(`${basename(file)}: rule ${o.rule}, budget ${money(e, e.budget)} ${cur}, ${e.voters.length} voters\n`);
  o.selected.forEach((j, k) => {
    const pr = e.projects[j]!;
    io.stdout(`${String(k + 1).padStart(4)}. ${pr.id}\t${money(e, pr.cost)}\t${(pr.fields['name'] ?? '').slice(0, 70)}\n`);
  });
  io.stdout(`selected ${o.selected.length} projects, cost ${money(e, o.cost)} ${cur}\n`);
  for (const t of o.tieBreaks) io.stdout(`tie at ${t.at}: ${t.tied.join(', ')} → ${t.chosen} (${t.decidedBy})\n`);
  if (o.comparison) io.stdout(`comparison with greedy: ${o.comparison.prefersMes} voters prefer MES, ${o.comparison.prefersGreedy} prefer greedy → ${o.comparison.winner}\n`);
  return 0;
}

function runMetrics(p: Parsed, io: CliIo): number {
  const file = p.positional[1];
  if (!file) throw new CliError('metrics needs a FILE');
  const e = loadElection(file, p.flags.has('--strict'), io);
  const o = tally(e, ruleFlag(p), tieFlag(p));
  const m = computeMetrics(e, o.selected);
  if (p.flags.has('--json')) {
    io.stdout(JSON.stringify({ file, rule: o.rule, ...m }) + '\n');
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  io.stdout(
    [
      `${basename(file)}: rule ${o.rule}`,
      `voters                         ${m.voters}`,
      `funded projects                ${m.fundedProjects} (cost ${m.cost}, ${pct(m.budgetUsed)} of ${m.budget})`,
      `voters with a funded project   ${pct(m.coverage)}`,
      `exclusion ratio                ${pct(m.exclusionRatio)}`,
      `avg satisfaction (count)       ${m.avgSatisfactionCount.toFixed(3)}`,
      `avg satisfaction (cost)        ${m.avgSatisfactionCost.toFixed(2)}`,
      `Gini of satisfaction (count)   ${m.giniSatisfactionCount.toFixed(3)}`,
      `Gini of satisfaction (cost)    ${m.giniSatisfactionCost.toFixed(3)}`,
      `funds per category:`,
      ...Object.entries(m.fundsPerCategory).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k}: ${v}`),
      `funds per district:`,
      ...Object.entries(m.fundsPerDistrict).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k}: ${v}`),
    ].join('\n') + '\n',
  );
  return 0;
}

function runExplain(p: Parsed, io: CliIo): number {
  const file = p.positional[1];
  if (!file) throw new CliError('explain needs a FILE');
  const e = loadElection(file, p.flags.has('--strict'), io);
  const o = tally(e, ruleFlag(p), tieFlag(p));
  const langFlag = p.flags.get('--lang');
  const lang = langFlag === 'en' || langFlag === 'uk' ? langFlag : 'pl';
  const voter = p.flags.get('--voter');
  if (typeof voter === 'string') {
    const v = explainVoter(e, o, voter);
    if (!v) throw new CliError(`${file}: no voter "${voter}"`);
    io.stdout(p.flags.has('--json') ? JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x instanceof Object && 'num' in x && 'den' in x ? `${x.num}/${x.den}` : x)) + '\n' : v.text[lang] + '\n');
    return 0;
  }
  let list = explainProjects(e, o);
  const project = p.flags.get('--project');
  if (typeof project === 'string') {
    list = list.filter((x) => x.projectId === project);
    if (list.length === 0) throw new CliError(`${file}: no project "${project}"`);
  }
  if (p.flags.has('--json')) io.stdout(JSON.stringify(list) + '\n');
  else for (const x of list) io.stdout(`${x.projectId}: ${x.text[lang]}\n`);
  return 0;
}

function runCheck(p: Parsed, io: CliIo): number {
  const dir = p.positional[1];
  if (!dir) throw new CliError('check needs a DIR');
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(`${dir} is not a directory`);
    files = readdirSync(dir).filter((f) => f.endsWith('.pb')).sort();
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${dir}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const json = p.flags.has('--json');
  const tie = tieFlag(p);
  const totals = { files: files.length, match: 0, tie: 0, mismatch: 0, skipped: 0 };
  const results: { file: string; result: CheckResult }[] = [];
  const t0 = Date.now();
  let lastPct = -1;
  files.forEach((f, k) => {
    let result: CheckResult;
    try {
      const e = parsePabulib(readFileSync(join(dir, f), 'utf8'), { strictBallots: false });
      result = checkElection(e, tie);
    } catch (err) {
      if (err instanceof PbParseError) result = { status: 'skipped', reason: `malformed (line ${err.line}: ${err.reason})` };
      else if (err instanceof UnsupportedOfficialRuleError) result = { status: 'skipped', reason: err.message };
      else result = { status: 'skipped', reason: `cannot read: ${(err as Error).message}` };
    }
    totals[result.status]++;
    results.push({ file: f, result });
    if (!json) {
      if (result.status === 'match') io.stdout(`match     ${f}  (${result.rule})\n`);
      else if (result.status === 'tie')
        io.stdout(`match*    ${f}  (${result.rule}): a tie between [${result.tied.map((t) => t.join(', ')).join('; ')}] was decided as in the city's ranking (file order), not by the default lower-cost tie-break\n`);
      else if (result.status === 'mismatch')
        io.stdout(`MISMATCH  ${f}  (${result.rule}): officially funded but not by us [${result.missing.join(', ')}]; funded by us but not officially [${result.extra.join(', ')}]\n`);
      else io.stdout(`skipped   ${f}  (${result.reason})\n`);
    }
    const pct = Math.floor(((k + 1) * 100) / files.length);
    if (pct !== lastPct) {
      lastPct = pct;
      const bar = '#'.repeat(Math.floor(pct / 4)).padEnd(25, '.');
      io.stderr(`\r[${bar}] ${pct}% ${k + 1}/${files.length}`);
    }
  });
  if (files.length > 0) io.stderr('\n');
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (json) io.stdout(JSON.stringify({ totals, seconds: Number(secs), results }) + '\n');
  else
    io.stdout(
      `total ${totals.files} files: ${totals.match + totals.tie} match (${totals.tie} of them only with the city's tie-break, marked *), ${totals.mismatch} mismatch, ${totals.skipped} skipped (${secs} s)\n`
    );
  return totals.mismatch > 0 ? 1 : 0;
}

const defaultIo: CliIo = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
let pipeGuard = false;

/** Runs `decydujemy pb ARGS`; returns the exit code. */
export async function runPbCli(args: string[], io: CliIo = defaultIo): Promise<number> {
  if (io === defaultIo && !pipeGuard) {
    // `decydujemy pb tally ... | head` closes the pipe early: that is not an error.
    pipeGuard = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
  try {
    const p = parseArgs(args);
    const cmd = p.positional[0];
    switch (cmd) {
      case 'tally':
        return runTally(p, io);
      case 'check':
        return runCheck(p, io);
      case 'metrics':
        return runMetrics(p, io);
      case 'explain':
        return runExplain(p, io);
      case undefined:
      case 'help':
      case '--help':
        io.stdout(pbHelp);
        return cmd === undefined ? 2 : 0;
      default:
        if (p.flags.has('--help')) {
          io.stdout(pbHelp);
          return 0;
        }
        throw new CliError(`unknown command "${cmd}" (try: decydujemy pb help)`);
    }
  } catch (err) {
    if (err instanceof CliError || err instanceof UnknownRuleError || err instanceof UnsupportedOfficialRuleError || err instanceof MissingRuleParameterError) {
      const hint = err instanceof UnsupportedOfficialRuleError ? ' (choose a rule with --rule)' : '';
      io.stderr(`decydujemy pb: ${err.message}${hint}\n`);
      return 2;
    }
    io.stderr(`decydujemy pb: internal error: ${(err as Error).message ?? String(err)}\n`);
    return 2;
  }
}
