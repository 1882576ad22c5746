import { countBy } from './count-by';
import { assertCount, invalidInput } from './errors';
import { fairness } from './fairness';
import { type GroupKey, groupBy } from './group';
import { type DurationSummary, durationSummary } from './quantile';
import type { ReportLead } from './report-lead';
import { summarizePaths } from './summarize-paths';
import { type RateInterval, wilsonInterval } from './wilson';

/** One rep's leads, conversions and share of the group's owned leads. */
export type RepSummary = {
  repId: string;
  leads: number;
  converted: number;
  conversionRate: number | null;
  share: number;
};

/** Everything the Reports page shows for one group of leads (a version, an arm, a date range). */
export type LeadSummary = {
  leads: number;
  qualified: number;
  disqualified: number;
  disqualifiedByReason: Array<{ reason: string; leads: number }>;
  assigned: number;
  pooled: number;
  fallenBack: number;
  /** receivedAt → assignedAt, ms, over assigned leads. */
  timeToAssign: DurationSummary;
  /** receivedAt → firstTouchAt, ms, over touched leads. */
  timeToFirstTouch: DurationSummary;
  accepted: number;
  contacted: number;
  converted: number;
  /** Converted out of every lead captured, with its Wilson interval. */
  conversion: RateInterval;
  revenue: number;
  revenuePerLead: number | null;
  terminals: Array<{ terminalId: string; kind: string; leads: number }>;
  nodes: Array<{ nodeId: string; leads: number }>;
  edges: Array<{ from: string; output: string; to: string; leads: number }>;
  reps: RepSummary[];
  fairness: { maxMinShareRatio: number | null; repsWithoutLeads: number; gini: number };
  slaBreaches: number;
  leadsWithSlaBreach: number;
  reassignments: number;
  leadsReassigned: number;
};

export type SummarizeOptions = {
  /** Confidence level of the conversion interval. */
  confidence?: number;
  /** Reps who could have received leads: they appear (with 0) in the rep table and fairness. */
  repIds?: readonly string[];
};

function elapsed(lead: ReportLead, at: number | null, what: string): number | null {
  if (at === null) return null;
  if (!(at >= lead.receivedAt)) invalidInput(`Lead ${lead.leadId} was ${what} before it arrived.`);
  return at - lead.receivedAt;
}

function durations(rows: readonly ReportLead[], pick: (lead: ReportLead) => number | null) {
  const values: number[] = [];
  for (const row of rows) {
    const value = pick(row);
    if (value !== null) values.push(value);
  }
  return durationSummary(values);
}

function repTable(rows: readonly ReportLead[], repIds: readonly string[]) {
  const byRep = new Map<string, { leads: number; converted: number }>();
  for (const repId of repIds) byRep.set(repId, { leads: 0, converted: 0 });
  for (const row of rows) {
    if (row.ownerRepId === null) continue;
    const rep = byRep.get(row.ownerRepId) ?? { leads: 0, converted: 0 };
    rep.leads += 1;
    if (row.convertedAt !== null) rep.converted += 1;
    byRep.set(row.ownerRepId, rep);
  }
  const spread = fairness([...byRep].map(([repId, { leads }]) => ({ repId, leads })));
  const reps = spread.shares.map(({ repId, leads, share }) => {
    const converted = byRep.get(repId)?.converted ?? 0;
    return {
      repId,
      leads,
      converted,
      conversionRate: leads === 0 ? null : converted / leads,
      share,
    };
  });
  reps.sort((a, b) => b.leads - a.leads || (a.repId < b.repId ? -1 : 1));
  const { maxMinShareRatio, repsWithoutLeads, gini } = spread;
  return { reps, fairness: { maxMinShareRatio, repsWithoutLeads, gini } };
}

/** The per-group report of issue #6 over plain lead rows. */
export function summarizeLeads(
  rows: readonly ReportLead[],
  options: SummarizeOptions = {},
): LeadSummary {
  for (const row of rows) {
    assertCount(row.slaBreaches, `SLA breaches of lead ${row.leadId}`);
    assertCount(row.reassignCount, `Reassignments of lead ${row.leadId}`);
  }
  const disqualifiedRows = rows.filter((row) => row.terminal.kind === 'disqualify');
  const convertedRows = rows.filter((row) => row.convertedAt !== null);
  const revenue = convertedRows.reduce((sum, row) => sum + (row.value ?? 0), 0);
  const { reps, fairness: spread } = repTable(rows, options.repIds ?? []);
  return {
    leads: rows.length,
    qualified: rows.length - disqualifiedRows.length,
    disqualified: disqualifiedRows.length,
    disqualifiedByReason: countBy(
      disqualifiedRows,
      (row) => row.disqualifyReason ?? row.terminal.id,
    ).map(([reason, leads]) => ({ reason, leads })),
    assigned: rows.filter((row) => row.assignedAt !== null).length,
    pooled: rows.filter((row) => row.terminal.kind === 'pool' || row.fallback === 'pool').length,
    fallenBack: rows.filter((row) => row.fallback !== null).length,
    timeToAssign: durations(rows, (row) => elapsed(row, row.assignedAt, 'assigned')),
    timeToFirstTouch: durations(rows, (row) => elapsed(row, row.firstTouchAt, 'touched')),
    accepted: rows.filter((row) => row.acceptedAt !== null).length,
    contacted: rows.filter((row) => row.firstTouchAt !== null).length,
    converted: convertedRows.length,
    conversion: wilsonInterval(convertedRows.length, rows.length, options.confidence),
    revenue,
    revenuePerLead: rows.length === 0 ? null : revenue / rows.length,
    terminals: countBy(rows, (row) => `${row.terminal.kind}\u0000${row.terminal.id}`).map(
      ([key, leads]) => {
        const [kind = '', terminalId = ''] = key.split('\u0000');
        return { terminalId, kind, leads };
      },
    ),
    ...summarizePaths(rows),
    reps,
    fairness: spread,
    slaBreaches: rows.reduce((sum, row) => sum + row.slaBreaches, 0),
    leadsWithSlaBreach: rows.filter((row) => row.slaBreaches > 0).length,
    reassignments: rows.reduce((sum, row) => sum + row.reassignCount, 0),
    leadsReassigned: rows.filter((row) => row.reassignCount > 0).length,
  };
}

/** `summarizeLeads` for each group of `groupBy(rows, key)`: one report per version or arm. */
export function summarizeBy(
  rows: readonly ReportLead[],
  key: GroupKey,
  options: SummarizeOptions = {},
): Array<{ key: string; summary: LeadSummary }> {
  return groupBy(rows, key).map((group) => ({
    key: group.key,
    summary: summarizeLeads(group.rows, options),
  }));
}
