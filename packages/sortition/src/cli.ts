/**
 * `decydujemy panel ...` — select a citizens' panel, check quotas, verify a public draw.
 * Exit codes: 0 ok, 1 infeasible quotas (or a draw that does not verify), 2 bad input or usage.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { InputError } from "./input/csv.ts";
import { parseSortitionFoundation } from "./input/sortitionFoundation.ts";
import { parseReplication } from "./input/replication.ts";
import { compilePool, type Pool } from "./pool.ts";
import { checkFeasibility, describeRelaxation } from "./feasibility.ts";
import { InfeasibleQuotasError, selectPanel, type SelectionResult, type SelectProgress } from "./select.ts";
import { checkLottery, DrawError, verifyDraw, type PublishedLottery } from "./draw.ts";
import { pct } from "./report.ts";

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const panelHelp = `decydujemy panel — citizens' panel selection (LEXIMIN-fair lotteries, public draws)

Usage:
  decydujemy panel select --features F --people P --k K [options]
  decydujemy panel select --categories C --respondents R --k K [options]
  decydujemy panel check-feasible (same inputs)
  decydujemy panel verify --lottery L.json --seed S [--dice 3,6,1]

Inputs:
  --features F          Sortition Foundation quotas: feature,value,min,max[,min_flex,max_flex]
  --people P            people CSV: id column, one column per feature, address columns
  --id-column C         id column (default: "id" when present, else the first column)
  --address-columns A,B one person per household (default: "address" when present, else
                        "primary_address1,primary_zip" when present, else none; "" = none)
  --categories C        Nature replication quotas: category,feature,min,max
  --respondents R       one row per volunteer; ids are 0-based row indices
  --k K                 panel size (required: neither format carries it)

Options:
  --algorithm A         leximin (default) or legacy (Sortition Foundation greedy, for comparison)
  --panels M            panels in the published uniform lottery (default 1000)
  --seed S              seed revealed at the draw (default: a fresh random seed, reported)
  --dice D1,D2,...      dice rolled live, mixed into the pick
  --reserves N          length of the ordered reserve list (default 0)
  --max-mips N          LEXIMIN work budget in pricing integer programs (default 100000); when
                        spent the best answer so far is returned. A count, not a clock: the same
                        inputs give the same lottery on any machine, however busy
  --legacy-runs N       draws used to estimate LEGACY's probabilities (default 2000)
  --publish FILE        write the publishable lottery (JSON) to FILE
  --json                machine-readable output on stdout
`;

class UsageError extends Error {}

interface Parsed {
  command: string;
  flags: Map<string, string>;
  bools: Set<string>;
}

const BOOL_FLAGS = new Set(["json", "help"]);

function parseArgs(args: string[]): Parsed {
  const [command = "help", ...rest] = args;
  const flags = new Map<string, string>();
  const bools = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith("--")) throw new UsageError(`unexpected argument "${a}"`);
    const eq = a.indexOf("=");
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (BOOL_FLAGS.has(name)) {
      bools.add(name);
      continue;
    }
    const value = eq >= 0 ? a.slice(eq + 1) : rest[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  return { command, flags, bools };
}

function intFlag(p: Parsed, name: string, min: number): number | undefined {
  const raw = p.flags.get(name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return Number(raw);
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new InputError(file, undefined, undefined, code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? "error"})`);
  }
}

function loadPool(p: Parsed): Pool {
  const k = intFlag(p, "k", 1);
  if (p.flags.has("categories") || p.flags.has("respondents")) {
    const c = p.flags.get("categories");
    const r = p.flags.get("respondents");
    if (!c || !r) throw new UsageError("the replication format needs both --categories and --respondents");
    if (k === undefined) throw new UsageError("--k is required: categories.csv/respondents.csv do not carry the panel size");
    return parseReplication({ categoriesText: readText(c), categoriesFile: c, respondentsText: readText(r), respondentsFile: r, k });
  }
  const f = p.flags.get("features");
  const ppl = p.flags.get("people");
  if (!f || !ppl) throw new UsageError("give --features and --people (or --categories and --respondents)");
  if (k === undefined) throw new UsageError("--k is required: the features and people files do not carry the panel size");
  const addr = p.flags.get("address-columns");
  return parseSortitionFoundation({
    featuresText: readText(f),
    featuresFile: f,
    peopleText: readText(ppl),
    peopleFile: ppl,
    idColumn: p.flags.get("id-column"),
    addressColumns: addr === undefined ? undefined : addr.split(",").map((s) => s.trim()).filter((s) => s !== ""),
    k,
  });
}

function progressBar(io: CliIo): (p: SelectProgress) => void {
  const tty = io.stderr === defaultIo.stderr && Boolean(process.stderr.isTTY);
  let last = "";
  let lastTime = 0;
  return (p) => {
    const width = 30;
    const filled = Math.round(width * Math.min(1, Math.max(0, p.fraction)));
    const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.round(100 * p.fraction)}% ${p.phase}`;
    const now = Date.now();
    if (line === last || (now - lastTime < 200 && p.fraction < 1)) return;
    last = line;
    lastTime = now;
    io.stderr(tty ? `\r${line.padEnd(100)}${p.fraction >= 1 ? "\n" : ""}` : `${line}\n`);
  };
}

function textReport(r: SelectionResult): string {
  const out: string[] = [];
  out.push(`Algorithm: ${r.algorithm}${r.algorithm === "leximin" ? (r.exact ? " (exact)" : " (work limit reached: best answer so far)") : ""}`);
  out.push(`Pool: ${r.n} volunteers, panel of ${r.k}`);
  out.push(`Selection probabilities: min ${pct(r.stats.min, 3)}, max ${pct(r.stats.max, 3)}, mean ${pct(r.stats.mean, 3)}, Gini ${r.stats.gini.toFixed(4)}, geometric mean ${pct(r.stats.geometricMean, 3)}`);
  if (r.maximin !== null) out.push(`Proven optimal minimum probability (maximin): ${pct(r.maximin, 4)}`);
  if (r.legacy) out.push(`LEGACY estimate from ${r.legacy.runs} draws (${r.legacy.failures} failed attempts), ±${pct(r.legacy.confidenceHalfWidth, 2)} (95 %, simultaneous)`);
  if (r.distribution.panels.length > 0) out.push(`Distribution: ${r.distribution.panels.length} panels in the support`);
  out.push(`Quota check: ${r.quotaCheck.panelsChecked} panels checked, ${r.quotaCheck.invalid} invalid`);
  if (r.lottery) {
    out.push(`Lottery: ${r.lottery.published.m} panels (${r.lottery.method}), largest probability change ${pct(r.lottery.maxDeviation, 3)}`);
    out.push(`Lottery hash (SHA-256): ${r.lottery.lotteryHash}`);
  }
  out.push(`Seed commitment (SHA-256 of the seed): ${r.draw.seedCommitment}`);
  out.push(`Seed: ${r.draw.seed}${r.draw.dice.length > 0 ? `; dice: ${r.draw.dice.join(",")}` : ""}`);
  if (r.draw.index !== null) out.push(`Drawn panel number: ${r.draw.index} of ${r.lottery?.published.m}`);
  out.push(`Panel (${r.panel.length}): ${r.panel.join(", ")}`);
  if (r.reserves.length > 0) out.push(`Reserves, in order: ${r.reserves.join(", ")}`);
  const lowest = [...r.ids].sort((a, b) => r.probabilities[a] - r.probabilities[b]).slice(0, 5);
  out.push(`Lowest probabilities: ${lowest.map((id) => `${id} ${pct(r.probabilities[id], 3)}`).join(", ")}`);
  out.push(`Runtime: ${(r.timings.totalMs / 1000).toFixed(2)} s (feasibility ${(r.timings.feasibilityMs / 1000).toFixed(2)} s, ${r.algorithm} ${(r.timings.algorithmMs / 1000).toFixed(2)} s, lottery ${(r.timings.lotteryMs / 1000).toFixed(2)} s)`);
  return out.join("\n") + "\n";
}

const defaultIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export async function runPanelCli(args: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const p = parseArgs(args);
    if (p.command === "help" || p.bools.has("help") || p.command === "--help") {
      io.stdout(panelHelp);
      return 0;
    }
    if (p.command === "check-feasible") {
      const pool = loadPool(p);
      const cp = compilePool(pool);
      const rep = await checkFeasibility(cp, pool);
      if (p.bools.has("json")) {
        io.stdout(JSON.stringify({ feasible: rep.feasible, conflicts: rep.conflicts, relaxation: rep.relaxation, witness: rep.witness.map((i) => cp.ids[i]) }) + "\n");
      } else if (rep.feasible) {
        io.stdout(`Feasible: a panel of ${cp.k} meeting every quota exists, e.g. ${rep.witness.map((i) => cp.ids[i]).join(", ")}\n`);
      } else {
        io.stdout(["Infeasible quotas:", ...rep.conflicts.map((c) => `  - ${c}`), ...(rep.relaxation.length > 0 ? ["Smallest relaxation:", ...describeRelaxation(rep.relaxation).map((c) => `  - ${c}`)] : [])].join("\n") + "\n");
      }
      if (!rep.feasible) io.stderr("error: the quotas cannot be met (see above)\n");
      return rep.feasible ? 0 : 1;
    }
    if (p.command === "verify") {
      const file = p.flags.get("lottery");
      const seed = p.flags.get("seed") ?? "";
      if (!file) throw new UsageError("verify needs --lottery FILE");
      let lottery: PublishedLottery;
      try {
        lottery = JSON.parse(readText(file)) as PublishedLottery;
      } catch (e) {
        if (e instanceof InputError) throw e;
        throw new InputError(file, undefined, undefined, "not valid JSON");
      }
      const dice = (p.flags.get("dice") ?? "").split(",").filter((s) => s.trim() !== "").map(Number);
      const problems = checkLottery(lottery);
      const index = verifyDraw(lottery, seed, dice);
      const result = { index, panel: lottery.panels[index - 1], lotteryValid: problems.length === 0, problems };
      io.stdout(p.bools.has("json") ? JSON.stringify(result) + "\n" : `Drawn panel number ${index} of ${lottery.m}: ${result.panel.join(", ")}\n${problems.length === 0 ? "Every panel in the lottery meets every quota." : problems.join("\n")}\n`);
      return problems.length === 0 ? 0 : 1;
    }
    if (p.command !== "select") throw new UsageError(`unknown command "${p.command}" (try: select, check-feasible, verify, help)`);
    const pool = loadPool(p);
    const algorithm = p.flags.get("algorithm") ?? "leximin";
    if (algorithm !== "leximin" && algorithm !== "legacy") throw new UsageError(`--algorithm must be leximin or legacy, got "${algorithm}"`);
    const diceRaw = p.flags.get("dice");
    const dice = diceRaw === undefined ? [] : diceRaw.split(",").map((s) => s.trim());
    if (dice.some((d) => !/^[1-9]\d*$/.test(d))) throw new UsageError(`--dice must be positive whole numbers separated by commas, got "${diceRaw}"`);
    if (p.flags.has("time-limit")) throw new UsageError("--time-limit was replaced by --max-mips (a work limit: a clock would make the lottery depend on the machine's load)");
    const result = await selectPanel(
      pool,
      {
        algorithm,
        panels: intFlag(p, "panels", 1),
        seed: p.flags.get("seed"),
        dice: dice.map(Number),
        reserves: intFlag(p, "reserves", 0),
        legacyRuns: intFlag(p, "legacy-runs", 1),
        maxPricingMips: intFlag(p, "max-mips", 1),
      },
      progressBar(io),
    );
    const publish = p.flags.get("publish");
    if (publish && result.lottery) writeFileSync(publish, JSON.stringify(result.lottery.published, null, 1) + "\n");
    if (p.bools.has("json")) {
      io.stdout(
        JSON.stringify({
          algorithm: result.algorithm,
          k: result.k,
          n: result.n,
          exact: result.exact,
          min_probability: result.minProbability,
          maximin: result.maximin,
          stats: result.stats,
          probabilities: result.probabilities,
          panel: result.panel,
          reserves: result.reserves,
          draw: result.draw,
          lottery: result.lottery ? { m: result.lottery.published.m, hash: result.lottery.lotteryHash, max_deviation: result.lottery.maxDeviation, method: result.lottery.method } : null,
          quota_check: result.quotaCheck,
          legacy: result.legacy,
          runtime_ms: result.timings.totalMs,
        }) + "\n",
      );
    } else {
      io.stdout(textReport(result));
    }
    return 0;
  } catch (e) {
    if (e instanceof InfeasibleQuotasError) {
      io.stderr(`error: ${e.message}\n`);
      return 1;
    }
    if (e instanceof DrawError) {
      io.stderr(`error: ${e.message}\n`);
      return 1;
    }
    if (e instanceof InputError) {
      io.stderr(`error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`error: ${e.message}\n\n${panelHelp}`);
      return 2;
    }
    io.stderr(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 3;
  }
}
