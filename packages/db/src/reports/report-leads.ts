import type { PathStep, ReportLead, ReportLeadStatus, TerminalKind } from '@switchyard/reporting';
import { and, asc, eq, sql } from 'drizzle-orm';
import { flowVersions, leads } from '../schema';
import type { Queryable } from '../types';
import { fallbackOf } from './report-columns';

/** Which leads a report reads: one flow's, received in [from, to). */
export type ReportScope = { orgId: string; flowId: string; from: Date; to: Date };

type DocNode = { id?: unknown; kind?: unknown; config?: { reason?: unknown } };

/** Each version's disqualify steps and their reasons, by version id then node id. */
export async function disqualifyReasons(db: Queryable, scope: ReportScope) {
  const versions = await db
    .select({ id: flowVersions.id, document: flowVersions.document })
    .from(flowVersions)
    .where(eq(flowVersions.flowId, scope.flowId));
  const reasons = new Map<string, Map<string, string>>();
  for (const version of versions) {
    const nodes = (version.document as { nodes?: DocNode[] } | null)?.nodes ?? [];
    const byNode = new Map<string, string>();
    for (const node of nodes) {
      if (node.kind !== 'disqualify' || typeof node.id !== 'string') continue;
      byNode.set(node.id, typeof node.config?.reason === 'string' ? node.config.reason : node.id);
    }
    reasons.set(version.id, byNode);
  }
  return reasons;
}

/**
 * The leads of a report as `@switchyard/reporting` reads them, one row per lead, oldest first:
 * the row-by-row reference that `loadReportCells` replaced in `report.flow` (a million rows cost
 * seconds). Kept as the oracle its tests compare with and as the reference of `pnpm bench`
 * (apps/runtime/bench/report.bench.ts). It reads the trace and distribution JSON themselves, not
 * their `path`/`fallback` copies, and counts SLA breaches from the timers that fired (a stale
 * timer — the lead had moved on — is no breach) in a subquery per lead.
 */
export async function loadReportLeads(db: Queryable, scope: ReportScope): Promise<ReportLead[]> {
  const reasons = await disqualifyReasons(db, scope);
  const rows = await db
    .select({
      id: leads.id,
      receivedAt: leads.receivedAt,
      versionId: leads.flowVersionId,
      experimentId: leads.experimentId,
      arm: leads.arm,
      status: leads.status,
      terminalId: leads.terminalNodeId,
      terminalKind: leads.terminalKind,
      assignedAt: leads.assignedAt,
      acceptedAt: leads.acceptedAt,
      firstTouchAt: leads.firstTouchAt,
      closedAt: leads.closedAt,
      value: leads.value,
      ownerRepId: leads.ownerRepId,
      reassignCount: leads.reassignCount,
      outcome: sql<string | null>`json_extract(${leads.distribution}, '$.outcome')`,
      path: sql<string>`(select json_group_array(json_array(json_extract(step.value, '$.nodeId'), json_extract(step.value, '$.output'))) from json_each(${leads.trace}, '$.steps') as step)`,
      slaBreaches: sql<number>`(select count(*) from timers where timers.lead_id = leads.id and timers.done_at is not null and timers.outcome not in ('stale', 'lost_lease'))`,
    })
    .from(leads)
    .where(
      and(
        eq(leads.orgId, scope.orgId),
        eq(leads.flowId, scope.flowId),
        sql`${leads.receivedAt} >= ${scope.from.getTime()}`,
        sql`${leads.receivedAt} < ${scope.to.getTime()}`,
      ),
    )
    .orderBy(asc(leads.receivedAt), asc(leads.id));
  return rows.map((row) => ({
    leadId: row.id,
    receivedAt: row.receivedAt.getTime(),
    versionId: row.versionId,
    experimentId: row.experimentId,
    arm: row.arm,
    status: row.status as ReportLeadStatus,
    terminal: { id: row.terminalId, kind: row.terminalKind as TerminalKind },
    disqualifyReason:
      row.terminalKind === 'disqualify'
        ? (reasons.get(row.versionId)?.get(row.terminalId) ?? row.terminalId)
        : null,
    fallback: fallbackOf(row.outcome),
    assignedAt: row.assignedAt?.getTime() ?? null,
    acceptedAt: row.acceptedAt?.getTime() ?? null,
    firstTouchAt: row.firstTouchAt?.getTime() ?? null,
    convertedAt: row.status === 'converted' ? (row.closedAt?.getTime() ?? null) : null,
    value: row.value,
    ownerRepId: row.ownerRepId,
    path: (JSON.parse(row.path ?? '[]') as Array<[string, string | null]>).map(
      ([nodeId, output]): PathStep => ({ nodeId, output }),
    ),
    slaBreaches: Number(row.slaBreaches),
    reassignCount: row.reassignCount,
  }));
}
