import { assertCount, invalidInput } from './errors';
import type { LeadCell } from './lead-cell';
import { Tally } from './tally';

/** A cell's whole-number counts, which a group's tally sums as they are (with the revenue). */
const countFields = [
  'leads',
  'accepted',
  'converted',
  'slaBreaches',
  'leadsWithSlaBreach',
  'reassignments',
  'leadsReassigned',
] as const;

type SummedCounts = Pick<LeadCell, (typeof countFields)[number] | 'revenue'>;

/** Running counts of one pass over a group's cells; `summarizeCells` turns them into a report. */
export type CellTallies = SummedCounts & {
  disqualified: number;
  pooled: number;
  fallenBack: number;
  /** Every duration of the group, in no particular order (summaries select, not sort). */
  toAssign: Float64Array;
  toFirstTouch: Float64Array;
  reasons: Tally;
  terminals: Map<string, { terminalId: string; kind: string; leads: number }>;
  reps: Map<string, { leads: number; converted: number }>;
};

function checkCell(cell: LeadCell): void {
  for (const field of countFields) {
    if (!(Number.isInteger(cell[field]) && cell[field] >= 0)) assertCount(cell[field], field);
  }
  if (cell.converted > cell.leads) invalidInput('A group cannot convert more leads than it has.');
}

/** The cells' durations in one array, each checked to be a finite number of zero or more ms. */
function durationsOf(cells: readonly LeadCell[], key: 'toAssign' | 'toFirstTouch') {
  let length = 0;
  for (const cell of cells) length += cell[key].length;
  const all = new Float64Array(length);
  let at = 0;
  for (const cell of cells) {
    all.set(cell[key], at);
    at += cell[key].length;
  }
  for (let i = 0; i < length; i++) {
    const duration = all[i] as number;
    if (!(duration >= 0 && Number.isFinite(duration))) {
      invalidInput(`A duration must be a finite number of zero or more ms (got ${duration}).`);
    }
  }
  return all;
}

/** One pass over a group's cells (weighted by their leads), counting everything the report shows. */
export function tallyCells(cells: readonly LeadCell[], repIds: readonly string[]): CellTallies {
  const t: CellTallies = {
    ...{ leads: 0, disqualified: 0, pooled: 0, fallenBack: 0, accepted: 0, converted: 0 },
    ...{ revenue: 0, slaBreaches: 0, leadsWithSlaBreach: 0, reassignments: 0 },
    leadsReassigned: 0,
    toAssign: durationsOf(cells, 'toAssign'),
    toFirstTouch: durationsOf(cells, 'toFirstTouch'),
    reasons: new Tally(),
    terminals: new Map(),
    reps: new Map(repIds.map((repId) => [repId, { leads: 0, converted: 0 }])),
  };
  for (const cell of cells) {
    checkCell(cell);
    for (const field of countFields) t[field] += cell[field];
    t.revenue += cell.revenue;
    const { terminal, leads } = cell;
    if (terminal.kind === 'disqualify') {
      t.disqualified += leads;
      t.reasons.add(cell.disqualifyReason ?? terminal.id, leads);
    }
    const counted = t.terminals.get(terminal.id);
    if (counted) counted.leads += leads;
    else t.terminals.set(terminal.id, { terminalId: terminal.id, kind: terminal.kind, leads });
    if (terminal.kind === 'pool' || cell.fallback === 'pool') t.pooled += leads;
    if (cell.fallback !== null) t.fallenBack += leads;
    if (cell.ownerRepId !== null) {
      const rep = t.reps.get(cell.ownerRepId);
      if (rep) {
        rep.leads += leads;
        rep.converted += cell.converted;
      } else t.reps.set(cell.ownerRepId, { leads, converted: cell.converted });
    }
  }
  return t;
}
