import { type DurationBin, durationHistogram } from './duration-histogram';
import { fairness } from './fairness';
import { type GroupKey, groupBy } from './group';
import { type LeadCell, leadCells } from './lead-cell';
import { type DurationSummary, durationSummaryInPlace } from './quantile';
import type { ReportLead } from './report-lead';
import { summarizePaths } from './summarize-paths';
import { type CellTallies, tallyCells } from './tally-cells';
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
  /** Touched leads per time-to-first-touch bin (`timeToTouchBins`), every bin listed. */
  timeToFirstTouchHistogram: DurationBin[];
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

function repTable(tallied: CellTallies['reps']) {
  const spread = fairness([...tallied].map(([repId, { leads }]) => ({ repId, leads })));
  const reps = spread.shares.map(({ repId, leads, share }) => {
    const converted = tallied.get(repId)?.converted ?? 0;
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

/** The per-group report of issue #6 over plain lead rows: `summarizeCells` of one cell a lead. */
export function summarizeLeads(
  rows: readonly ReportLead[],
  options: SummarizeOptions = {},
): LeadSummary {
  return summarizeCells(leadCells(rows), options);
}

/** The per-group report of issue #6 over cells of leads counted together (SQL's GROUP BY). */
export function summarizeCells(
  cells: readonly LeadCell[],
  options: SummarizeOptions = {},
): LeadSummary {
  const t = tallyCells(cells, options.repIds ?? []);
  const terminals = [...t.terminals.values()].sort(
    (a, b) => b.leads - a.leads || (a.terminalId < b.terminalId ? -1 : 1),
  );
  return {
    leads: t.leads,
    qualified: t.leads - t.disqualified,
    disqualified: t.disqualified,
    disqualifiedByReason: t.reasons.sorted().map(([reason, leads]) => ({ reason, leads })),
    assigned: t.toAssign.length,
    pooled: t.pooled,
    fallenBack: t.fallenBack,
    timeToAssign: durationSummaryInPlace(t.toAssign),
    timeToFirstTouch: durationSummaryInPlace(t.toFirstTouch),
    timeToFirstTouchHistogram: durationHistogram(t.toFirstTouch),
    accepted: t.accepted,
    contacted: t.toFirstTouch.length,
    converted: t.converted,
    conversion: wilsonInterval(t.converted, t.leads, options.confidence),
    revenue: t.revenue,
    revenuePerLead: t.leads === 0 ? null : t.revenue / t.leads,
    terminals,
    ...summarizePaths(cells),
    ...repTable(t.reps),
    slaBreaches: t.slaBreaches,
    leadsWithSlaBreach: t.leadsWithSlaBreach,
    reassignments: t.reassignments,
    leadsReassigned: t.leadsReassigned,
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
