import type { LeadCell, PathStep, TerminalKind } from '@switchyard/reporting';
import { type SQL, sql } from 'drizzle-orm';
import type { ReadThreads } from '../read-threads';
import type { Queryable } from '../types';
import { parsePath } from './report-columns';
import { disqualifyReasons, type ReportScope } from './report-leads';

/** The dimensions a report splits leads by: the GROUP BY, in the index's order. */
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
  sla_breaches: number;
  leads_with_sla_breach: number;
  to_assign: string;
  to_first_touch: string;
};

/**
 * The leads of a report counted by the database into cells (`LeadCell`), one per combination of
 * version, experiment arm, terminal, fallback, owner and path: a few hundred rows for a million
 * leads. `summarizeCells` of `@switchyard/reporting` turns them into the report.
 *
 * Why this shape (measured on 1,000,000 leads, docs/benchmarks.md):
 * - The covering index `leads_flow_report` is ordered like the GROUP BY, so SQLite groups while
 *   it walks the index: no sort of a million rows (the same GROUP BY over `leads_flow_received`
 *   spent 5 s in its temporary b-tree) and no read of the wide lead rows.
 * - `received_at` comes after the dimensions, so the index cannot seek to a period; instead the
 *   scan is limited to the versions that routed leads in it (one seek each in
 *   `leads_version_received`): 30 days of 400 walk 2 versions' entries, not 10 versions'.
 * - Durations are exact (`json_group_array` of each lead's), not binned: one pass, and the
 *   median and p90 stay exactly what `summarizeLeads` gives.
 * - SLA breaches are `leads.sla_breaches`, counted by runTimer when a timer fires: joining the
 *   fired timers to their leads read one wide lead row per timer (2–3 s of the 4 s).
 * - With `threads` (`Database.reads`) each version is counted by its own query on a read thread:
 *   the walk is SQLite's synchronous work, a second for 1,000,000 leads, and on threads it runs
 *   on every core and holds no request of the runtime up (0.83 s → 0.48 s of SQL on two cores).
 */
export async function loadReportCells(
  db: Queryable,
  scope: ReportScope,
  threads: ReadThreads | null = null,
): Promise<LeadCell[]> {
  const [reasons, counted] = await Promise.all([
    disqualifyReasons(db, scope),
    threads ? countOnThreads(db, threads, scope) : db.all<CountRow>(countCells(scope)),
  ]);
  const paths = new Map<string | null, PathStep[]>();
  return counted.map((row): LeadCell => {
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
      slaBreaches: row.sla_breaches,
      leadsWithSlaBreach: row.leads_with_sla_breach,
      reassignments: row.reassignments,
      leadsReassigned: row.leads_reassigned,
      toAssign: JSON.parse(row.to_assign) as number[],
      toFirstTouch: JSON.parse(row.to_first_touch) as number[],
    };
  });
}

/** The versions of the flow that routed leads in the period: one seek each in `leads_version_received`. */
function versionsInPeriod(scope: ReportScope): SQL {
  const [from, to] = [scope.from.getTime(), scope.to.getTime()];
  return sql`
    select flow_versions.id from flow_versions
    where flow_versions.flow_id = ${scope.flowId} and exists (
      select 1 from leads as routed indexed by leads_version_received
      where routed.flow_version_id = flow_versions.id
        and routed.received_at >= ${from} and routed.received_at < ${to})`;
}

/** The period's leads of the versions `versions` selects, counted into cells in index order. */
function countCells(scope: ReportScope, versions: SQL = sql`in (${versionsInPeriod(scope)})`): SQL {
  const [from, to] = [scope.from.getTime(), scope.to.getTime()];
  return sql`
    select ${dimensions},
      count(*) as leads,
      count(accepted_at) as accepted,
      count(*) filter (where status = 'converted' and closed_at is not null) as converted,
      total(value) filter (where status = 'converted' and closed_at is not null) as revenue,
      total(reassign_count) as reassignments,
      count(*) filter (where reassign_count > 0) as leads_reassigned,
      total(sla_breaches) as sla_breaches,
      count(*) filter (where sla_breaches > 0) as leads_with_sla_breach,
      json_group_array(assigned_at - received_at) filter (where assigned_at is not null) as to_assign,
      json_group_array(first_touch_at - received_at) filter (where first_touch_at is not null) as to_first_touch
    from leads indexed by leads_flow_report
    where leads.flow_id = ${scope.flowId} and leads.org_id = ${scope.orgId}
      and leads.received_at >= ${from} and leads.received_at < ${to}
      and leads.flow_version_id ${versions}
    group by ${dimensions}`;
}

/**
 * One query per version, run on the read threads side by side; the cells come back in the order
 * of the single query (versions by id, as the index orders them). A period one version served
 * runs on one thread, still off the event loop.
 */
async function countOnThreads(
  db: Queryable,
  threads: ReadThreads,
  scope: ReportScope,
): Promise<CountRow[]> {
  const versions = (await db.all<{ id: string }>(versionsInPeriod(scope)))
    .map((row) => row.id)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pieces = await threads.all<CountRow>(versions.map((id) => countCells(scope, sql`= ${id}`)));
  return pieces.flat();
}
