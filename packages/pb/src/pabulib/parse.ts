/**
 * Reader for Pabulib `.pb` files (pabulib.org/format): META, PROJECTS and VOTES sections,
 * `;`-separated with `"` quoting (a quoted field may hold `;`, `""` and line breaks),
 * UTF-8 with or without BOM, LF or CRLF.
 *
 * A malformed file is refused with a `PbParseError` naming the line and the reason.
 */
import { ballotRulesOf, parseMoney, validateBallot } from '../ballot.ts';
import { VOTE_TYPES, type Election, type Project, type Voter, type VoteType } from '../model.ts';

export class PbParseError extends Error {
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = 'PbParseError';
    this.line = line;
    this.reason = reason;
  }
}

export interface ParseOptions {
  /**
   * Check every ballot against the META limits (length, points, sum of cost) and refuse the
   * file on the first broken one. Default true. Real files occasionally hold a few ballots that
   * break their own limits (see the README); `false` keeps them and reports them through
   * `onWarning` instead.
   */
  strictBallots?: boolean;
  onWarning?: (line: number, message: string) => void;
}

interface Row {
  line: number;
  /** Fields; for a line without quotes they are split on first use (see `cellsOf`). */
  cells: string[] | null;
  /** The line itself (without CR) when it holds no quote. */
  raw: string | null;
  /** For a VOTES line without quotes (read into a reused row): its place in the text, not cut out. */
  from: number;
  to: number;
}

function cellsOf(r: Row): string[] {
  if (r.cells === null) r.cells = r.raw!.split(';');
  return r.cells;
}

/**
 * Splits the text into records. Quoting follows Python's csv module (which pabutools uses): a
 * `"` opens a quoted field only at the start of a field, `""` inside it is a literal quote, and
 * a quoted field may run over line breaks. A stray `"` inside an unquoted field is literal.
 * Empty lines are skipped.
 */
function records(text: string): { next: (reuse?: Row) => Row | null } {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  const len = text.length;
  let nextQuote = text.indexOf('"', pos);
  const next = (reuse?: Row): Row | null => {
  while (pos < len) {
    line++;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = len;
    const startLine = line;
    // Position of the next quote anywhere ahead, searched once and reused (keeps the scan linear).
    if (nextQuote >= 0 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    if (nextQuote < 0 || nextQuote > end) {
      const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const from = pos;
      pos = end + 1;
      if (stop === from || (text.charCodeAt(from) <= 32 && text.slice(from, stop).trim() === '')) continue;
      if (reuse) {
        reuse.line = startLine;
        reuse.cells = null;
        reuse.raw = null;
        reuse.from = from;
        reuse.to = stop;
        return reuse;
      }
      return { line: startLine, cells: null, raw: text.slice(from, stop), from: -1, to: -1 };
    }
    // Character scan with quote state; may consume further physical lines.
    const cells: string[] = [];
    let cur = '';
    let inQ = false;
    let atFieldStart = true;
    let i = pos;
    for (;;) {
      if (i >= len) {
        if (inQ) throw new PbParseError(startLine, 'unterminated quoted field');
        break;
      }
      const ch = text[i]!;
      if (inQ) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            cur += '"';
            i += 2;
            continue;
          }
          inQ = false;
          i++;
          continue;
        }
        if (ch === '\n') line++;
        if (ch === '\r' && text[i + 1] === '\n') {
          i++;
          continue;
        }
        cur += ch;
        i++;
        continue;
      }
      if (ch === '\n') break;
      if (ch === '\r' && (i + 1 >= len || text[i + 1] === '\n')) {
        i++;
        continue;
      }
      if (ch === ';') {
        cells.push(cur);
        cur = '';
        atFieldStart = true;
        i++;
        continue;
      }
      if (ch === '"' && atFieldStart) {
        inQ = true;
        atFieldStart = false;
        i++;
        continue;
      }
      atFieldStart = false;
      cur += ch;
      i++;
    }
    cells.push(cur);
    pos = i + 1;
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    return { line: startLine, cells, raw: null, from: -1, to: -1 };
  }
  return null;
  };
  return { next };
}

function decimalsOf(text: string): number {
  const m = /[.,](\d*?)0*\s*$/.exec(text);
  return m ? (m[1] ?? '').length : 0;
}

const SECTION_NAMES = new Set(['META', 'PROJECTS', 'VOTES']);

/**
 * A voter read from a file. The extra columns (age, sex, ...) are cut out of the line only when
 * asked for: counting never needs them, and that keeps parsing of 100k-ballot files fast.
 */
class ParsedVoter implements Voter {
  constructor(
    public id: string,
    public projects: number[],
    public points: number[] | null,
    /** the file's text (the line is src[from, to)) or the line's fields */
    private readonly src: string | string[],
    private readonly from: number,
    private readonly to: number,
    private readonly extraCols: readonly number[],
  ) {}
  get extra(): string[] {
    if (this.extraCols.length === 0) return [];
    const cells = typeof this.src === 'string' ? this.src.slice(this.from, this.to).split(';') : this.src;
    return this.extraCols.map((c) => cells[c]!);
  }
}
const EMPTY_IDS: string[] = [];

/** canonicalInt of text[from, to), without cutting it out. */
function canonicalIntAt(text: string, from: number, to: number): number {
  const n = to - from;
  if (n <= 0 || n > 15 || (n > 1 && text.charCodeAt(from) === 48)) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** The value of a plain decimal integer text ("0", "4711", no sign, no leading zero), else -1. */
function canonicalInt(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15 || (n > 1 && s.charCodeAt(0) === 48)) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Reads "12,7,301" as project indices when every id is a plain decimal number; returns null
 * (the caller falls back to the general path, which also produces the error message) on
 * anything unusual: spaces, signs, leading zeros, unknown ids.
 */
const voteScratch: number[] = [];

function parseNumericVote(text: string, from: number, to: number, ids: Map<number, number>): number[] | null {
  // Collected in a reused array, then copied out at its exact size (a growing array would keep
  // room for 17 entries per voter: tens of megabytes for a large file).
  const out = voteScratch;
  out.length = 0;
  if (to <= from) return null;
  let v = 0;
  let digits = 0;
  let lead0 = false;
  for (let i = from; i <= to; i++) {
    const ch = i < to ? text.charCodeAt(i) : 44;
    if (ch === 44) {
      if (digits === 0 || (lead0 && digits > 1)) return null;
      const j = ids.get(v);
      if (j === undefined) return null;
      out.push(j);
      v = 0;
      digits = 0;
      lead0 = false;
    } else if (ch >= 48 && ch <= 57) {
      if (digits === 0 && ch === 48) lead0 = true;
      v = v * 10 + (ch - 48);
      digits++;
      if (digits > 15) return null;
    } else return null;
  }
  return out.slice();
}

/** Parses the text of a `.pb` file. Throws `PbParseError` with the line number on malformed input. */
export function parsePabulib(text: string, options: ParseOptions = {}): Election {
  const strict = options.strictBallots ?? true;
  const sections = new Map<string, { headerLine: number; header: string[]; rows: Row[] }>();
  let current: { headerLine: number; header: string[]; rows: Row[] } | null = null;
  let expectHeader = false;
  let lastLine = 0;
  // META and PROJECTS are buffered; VOTES rows are handled as they stream by (the format puts
  // VOTES last), which keeps memory flat on files with ~100k ballots.
  const it = records(text);
  let votesHeaderLine = 0;
  let votesHeader: string[] = [];
  for (;;) {
    const row = it.next();
    if (row === null) break;
    lastLine = row.line;
    const first = (cellsOf(row)[0] ?? '').trim();
    if (cellsOf(row).length === 1 && SECTION_NAMES.has(first.toUpperCase())) {
      const name = first.toUpperCase();
      if (sections.has(name)) throw new PbParseError(row.line, `section ${name} appears twice`);
      if (name === 'VOTES') {
        if (!sections.has('META')) throw new PbParseError(row.line, 'missing section META before VOTES');
        if (!sections.has('PROJECTS')) throw new PbParseError(row.line, 'missing section PROJECTS before VOTES');
        const h = it.next();
        if (h === null) throw new PbParseError(row.line + 1, 'section VOTES has no header line');
        votesHeaderLine = h.line;
        votesHeader = cellsOf(h).map((c) => c.trim());
        lastLine = h.line;
        break;
      }
      current = { headerLine: 0, header: [], rows: [] };
      sections.set(name, current);
      expectHeader = true;
      continue;
    }
    if (current === null) throw new PbParseError(row.line, 'text before the META section');
    if (expectHeader) {
      current.headerLine = row.line;
      current.header = cellsOf(row).map((c) => c.trim());
      expectHeader = false;
      continue;
    }
    current.rows.push(row);
  }
  for (const name of ['META', 'PROJECTS']) {
    if (!sections.has(name)) throw new PbParseError(lastLine + 1, `missing section ${name}`);
    if (sections.get(name)!.header.length === 0) throw new PbParseError(lastLine + 1, `section ${name} has no header line`);
  }
  if (votesHeaderLine === 0) throw new PbParseError(lastLine + 1, 'missing section VOTES');

  // META
  const metaSec = sections.get('META')!;
  const meta: Record<string, string> = {};
  const metaLine: Record<string, number> = {};
  for (const r of metaSec.rows) {
    const key = (cellsOf(r)[0] ?? '').trim();
    if (cellsOf(r).length < 2) throw new PbParseError(r.line, `META entry "${key}" has no value`);
    if (key in meta) throw new PbParseError(r.line, `META key "${key}" appears twice`);
    meta[key] = cellsOf(r).slice(1).join(';').trim();
    metaLine[key] = r.line;
  }
  if (meta['budget'] === undefined || meta['budget'] === '') throw new PbParseError(metaSec.headerLine, 'META has no budget');
  const vt = (meta['vote_type'] ?? '').trim();
  if (vt === '') throw new PbParseError(metaSec.headerLine, 'META has no vote_type');
  if (!(VOTE_TYPES as readonly string[]).includes(vt)) throw new PbParseError(metaLine['vote_type']!, `unknown vote_type "${vt}"`);
  const voteType = vt as VoteType;

  // PROJECTS
  const projSec = sections.get('PROJECTS')!;
  const pHeader = projSec.header;
  const idCol = pHeader.indexOf('project_id');
  const costCol = pHeader.indexOf('cost');
  if (idCol < 0) throw new PbParseError(projSec.headerLine, 'PROJECTS header has no project_id column');
  if (costCol < 0) throw new PbParseError(projSec.headerLine, 'PROJECTS header has no cost column');
  let decimals = decimalsOf(meta['budget']);
  for (const key of ['max_sum_cost', 'min_sum_cost']) if (meta[key]) decimals = Math.max(decimals, decimalsOf(meta[key]));
  for (const r of projSec.rows) decimals = Math.max(decimals, decimalsOf(cellsOf(r)[costCol] ?? ''));
  const moneyScale = 10n ** BigInt(decimals);
  const budget = parseMoney(meta['budget'], moneyScale);
  if (budget === null || budget < 0n) throw new PbParseError(metaLine['budget']!, `budget "${meta['budget']}" is not a number`);

  const projects: Project[] = [];
  const projectIndex = new Map<string, number>();
  for (const r of projSec.rows) {
    if (cellsOf(r).length !== pHeader.length)
      throw new PbParseError(r.line, `project row has ${cellsOf(r).length} fields, the header has ${pHeader.length}`);
    const id = cellsOf(r)[idCol]!.trim();
    if (id === '') throw new PbParseError(r.line, 'project with an empty project_id');
    if (projectIndex.has(id)) throw new PbParseError(r.line, `duplicate project "${id}"`);
    const costText = cellsOf(r)[costCol]!.trim();
    const cost = parseMoney(costText, moneyScale);
    if (cost === null) throw new PbParseError(r.line, `cost "${costText}" of project "${id}" is not a number`);
    if (cost < 0n) throw new PbParseError(r.line, `cost of project "${id}" is negative`);
    const fields: Record<string, string> = {};
    for (let c = 0; c < pHeader.length; c++) fields[pHeader[c]!] = cellsOf(r)[c]!;
    fields['project_id'] = id;
    fields['cost'] = costText;
    projectIndex.set(id, projects.length);
    projects.push({ id, cost, fields });
  }

  // VOTES
  const vHeader = votesHeader;
  const voteSec = { headerLine: votesHeaderLine };
  const vIdCol = vHeader.indexOf('voter_id');
  const voteCol = vHeader.indexOf('vote');
  const pointsCol = vHeader.indexOf('points');
  if (vIdCol < 0) throw new PbParseError(voteSec.headerLine, 'VOTES header has no voter_id column');
  if (voteCol < 0) throw new PbParseError(voteSec.headerLine, 'VOTES header has no vote column');
  if ((voteType === 'cumulative' || voteType === 'scoring') && pointsCol < 0)
    throw new PbParseError(voteSec.headerLine, `${voteType} ballots need a points column`);
  const extraCols: number[] = [];
  for (let c = 0; c < vHeader.length; c++) if (c !== vIdCol && c !== voteCol && c !== pointsCol) extraCols.push(c);
  const voterExtraColumns = extraCols.map((c) => vHeader[c]!);

  const election: Election = {
    meta,
    voteType,
    moneyScale,
    budget,
    projects,
    projectColumns: pHeader,
    voters: [],
    voterExtraColumns,
    hasPointsColumn: pointsCol >= 0,
    projectIndex,
  };
  const rules = ballotRulesOf(election);
  const checkCost = rules.minSumCost !== undefined || rules.maxSumCost !== undefined;
  // Points are always checked for being whole numbers, so this is on whenever points exist.
  const checkPoints = true;
  // Fast path for the common case of project ids that are plain decimal numbers: ballots are
  // read digit by digit without creating a string per id.
  let numericIds: Map<number, number> | null = new Map();
  for (let j = 0; j < projects.length; j++) {
    const pid = projects[j]!.id;
    if (!/^(0|[1-9]\d{0,14})$/.test(pid)) {
      numericIds = null;
      break;
    }
    numericIds.set(Number(pid), j);
  }
  let seenVoters: Set<string> | null = null;
  let idNums = new Float64Array(1024);
  let idCount = 0;
  let voterLines = new Int32Array(1024);
  const rowBuf: Row = { line: 0, cells: null, raw: null, from: -1, to: -1 }; // reused: VOTES rows are not kept
  const starts = new Int32Array(vHeader.length + 1);
  const voters = election.voters;
  const nCols = vHeader.length;
  for (;;) {
    const r = it.next(rowBuf);
    if (r === null) break;
    // Quote-free lines (nearly all) are cut at the separators without splitting them whole.
    let id = '';
    let idFrom = -1;
    let idTo = -1;
    let voteSrc: string;
    let voteFrom: number;
    let voteTo: number;
    let pointsText = '';
    let src: string | string[];
    let srcFrom = 0;
    let srcTo = 0;
    if (r.from >= 0) {
      // The line is text[from, to): fields are located in the text, only the id (and points) cut out.
      const from = r.from;
      const to = r.to;
      starts[0] = from;
      let count = 1;
      let pos = from;
      for (;;) {
        const q = text.indexOf(';', pos);
        if (q < 0 || q >= to) break;
        if (count <= nCols) starts[count] = q + 1;
        count++;
        pos = q + 1;
      }
      if (count === 1 && SECTION_NAMES.has(text.slice(from, to).trim().toUpperCase()))
        throw new PbParseError(r.line, `section ${text.slice(from, to).trim()} after VOTES (VOTES must be the last section)`);
      if (count !== nCols) throw new PbParseError(r.line, `vote row has ${count} fields, the header has ${nCols}`);
      const fieldEnd = (c: number) => (c + 1 < nCols ? starts[c + 1]! - 1 : to);
      idFrom = starts[vIdCol]!;
      idTo = fieldEnd(vIdCol);
      voteFrom = starts[voteCol]!;
      voteTo = fieldEnd(voteCol);
      voteSrc = text;
      if (pointsCol >= 0) pointsText = text.slice(starts[pointsCol]!, fieldEnd(pointsCol));
      src = text;
      srcFrom = from;
      srcTo = to;
    } else {
      const cells = cellsOf(r);
      if (cells.length === 1 && SECTION_NAMES.has((cells[0] ?? '').trim().toUpperCase()))
        throw new PbParseError(r.line, `section ${(cells[0] ?? '').trim()} after VOTES (VOTES must be the last section)`);
      if (cells.length !== nCols) throw new PbParseError(r.line, `vote row has ${cells.length} fields, the header has ${nCols}`);
      id = cells[vIdCol]!;
      voteSrc = cells[voteCol]!;
      voteFrom = 0;
      voteTo = voteSrc.length;
      if (pointsCol >= 0) pointsText = cells[pointsCol]!;
      src = cells;
    }
    // Duplicate voters: plain decimal ids (nearly all files) are read as numbers straight from
    // the text and checked once at the end (sorting numbers is much cheaper than hashing 100k
    // strings); other ids go through a Set.
    let num = -1;
    if (idFrom >= 0) {
      if (seenVoters === null) num = canonicalIntAt(text, idFrom, idTo);
      if (num < 0) id = text.slice(idFrom, idTo);
    }
    if (num < 0) {
      if (id.length === 0 || id.charCodeAt(0) <= 32 || id.charCodeAt(id.length - 1) <= 32) id = id.trim();
      if (id === '') throw new PbParseError(r.line, 'vote with an empty voter_id');
      if (seenVoters === null) num = canonicalInt(id);
    } else id = '';
    if (num >= 0) {
      if (idCount === idNums.length) {
        const bigger = new Float64Array(idNums.length * 2);
        bigger.set(idNums);
        idNums = bigger;
      }
      idNums[idCount++] = num;
    } else {
      if (seenVoters === null) {
        seenVoters = new Set<string>();
        voters.forEach((v, k) => {
          if (seenVoters!.has(v.id)) throw new PbParseError(voterLines[k]!, `duplicate voter "${v.id}"`);
          seenVoters!.add(v.id);
        });
      }
      if (seenVoters.has(id)) throw new PbParseError(r.line, `duplicate voter "${id}"`);
      seenVoters.add(id);
    }
    const idText = () => (id !== '' ? id : String(num)); // for messages
    voterLines[voters.length] = r.line;
    let idx: number[] | null = numericIds === null ? null : parseNumericVote(voteSrc, voteFrom, voteTo, numericIds);
    let ids: string[];
    if (idx !== null) ids = EMPTY_IDS;
    else {
      const t = voteSrc.slice(voteFrom, voteTo).trim();
      ids = t === '' ? [] : t.split(',');
      idx = new Array(ids.length);
      for (let k = 0; k < ids.length; k++) {
        const pid = ids[k]!.trim();
        const j = projectIndex.get(pid);
        if (j === undefined) throw new PbParseError(r.line, `vote of voter "${idText()}" names unknown project "${pid}"`);
        idx[k] = j;
      }
    }
    const nEntries = idx.length;
    const idsOf = () => (ids === EMPTY_IDS ? idx!.map((j) => projects[j]!.id) : ids.map((x) => x.trim()));
    let points: number[] | null = null; // reassigned when lenient mode drops duplicates
    if (pointsCol >= 0) {
      const pt = pointsText.trim();
      const parts = pt === '' ? [] : pt.split(',');
      if (parts.length !== nEntries)
        throw new PbParseError(r.line, `voter "${idText()}" has ${nEntries} projects but ${parts.length} point values`);
      points = new Array(parts.length);
      for (let k = 0; k < parts.length; k++) {
        const v = Number(parts[k]);
        if (parts[k]!.trim() === '' || !Number.isFinite(v)) throw new PbParseError(r.line, `points "${parts[k]}" of voter "${idText()}" is not a number`);
        points[k] = v;
      }
    }
    // Cheap inline test first; the full (message-producing) check only runs for suspicious ballots.
    let suspicious = false;
    const n = idx.length;
    if (n === 0 || (rules.minLength !== undefined && n < rules.minLength) || (rules.maxLength !== undefined && n > rules.maxLength)) suspicious = true;
    else if (voteType === 'choose-1' && n > 1) suspicious = true;
    else {
      for (let a = 1; a < n && !suspicious; a++) for (let b = 0; b < a; b++) if (idx[a] === idx[b]) { suspicious = true; break; }
      if (!suspicious && checkCost) {
        let sum = 0n;
        for (let k = 0; k < n; k++) sum += projects[idx[k]!]!.cost;
        if ((rules.minSumCost !== undefined && sum < rules.minSumCost) || (rules.maxSumCost !== undefined && sum > rules.maxSumCost)) suspicious = true;
      }
      if (!suspicious && points !== null && checkPoints) {
        let sum = 0;
        for (const p of points) {
          if (!Number.isInteger(p) || (rules.minPoints !== undefined && p < rules.minPoints) || (rules.maxPoints !== undefined && p > rules.maxPoints)) suspicious = true;
          sum += p;
        }
        if ((rules.minSumPoints !== undefined && sum < rules.minSumPoints) || (rules.maxSumPoints !== undefined && sum > rules.maxSumPoints)) suspicious = true;
      }
    }
    if (suspicious) {
      const problems = validateBallot(rules, { projects: idsOf(), ...(points ? { points } : {}) });
      if (problems.length > 0) {
        const msg = `vote of voter "${idText()}" breaks the rules: ${problems.map((p) => p.message).join(' ')}`;
        if (strict) throw new PbParseError(r.line, msg);
        options.onWarning?.(r.line, msg);
        // Lenient mode: a project named twice counts once (the first entry is kept).
        if (problems.some((p) => p.code === 'duplicate-project')) {
          const keep: number[] = [];
          const seen = new Set<number>();
          idx.forEach((j, k) => {
            if (!seen.has(j)) {
              seen.add(j);
              keep.push(k);
            }
          });
          const old = idx;
          idx = keep.map((k) => old[k]!);
          points = points ? keep.map((k) => points![k]!) : null;
        }
      }
    }
    voters.push(new ParsedVoter(id !== '' ? id : text.slice(idFrom, idTo), idx!, points, src, srcFrom, srcTo, extraCols));
  }
  if (seenVoters === null && idCount > 1) {
    const sorted = idNums.slice(0, idCount).sort();
    for (let k = 1; k < idCount; k++) {
      if (sorted[k] === sorted[k - 1]) {
        const seen = new Set<string>();
        voters.forEach((v, q) => {
          if (seen.has(v.id)) throw new PbParseError(voterLines[q]!, `duplicate voter "${v.id}"`);
          seen.add(v.id);
        });
      }
    }
  }
  return election;
}
