import type { LeadCell, PathStep, TerminalKind } from '@switchyard/reporting';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../types';
import { parsePath } from './report-columns';
import { disqualifyReasons, type ReportScope } from './report-leads';

/** The dimensions a report splits leads by: the GROUP BY of both queries, in index order. */
const dimensions = sql.raw(
  'flow_version_id, experiment_id, arm, terminal_node_id, terminal_kind, fallback, owner_rep_id, path',
);

type DimensionRow = {
  flow_version_id: string;
  experiment_id: string | null;
  arm: string | null;
  terminal_node_id: string;
  terminal_kind: string;
  fallback: string | null;
  owner_rep_id: string | null;
  path: string | null;
};

type CountRow = DimensionRow & {
  leads: number;
  accepted: number;
  converted: number;
  revenue: number;
  reassignments: number;
  leads_reassigned: number;
  to_assign: string;
  to_first_touch: string;
};

type BreachRow = DimensionRow & { sla_breaches: number; leads_with_sla_breach: number };

const keyOf = (row: DimensionRow) =>
  [
    row.flow_version_id,
    row.experiment_id,
    row.arm,
    row.terminal_node_id,
    row.terminal_kind,
    row.fallback,
    row.owner_rep_id,
    row.path,
  ].join('\u0000');

/**
 * The leads of a report counted by the database into cells (`LeadCell`), one per combination of
 * version, experiment arm, terminal, fallback, owner and path: a few hundred rows for a million
 * leads. `summarizeCells` of `@switchyard/reporting` turns them into the report.
 *
 * Why this shape (measured on 1,000,000 leads, docs/benchmarks.md):
 * - The covering index `leads_flow_report` is ordered like the GROUP BY, so SQLite groups while
 *   it walks the index: no sort of a million rows (the same GROUP BY over `leads_flow_received`
 *   spent 5 s in its temporary b-tree) and no read of the wide lead rows. `received_at` comes
 *   after the dimensions, so a short period still walks the flow's whole index range; that
 *   costs less than sorting even for 30 days of 400.
 * - Durations are exact (`json_group_array` of each lead's), not binned: one pass, and the
 *   median and p90 stay exactly what `summarizeLeads` gives.
 * - SLA breaches come from the timers that fired, counted per cell in a second query that starts
 *   from `timers` (few fired as breaches) and joins each to its lead, instead of a subquery per lead.
 */
export async function loadReportCells(db: Queryable, scope: ReportScope): Promise<LeadCell[]> {
  const inScope = sql`leads.flow_id = ${scope.flowId} and leads.org_id = ${scope.orgId} and leads.received_at >= ${scope.from.getTime()} and leads.received_at < ${scope.to.getTime()}`;
  const [reasons, counted, breached] = await Promise.all([
    disqualifyReasons(db, scope),
    db.all<CountRow>(sql`
      select ${dimensions},
        count(*) as leads,
        count(accepted_at) as accepted,
        count(*) filter (where status = 'converted' and closed_at is not null) as converted,
        total(value) filter (where status = 'converted' and closed_at is not null) as revenue,
        total(reassign_count) as reassignments,
        count(*) filter (where reassign_count > 0) as leads_reassigned,
        json_group_array(assigned_at - received_at) filter (where assigned_at is not null) as to_assign,
        json_group_array(first_touch_at - received_at) filter (where first_touch_at is not null) as to_first_touch
      from leads indexed by leads_flow_report
      where ${inScope}
      group by ${dimensions}`),
    db.all<BreachRow>(sql`
      select ${dimensions},
        count(*) as sla_breaches,
        count(distinct timers.lead_id) as leads_with_sla_breach
      from timers cross join leads on leads.id = timers.lead_id
      where timers.org_id = ${scope.orgId} and timers.done_at is not null
        and timers.outcome not in ('stale', 'lost_lease') and ${inScope}
      group by ${dimensions}`),
  ]);
  const breaches = new Map(breached.map((row) => [keyOf(row), row]));
  const paths = new Map<string | null, PathStep[]>();
  return counted.map((row): LeadCell => {
    const breach = breaches.get(keyOf(row));
    let path = paths.get(row.path);
    if (!path) {
      path = parsePath(row.path);
      paths.set(row.path, path);
    }
    const kind = row.terminal_kind as TerminalKind;
    return {
      versionId: row.flow_version_id,
      experimentId: row.experiment_id,
      arm: row.arm,
      terminal: { id: row.terminal_node_id, kind },
      disqualifyReason:
        kind === 'disqualify'
          ? (reasons.get(row.flow_version_id)?.get(row.terminal_node_id) ?? row.terminal_node_id)
          : null,
      fallback: row.fallback as LeadCell['fallback'],
      ownerRepId: row.owner_rep_id,
      path,
      leads: row.leads,
      accepted: row.accepted,
      converted: row.converted,
      revenue: row.revenue,
      slaBreaches: breach?.sla_breaches ?? 0,
      leadsWithSlaBreach: breach?.leads_with_sla_breach ?? 0,
      reassignments: row.reassignments,
      leadsReassigned: row.leads_reassigned,
      toAssign: JSON.parse(row.to_assign) as number[],
      toFirstTouch: JSON.parse(row.to_first_touch) as number[],
    };
  });
}
