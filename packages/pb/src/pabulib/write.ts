/**
 * Writer for Pabulib `.pb` files. `parsePabulib(writePabulib(e))` gives back the same election:
 * META in order, every PROJECTS column, every VOTES column; fields are quoted only when needed.
 */
import { parseMoney } from '../ballot.ts';
import { formatMoney, type Election } from '../model.ts';

/** Quotes a field when it holds `;`, a quote or a line break (doubling inner quotes). */
export function cell(s: string): string {
  return /[;"\n\r]/.test(s) || s.startsWith('"') ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writePabulib(e: Election): string {
  const out: string[] = ['META', 'key;value'];
  for (const [k, v] of Object.entries(e.meta)) out.push(`${cell(k)};${cell(v)}`);
  out.push('PROJECTS', e.projectColumns.map(cell).join(';'));
  for (const p of e.projects) {
    const row = e.projectColumns.map((c) => {
      if (c === 'project_id') return cell(p.id);
      // Keep the file's spelling of the cost (e.g. "1000.00") unless the value was changed.
      if (c === 'cost') {
        const raw = p.fields['cost'];
        return cell(raw !== undefined && parseMoney(raw, e.moneyScale) === p.cost ? raw : formatMoney(p.cost, e.moneyScale));
      }
      return cell(p.fields[c] ?? '');
    });
    out.push(row.join(';'));
  }
  const header = ['voter_id', 'vote', ...(e.hasPointsColumn ? ['points'] : []), ...e.voterExtraColumns];
  out.push('VOTES', header.join(';'));
  for (const v of e.voters) {
    const row = [cell(v.id), v.projects.map((j) => e.projects[j]!.id).join(',')];
    if (e.hasPointsColumn) row.push((v.points ?? []).join(','));
    for (const x of v.extra) row.push(cell(x));
    out.push(row.join(';'));
  }
  return out.join('\n') + '\n';
}
