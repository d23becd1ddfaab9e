import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePabulib, PbParseError } from './parse.ts';
import { writePabulib } from './write.ts';
import type { Election } from '../model.ts';
import { electionText } from '../testkit.ts';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

const SMALL = `META
key;value
description;Test
budget;1000
vote_type;approval
rule;greedy
max_length;2
PROJECTS
project_id;cost;votes;name;selected
a;600;2;"Park; with ""trees""";1
b;500.50;2;Bench;0
VOTES
voter_id;vote
1;a,b
2;a
3;b
`;

function errorOf(text: string): PbParseError {
  try {
    parsePabulib(text);
  } catch (e) {
    if (e instanceof PbParseError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

/** The parts of an election that define it (for round-trip comparisons). */
function essence(e: Election) {
  return {
    meta: e.meta,
    voteType: e.voteType,
    budget: e.budget,
    scale: e.moneyScale,
    projects: e.projects.map((p) => ({ id: p.id, cost: p.cost, fields: p.fields })),
    voters: e.voters.map((v) => ({ id: v.id, projects: v.projects, points: v.points, extra: v.extra })),
    extra: e.voterExtraColumns,
  };
}

describe('parsePabulib', () => {
  it('reads META, PROJECTS and VOTES with quoted fields and exact decimal costs', () => {
    const e = parsePabulib(SMALL);
    expect(e.meta['description']).toBe('Test');
    expect(e.voteType).toBe('approval');
    // 500.50 needs one decimal: money is held in tenths
    expect(e.moneyScale).toBe(10n);
    expect(e.budget).toBe(10000n);
    expect(e.projects.map((p) => [p.id, p.cost])).toEqual([
      ['a', 6000n],
      ['b', 5005n],
    ]);
    expect(e.projects[0]!.fields['name']).toBe('Park; with "trees"');
    expect(e.voters.map((v) => v.projects)).toEqual([[0, 1], [0], [1]]);
  });

  it('accepts a BOM and CRLF line endings', () => {
    const e = parsePabulib('\ufeff' + SMALL.replace(/\n/g, '\r\n'));
    expect(essence(e)).toEqual(essence(parsePabulib(SMALL)));
  });

  it('treats a quote inside an unquoted field as a literal character (as Python csv does)', () => {
    const e = parsePabulib(SMALL.replace('b;500.50;2;Bench;0', 'b;500.50;2;Konkurs " NA OGRÓD;0'));
    expect(e.projects[1]!.fields['name']).toBe('Konkurs " NA OGRÓD');
  });

  it('keeps a quoted field that spans lines and counts lines correctly after it', () => {
    const text = SMALL.replace('Bench', '"Bench\nover two lines"').replace('3;b', '3;c');
    const err = errorOf(text);
    expect(err.line).toBe(17);
    expect(err.reason).toMatch(/unknown project "c"/);
  });

  it.each([
    ['a missing section', SMALL.slice(0, SMALL.indexOf('VOTES')), /missing section VOTES/],
    ['a vote for an unknown project', SMALL.replace('2;a\n', '2;z\n'), /line 15: .*unknown project "z"/],
    ['a duplicate voter', SMALL.replace('3;b', '2;b'), /line 16: duplicate voter "2"/],
    ['a vote longer than max_length', SMALL.replace('max_length;2', 'max_length;1'), /line 14: .*At most 1 projects/],
    ['a non-numeric cost', SMALL.replace('500.50', '5OO'), /line 11: cost "5OO"/],
    ['a missing budget', SMALL.replace('budget;1000\n', ''), /META has no budget/],
    ['a duplicate project', SMALL.replace('b;500.50', 'a;500.50'), /line 11: duplicate project "a"/],
    ['an unknown vote type', SMALL.replace('vote_type;approval', 'vote_type;lottery'), /line 5: unknown vote_type/],
    ['cumulative ballots without points', SMALL.replace('vote_type;approval', 'vote_type;cumulative'), /need a points column/],
    ['a row with too few fields', SMALL.replace('a;600;2;', 'a;600;'), /line 10: project row has 4 fields/],
  ])('refuses %s with the line and the reason', (_name, text, message) => {
    expect(errorOf(text).message).toMatch(message);
  });

  it('keeps ballots that break the limits in lenient mode and reports them', () => {
    const warnings: number[] = [];
    const e = parsePabulib(SMALL.replace('max_length;2', 'max_length;1'), { strictBallots: false, onWarning: (line) => warnings.push(line) });
    expect(warnings).toEqual([14]);
    expect(e.voters).toHaveLength(3);
  });

  it('checks points ballots against min/max points and their sum', () => {
    const text = electionText({
      budget: 10,
      voteType: 'cumulative',
      projects: [['a', 5], ['b', 5]],
      votes: [[['a', 'b'], [2, 2]]],
      meta: { max_sum_points: '3' },
    });
    expect(errorOf(text).reason).toMatch(/At most 3 points/);
  });
});

describe('round trip: parse → write → parse gives the same election', () => {
  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.pb')))('%s', (f) => {
    const e = parsePabulib(readFileSync(fixtures + f, 'utf8'), { strictBallots: false });
    const again = parsePabulib(writePabulib(e), { strictBallots: false });
    expect(essence(again)).toEqual(essence(e));
  });

  it('holds for generated elections with awkward text', () => {
    const text = fc.string({ maxLength: 12 }).filter((s) => s.trim() === s && !s.includes('\r'));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 99 }), text), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(fc.nat(5), { maxLength: 4 }), { maxLength: 8 }),
        (projects, ballots) => {
          const spec = {
            budget: '5000.5',
            projects: projects.map(([c, cents, name], k) => [`p${k}`, `${c}.${String(cents).padStart(2, '0')}`, { name }] as const),
            votes: ballots.map((b) => [...new Set(b.map((k) => `p${k % projects.length}`))]).filter((b) => b.length > 0),
          };
          const e = parsePabulib(electionText(spec));
          expect(essence(parsePabulib(writePabulib(e)))).toEqual(essence(e));
        },
      ),
      { numRuns: 200 },
    );
  });
});
