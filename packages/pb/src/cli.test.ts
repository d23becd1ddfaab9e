import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pbHelp, runPbCli } from './cli.ts';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runPbCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('decydujemy pb (CLI)', () => {
  it('tally --json prints the rule, the selected ids in selection order and the cost', async () => {
    const r = await run('tally', fixtures + 'Poland_Wieliczka_2023_Green_Budget.pb', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.rule).toBe('mes-add1-comparison');
    expect(j.selected).toHaveLength(30);
    expect(j.selected[0]).toBe('24');
    expect(j.cost).toBe(995079);
  });
  it('tally --rule picks another rule', async () => {
    const r = await run('tally', fixtures + 'Poland_Wieliczka_2023_Green_Budget.pb', '--rule', 'greedy', '--json');
    expect(JSON.parse(r.out).rule).toBe('greedy');
  });
  it('prints a human-readable tally', async () => {
    const r = await run('tally', fixtures + 'Netherlands_Assen_2024.pb');
    expect(r.out).toMatch(/rule mes-add1/);
    expect(r.out).toMatch(/selected \d+ projects, cost/);
  });
  it('refuses bad input with one line on stderr and exit code 2', async () => {
    const missing = await run('tally', fixtures + 'nope.pb');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^decydujemy pb: cannot read .*nope\.pb: no such file\n$/);
    const rule = await run('tally', fixtures + 'Netherlands_Assen_2024.pb', '--rule', 'dictator');
    expect(rule.code).toBe(2);
    expect(rule.err).toMatch(/unknown rule "dictator"/);
    const cmd = await run('frobnicate');
    expect(cmd.code).toBe(2);
  });
  it('names the file and line of a malformed file', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(tmpdir() + '/pb-');
    writeFileSync(dir + '/bad.pb', 'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\na;1O\nVOTES\nvoter_id;vote\n1;a\n');
    const r = await run('tally', dir + '/bad.pb');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`decydujemy pb: ${dir}/bad.pb:7: cost "1O" of project "a" is not a number\n`);
  });
  it('check reports matches, ties decided by the city, and totals, with exit code 0 when all match', async () => {
    const r = await run('check', fixtures);
    expect(r.out).toMatch(/match {5}Poland_Wieliczka_2023_Green_Budget\.pb {2}\(mes-add1-comparison\)/);
    expect(r.out).toMatch(/match\* {4}Poland_Krakow_2022_Czyzyny\.pb {2}\(greedy\): a tie between \[[^\]]*24[^\]]*\] was decided as in the city's ranking/);
    expect(r.out).toMatch(/total 8 files: 8 match \(1 of them only with the city's tie-break, marked \*\), 0 mismatch, 0 skipped/);
    expect(r.err).toMatch(/100% 8\/8/);
    expect(r.code).toBe(0);
  });
  it('check prints the differing ids of a mismatch and exits 1', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(tmpdir() + '/pb-check-');
    // Officially b was funded, but greedy by votes funds a (2 votes) and then nothing else fits.
    writeFileSync(dir + '/x.pb', 'META\nkey;value\nbudget;10\nvote_type;approval\nrule;greedy\nPROJECTS\nproject_id;cost;votes;selected\na;10;2;0\nb;10;1;1\nVOTES\nvoter_id;vote\n1;a\n2;a,b\n');
    const r = await run('check', dir);
    expect(r.out).toMatch(/MISMATCH {2}x\.pb {2}\(greedy\): officially funded but not by us \[b\]; funded by us but not officially \[a\]/);
    expect(r.out).toMatch(/total 1 files: 0 match \(0 of them only with the city's tie-break, marked \*\), 1 mismatch, 0 skipped/);
    expect(r.code).toBe(1);
  });
  it('metrics prints coverage and satisfaction', async () => {
    const r = await run('metrics', fixtures + 'Poland_Swiecie_2023.pb', '--json');
    const m = JSON.parse(r.out);
    expect(m.coverage + m.exclusionRatio).toBeCloseTo(1);
    expect(m.voters).toBeGreaterThan(0);
  });
  it('explain prints one sentence per project', async () => {
    const r = await run('explain', fixtures + 'Netherlands_Assen_2024.pb', '--lang', 'en');
    expect(r.out).toMatch(/Funded in round 1/);
  });
  it('has help text', async () => {
    expect((await run('help')).out).toBe(pbHelp);
  });
});
