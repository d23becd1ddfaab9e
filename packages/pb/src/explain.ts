/**
 * Explanations: for every project why it won or lost, for every voter what their share paid
 * for. Each explanation is data (for pages and the API) plus a Polish, an English and a
 * Ukrainian sentence.
 */
import { displayMoney, type Election } from './model.ts';
import { profileOf } from './profile.ts';
import { Rational } from './rational.ts';
import type { GreedyDetails, MesDetails, Outcome } from './rules/types.ts';

export type ProjectReason =
  | 'funded'
  | 'funded-free'
  | 'funded-by-completion'
  | 'does-not-fit'
  | 'below-threshold'
  | 'stopped'
  | 'supporters-cannot-afford'
  | 'no-supporters'
  | 'excluded'
  | 'not-selected';

export interface ProjectExplanation {
  projectId: string;
  funded: boolean;
  reason: ProjectReason;
  /** Greedy: 1-based rank in the score order. */
  rank?: number;
  score: number;
  supporters: number;
  /** Project cost (currency, exact decimal text). */
  cost: string;
  /** Greedy: money left when its turn came. */
  remainingAtTurn?: string;
  /** MES: the round in which it was funded. */
  round?: number;
  /** MES: what a supporter paid (per point for points ballots), exact decimal to 2 places. */
  paymentPerSupporter?: string;
  /** MES: supporters who paid everything they had left. */
  paidAllTheyHad?: number;
  /** MES: what its supporters had left together of their equal shares at the end (unfunded
   * projects). These are the method's virtual voter budgets (the pool divided equally among the
   * voters, raised step by step by the completion), NOT money left in the pool. */
  supportersMoneyLeft?: string;
  /** MES: each voter's equal share of the pool in the final run (raised by the completion). */
  voterShare?: string;
  /** Greedy-threshold: the minimum score. */
  threshold?: number;
  /** Greedy without skipping: the project at which counting stopped, and its rank. */
  stoppedAt?: { projectId: string; rank: number };
  /** MES: the last round after which it was still affordable (0 = never). */
  unaffordableAfterRound?: number;
  text: { en: string; pl: string; uk: string };
}

export interface VoterPayment {
  projectId: string;
  /** Amount paid (currency, exact fraction and 2-decimal text). */
  amount: Rational;
  amountText: string;
}

export interface VoterExplanation {
  voterId: string;
  /** Funded projects on this voter's ballot. */
  fundedSupported: string[];
  /** MES only: the voter's share, what it paid for, and what was left. */
  share?: string;
  payments?: VoterPayment[];
  left?: string;
  text: { en: string; pl: string; uk: string };
}

const two = (r: Rational) => r.toFixed(2);

export function explainProjects(e: Election, out: Outcome): ProjectExplanation[] {
  const p = profileOf(e);
  const cur = e.meta['currency'] ?? '';
  const m = (x: bigint) => `${displayMoney(x, e.moneyScale)}${cur ? ' ' + cur : ''}`;
  const selected = new Set(out.selected);
  const res: ProjectExplanation[] = [];
  const d = out.details;
  const steps = d.kind === 'greedy' ? new Map((d as GreedyDetails).steps.map((s) => [s.project, s])) : null;
  const rounds = d.kind === 'mes' ? new Map((d as MesDetails).rounds.map((r) => [r.project, r])) : null;
  const completion = d.kind === 'mes' ? new Set((d as MesDetails).completion ?? []) : new Set<number>();
  const free = d.kind === 'mes' ? new Set((d as MesDetails).free) : new Set<number>();
  const greedyStop = steps ? [...steps.values()].find((s) => s.decision === 'does-not-fit' && d.kind === 'greedy') : undefined;
  for (let j = 0; j < p.numProjects; j++) {
    const proj = e.projects[j]!;
    const base = { projectId: proj.id, score: p.score[j]!, supporters: p.supporterCount[j]!, cost: displayMoney(p.cost[j]!, e.moneyScale) };
    const unit = p.pointsUtility ? 'points' : 'votes';
    const unitPl = p.pointsUtility ? 'pkt' : 'głosów';
    const unitUk = p.pointsUtility ? 'балів' : 'голосів';
    if (steps) {
      const s = steps.get(j);
      if (!s) {
        res.push({ ...base, funded: false, reason: 'excluded', text: { en: `Not counted (withdrawn or outside this pool).`, pl: `Nie brał udziału w liczeniu (wycofany lub spoza tej puli).`, uk: `Не брав участі в підрахунку (відкликаний або поза цим пулом).` } });
        continue;
      }
      const at = m(s.remainingBefore);
      const common = { ...base, rank: s.rank, remainingAtTurn: displayMoney(s.remainingBefore, e.moneyScale) };
      if (s.decision === 'funded')
        res.push({ ...common, funded: true, reason: 'funded', text: { en: `Funded: ranked ${s.rank} with ${s.score} ${unit}; ${at} were left at its turn and it costs ${m(p.cost[j]!)}.`, pl: `Wybrany: ${s.rank}. miejsce (${s.score} ${unitPl}); w chwili jego kolejki zostało ${at}, kosztuje ${m(p.cost[j]!)}.`, uk: `Обраний: ${s.rank}-е місце (${s.score} ${unitUk}); коли настала його черга, залишалося ${at}, а він коштує ${m(p.cost[j]!)}.` } });
      else if (s.decision === 'does-not-fit')
        res.push({ ...common, funded: false, reason: 'does-not-fit', text: { en: `Not funded: ranked ${s.rank} with ${s.score} ${unit}, but only ${at} were left at its turn and it costs ${m(p.cost[j]!)}.`, pl: `Niewybrany: ${s.rank}. miejsce (${s.score} ${unitPl}), ale w chwili jego kolejki zostało tylko ${at}, a kosztuje ${m(p.cost[j]!)}.`, uk: `Не обраний: ${s.rank}-е місце (${s.score} ${unitUk}), але коли настала його черга, залишалося лише ${at}, а він коштує ${m(p.cost[j]!)}.` } });
      else if (s.decision === 'below-threshold')
        res.push({ ...common, funded: false, reason: 'below-threshold', threshold: (d as GreedyDetails).threshold, text: { en: `Not funded: ${s.score} ${unit} is below the required minimum of ${(d as GreedyDetails).threshold}.`, pl: `Niewybrany: ${s.score} ${unitPl} to mniej niż wymagane minimum ${(d as GreedyDetails).threshold}.`, uk: `Не обраний: ${s.score} ${unitUk} — менше за необхідний мінімум ${(d as GreedyDetails).threshold}.` } });
      else {
        const stopId = greedyStop ? e.projects[greedyStop.project]!.id : '?';
        res.push({ ...common, funded: false, reason: 'stopped', ...(greedyStop ? { stoppedAt: { projectId: stopId, rank: greedyStop.rank } } : {}), text: { en: `Not funded: counting stopped at project ${stopId}, the first that did not fit (rank ${greedyStop?.rank}).`, pl: `Niewybrany: liczenie zatrzymało się na projekcie ${stopId}, pierwszym, który się nie zmieścił (${greedyStop?.rank}. miejsce).`, uk: `Не обраний: підрахунок зупинився на проєкті ${stopId}, першому, що не вмістився (${greedyStop?.rank}-е місце).` } });
      }
      continue;
    }
    if (rounds) {
      const md = d as MesDetails;
      const r = rounds.get(j);
      if (r) {
        const pay = two(r.fullPayment);
        const per = p.pointsUtility ? ' per point' : '';
        const perPl = p.pointsUtility ? ' za punkt' : '';
        const perUk = p.pointsUtility ? ' за бал' : '';
        res.push({ ...base, funded: true, reason: 'funded', round: r.round, paymentPerSupporter: pay, paidAllTheyHad: r.paidAllTheyHad, text: {
          en: `Funded in round ${r.round}: its ${r.supporters} supporters shared the cost of ${m(p.cost[j]!)}, each paying ${pay}${per}${r.paidAllTheyHad > 0 ? `; ${r.paidAllTheyHad} of them paid all they had left` : ''}.`,
          pl: `Wybrany w rundzie ${r.round}: ${r.supporters} popierających podzieliło koszt ${m(p.cost[j]!)}, każdy płacąc ${pay}${perPl}${r.paidAllTheyHad > 0 ? `; ${r.paidAllTheyHad} z nich oddało wszystko, co im zostało` : ''}.`,
          uk: `Обраний у раунді ${r.round}: ${r.supporters} прихильників розділили вартість ${m(p.cost[j]!)}, кожен заплатив ${pay}${perUk}${r.paidAllTheyHad > 0 ? `; ${r.paidAllTheyHad} з них віддали все, що в них залишалося` : ''}.` } });
        continue;
      }
      if (free.has(j)) {
        res.push({ ...base, funded: true, reason: 'funded-free', text: { en: 'Funded: it costs nothing and has supporters.', pl: 'Wybrany: nic nie kosztuje i ma popierających.', uk: 'Обраний: нічого не коштує і має прихильників.' } });
        continue;
      }
      if (selected.has(j) && completion.has(j)) {
        res.push({ ...base, funded: true, reason: 'funded-by-completion', text: { en: `Funded by the completion step: the money left after Equal Shares was enough, taken in order of ${unit}.`, pl: `Wybrany w kroku uzupełniającym: pieniądze pozostałe po metodzie równych udziałów wystarczyły (kolejność według liczby ${unitPl}).`, uk: `Обраний на кроці доповнення: грошей, що залишилися після методу рівних часток, вистачило (у порядку кількості ${unitUk}).` } });
        continue;
      }
      if (p.supporterCount[j] === 0) {
        res.push({ ...base, funded: false, reason: 'no-supporters', text: { en: 'Not funded: nobody supported it.', pl: 'Niewybrany: nikt go nie poparł.', uk: 'Не обраний: ніхто його не підтримав.' } });
        continue;
      }
      // What its supporters had left together (summed per budget class when the run can).
      let left = Rational.ZERO;
      if (md.moneyLeft) left = md.moneyLeft(p.supporters[j]!);
      else for (const i of p.supporters[j]!) left = left.add(md.finalBudget(i));
      const costR = Rational.of(p.cost[j]!, e.moneyScale);
      const after = md.unaffordableAfterRound.get(j);
      const leftTxt = two(left);
      const share = two(md.voterBudget);
      const enough = !left.lt(costR);
      const poolLeft = m(e.budget - out.cost);
      res.push({ ...base, funded: false, reason: 'supporters-cannot-afford', supportersMoneyLeft: leftTxt, voterShare: share, ...(after !== undefined ? { unaffordableAfterRound: after } : {}), text: {
        en: `Not funded. Equal Shares gives every voter an equal share of the pool (${share}${cur ? ' ' + cur : ''} each in the final run; the completion raises the shares step by step): virtual budgets, not money in the pool. Its ${p.supporterCount[j]} supporters had ${leftTxt}${cur ? ' ' + cur : ''} of their shares left together${enough ? ' (enough, but other projects were cheaper per supporter each round)' : ''}, and it costs ${m(p.cost[j]!)}. Money left in the pool: ${poolLeft}.`,
        pl: `Niewybrany. Metoda równych udziałów daje każdemu głosującemu równy udział w puli (w ostatnim przebiegu ${share}${cur ? ' ' + cur : ''} na osobę; uzupełnianie podnosi udziały krok po kroku): to wirtualne budżety, nie pieniądze w puli. Popierającym ten projekt (liczba: ${p.supporterCount[j]}) zostało razem ${leftTxt}${cur ? ' ' + cur : ''} ich udziałów${enough ? ' (wystarczająco, ale inne projekty były w każdej rundzie tańsze na osobę)' : ''}, a projekt kosztuje ${m(p.cost[j]!)}. W puli zostało ${poolLeft}.`,
        uk: `Не обраний. Метод рівних часток дає кожному виборцю рівну частку пулу (в останньому проході ${share}${cur ? ' ' + cur : ''} на особу; доповнення підвищує частки крок за кроком): це віртуальні бюджети, а не гроші в пулі. У прихильників цього проєкту (кількість: ${p.supporterCount[j]}) разом залишилося ${leftTxt}${cur ? ' ' + cur : ''} їхніх часток${enough ? ' (достатньо, але інші проєкти в кожному раунді були дешевшими на одну особу)' : ''}, а проєкт коштує ${m(p.cost[j]!)}. У пулі залишилося ${poolLeft}.` } });
      continue;
    }
    // Phragmén
    const funded = selected.has(j);
    res.push({ ...base, funded, reason: funded ? 'funded' : 'not-selected', text: funded
      ? { en: 'Funded by sequential Phragmén: its supporters earned its cost before the others.', pl: 'Wybrany metodą Phragména: jego popierający najwcześniej „zarobili” jego koszt.', uk: 'Обраний послідовним методом Фрагмена: його прихильники найраніше «заробили» його вартість.' }
      : { en: 'Not funded by sequential Phragmén: it did not fit when its turn came, or had no supporters.', pl: 'Niewybrany metodą Phragména: nie zmieścił się w budżecie w swojej kolejce albo nie miał popierających.', uk: 'Не обраний послідовним методом Фрагмена: не вмістився в бюджет у свою чергу або не мав прихильників.' } });
  }
  return res;
}

/** What one voter's ballot led to; for MES, what their share paid for. */
export function explainVoter(e: Election, out: Outcome, voterId: string): VoterExplanation | null {
  const i = e.voters.findIndex((v) => v.id === voterId);
  if (i < 0) return null;
  const p = profileOf(e);
  const cur = e.meta['currency'] ?? '';
  const v = e.voters[i]!;
  const selected = new Set(out.selected);
  const funded = v.projects.filter((j) => selected.has(j)).map((j) => e.projects[j]!.id);
  if (out.details.kind !== 'mes') {
    return { voterId, fundedSupported: funded, text: {
      en: funded.length ? `Funded projects you supported: ${funded.join(', ')}.` : 'None of the projects you supported was funded.',
      pl: funded.length ? `Wybrane projekty, które poparłeś/poparłaś: ${funded.join(', ')}.` : 'Żaden z popartych przez Ciebie projektów nie został wybrany.',
      uk: funded.length ? `Обрані проєкти, які ви підтримали: ${funded.join(', ')}.` : 'Жоден із підтриманих вами проєктів не обрано.' } };
  }
  const md = out.details;
  // Replay the rounds for this voter only: pay min(budget, payment·points) for each supported winner.
  let b = md.voterBudget;
  const payments: VoterPayment[] = [];
  for (const r of md.rounds) {
    const sup = p.supporters[r.project]!;
    let k = -1;
    // supporters are in voter order, so a binary search finds the voter
    let lo = 0;
    let hi = sup.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sup[mid]! === i) {
        k = mid;
        break;
      }
      if (sup[mid]! < i) lo = mid + 1;
      else hi = mid - 1;
    }
    if (k < 0) continue;
    const w = p.weights[r.project]?.[k] ?? 1;
    const due = r.fullPayment.mulInt(BigInt(w));
    const amount = due.min(b);
    b = b.sub(amount);
    if (!amount.isZero()) payments.push({ projectId: e.projects[r.project]!.id, amount, amountText: two(amount) });
  }
  const share = two(md.voterBudget);
  const list = payments.map((x) => `${x.projectId} (${x.amountText})`).join(', ');
  return { voterId, fundedSupported: funded, share, payments, left: two(b), text: {
    en: `Your share was ${share}${cur ? ' ' + cur : ''}. ${payments.length ? `It paid for: ${list}.` : 'It paid for nothing: none of your projects could gather enough support.'} Left unspent: ${two(b)}.`,
    pl: `Twój udział wynosił ${share}${cur ? ' ' + cur : ''}. ${payments.length ? `Sfinansował: ${list}.` : 'Nie sfinansował niczego: żaden z Twoich projektów nie zebrał dość poparcia.'} Niewydane: ${two(b)}.`,
    uk: `Ваша частка становила ${share}${cur ? ' ' + cur : ''}. ${payments.length ? `Вона оплатила: ${list}.` : 'Вона нічого не оплатила: жоден із ваших проєктів не зібрав достатньої підтримки.'} Невитрачено: ${two(b)}.` } };
}
