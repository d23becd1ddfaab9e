import { describe, expect, it } from 'vitest';
import { explainProjects, explainVoter } from './explain.ts';
import { tally } from './rules/index.ts';
import { makeElection } from './testkit.ts';

const e = makeElection({
  budget: 400,
  meta: { currency: 'PLN' },
  projects: [['x', 150], ['y', 120], ['z', 90]],
  votes: [['x', 'y'], ['x'], ['x', 'z'], ['z']],
});

describe('explanations', () => {
  it('greedy: rank and the money left at each project’s turn', () => {
    const ex = explainProjects(e, tally(e, 'greedy'));
    const x = ex.find((p) => p.projectId === 'x')!;
    expect(x).toMatchObject({ funded: true, reason: 'funded', rank: 1, remainingAtTurn: '400' });
    expect(x.text.en).toMatch(/ranked 1 with 3 votes/);
    expect(x.text.pl).toMatch(/1\. miejsce \(3 głosów\)/);
    expect(x.text.uk).toMatch(/1-е місце \(3 голосів\)/);
  });
  it('MES: the round and the price per supporter, or why the supporters could not afford it', () => {
    const ex = explainProjects(e, tally(e, 'mes'));
    expect(ex.find((p) => p.projectId === 'x')).toMatchObject({ funded: true, round: 1, paymentPerSupporter: '50.00' });
    const y = ex.find((p) => p.projectId === 'y')!;
    expect(y).toMatchObject({ funded: false, reason: 'supporters-cannot-afford', supportersMoneyLeft: '50.00' });
    // the supporters' equal shares are virtual budgets, told apart from the money left in the pool
    expect(y.voterShare).toBe('100.00');
    expect(y.text.en).toMatch(/had 50.00 PLN of their shares left together/);
    expect(y.text.en).toMatch(/not money in the pool/);
    expect(y.text.en).toMatch(/Money left in the pool: 160 PLN\./);
    expect(y.text.pl).toMatch(/zostało razem 50.00 PLN ich udziałów/);
    expect(y.text.pl).toMatch(/W puli zostało 160 PLN\./);
    expect(y.text.uk).toMatch(/залишилося 50.00 PLN їхніх часток/);
  });
  it('MES: what each voter’s share paid for', () => {
    const v = explainVoter(e, tally(e, 'mes'), '2')!;
    expect(v.share).toBe('100.00');
    expect(v.payments!.map((p) => [p.projectId, p.amountText])).toEqual([
      ['x', '50.00'],
      ['z', '45.00'],
    ]);
    expect(v.left).toBe('5.00');
    expect(v.text.en).toMatch(/Your share was 100.00 PLN/);
    expect(v.text.uk).toMatch(/Ваша частка становила 100.00 PLN/);
  });
  it('every explanation of every rule has its sentence in Polish, English and Ukrainian', () => {
    for (const rule of ['greedy', 'mes', 'mes-add1', 'phragmen'])
      for (const x of explainProjects(e, tally(e, rule))) for (const lang of ['pl', 'en', 'uk'] as const) expect(x.text[lang].length, `${rule} ${x.projectId} ${lang}`).toBeGreaterThan(10);
  });
  it('greedy: a voter sees the funded projects they supported', () => {
    expect(explainVoter(e, tally(e, 'greedy'), '3')!.fundedSupported).toEqual(['z']);
    expect(explainVoter(e, tally(e, 'greedy'), 'nobody')).toBeNull();
  });
});
