import { formatChange, formatCount } from '../lib/format';
import type { Outputs } from '../lib/trpc';

export type Backtest = Outputs['flow']['backtest'];
type Terminal = { id: string; label: string };

/** The live × draft table: one row per live final step, one column per draft final step. */
export type BacktestMatrix = {
  /** Live final steps; `id` null for leads with nothing to compare with (a CSV, no live version). */
  rows: Array<{ id: string | null; label: string; counts: number[]; total: number }>;
  columns: Terminal[];
};

const noLive = 'No live version';

/**
 * Lays the API's matrix cells (live terminal, draft terminal, count) out as a table, steps in
 * the order of their biggest cell (the API sorts cells by count), empty cells 0.
 */
export function backtestMatrix(result: Pick<Backtest, 'matrix'>): BacktestMatrix {
  const rowIndex = new Map<string | null, number>();
  const columnIndex = new Map<string, number>();
  const rows: BacktestMatrix['rows'] = [];
  const columns: Terminal[] = [];
  for (const cell of result.matrix) {
    const fromId = cell.from?.id ?? null;
    if (!rowIndex.has(fromId)) {
      rowIndex.set(fromId, rows.length);
      rows.push({ id: fromId, label: cell.from?.label ?? noLive, counts: [], total: 0 });
    }
    if (!columnIndex.has(cell.to.id)) {
      columnIndex.set(cell.to.id, columns.length);
      columns.push(cell.to);
    }
  }
  for (const row of rows) row.counts = columns.map(() => 0);
  for (const cell of result.matrix) {
    const row = rows[rowIndex.get(cell.from?.id ?? null) ?? -1];
    const column = columnIndex.get(cell.to.id);
    if (!row || column === undefined) continue;
    row.counts[column] = cell.count;
    row.total += cell.count;
  }
  return { rows, columns };
}

/** A rep's leads under the live flow and under the draft: "12 → 15", "+3". */
export type LoadRow = {
  repId: string;
  name: string;
  before: number;
  after: number;
  change: string;
};

/** Each rep's load change, as the API orders them (largest change first). */
export function loadRows(result: Pick<Backtest, 'reps'>): LoadRow[] {
  return result.reps.map((rep) => ({
    repId: rep.repId,
    name: rep.name,
    before: rep.live,
    after: rep.draft,
    change: formatChange(rep.change),
  }));
}

/** A lead that changes destination, worded: who, and from where (and whom) to where. */
export type ChangeRow = {
  leadId: string;
  /** The e-mail as the API gives it (masked without PII access), else the lead's id. */
  who: string;
  receivedAt: string;
  from: string;
  to: string;
};

const withRep = (terminal: Terminal, repId: string | null, names: Map<string, string>) =>
  repId === null ? terminal.label : `${terminal.label} (${names.get(repId) ?? repId})`;

/** The listed changed leads, reps named by the backtest's own rep list. */
export function changeRows(result: Pick<Backtest, 'changes' | 'reps'>): ChangeRow[] {
  const names = new Map(result.reps.map((rep) => [rep.repId, rep.name]));
  return result.changes.map((change) => ({
    leadId: change.leadId,
    who: change.email ?? change.leadId,
    receivedAt: change.receivedAt,
    from: withRep(change.from, change.fromRepId, names),
    to: withRep(change.to, change.toRepId, names),
  }));
}

/** The headline: how many leads were replayed and how many would go elsewhere. */
export function backtestHeadline(result: Pick<Backtest, 'total' | 'compared' | 'changed'>): string {
  const leads = (n: number) => `${formatCount(n)} lead${n === 1 ? '' : 's'}`;
  if (result.total === 0) return 'No leads to replay in this period.';
  const replayed = `${leads(result.total)} replayed`;
  if (result.compared === 0) return `${replayed}; none had a live destination to compare with.`;
  const compared =
    result.compared === result.total ? '' : ` (of ${leads(result.compared)} with a live route)`;
  return `${replayed}: ${leads(result.changed)} would change destination${compared}.`;
}
