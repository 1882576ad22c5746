import {
  type DistributionInput,
  type RepLoad,
  type RepProfile,
  strategyNeeds,
} from '@switchyard/engine';
import type { Strategy } from '@switchyard/flow';
import { and, asc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { distributionState, leads, repDayCounts, reps, teamMembers } from '../schema';
import type { Queryable } from '../types';
import { dayKey } from './record-assignment';

/** Statuses in which a lead counts against its owner's open-lead cap. */
export const openStatuses = ['assigned', 'accepted', 'contacted'] as const;

type ContextRequest = {
  orgId: string;
  flowId: string;
  nodeId: string;
  teamId: string | null;
  strategy: Strategy;
  /** Reps named outside the team (fallback rep, territory rules, named rep, matched owner). */
  namedRepIds: readonly string[];
  /** The node's caps; a load is only counted when some cap or the strategy needs it. */
  caps: { dailyCap?: number | undefined; openCap?: number | undefined };
  now: Date;
};

/** Reads, inside the write transaction, everything a strategy decides from. */
export async function loadDistributionContext(
  tx: Queryable,
  request: ContextRequest,
): Promise<Omit<DistributionInput, 'nodeId' | 'config' | 'lead' | 'now'>> {
  const members = request.teamId
    ? await tx
        .select({ repId: teamMembers.repId, weight: teamMembers.weight })
        .from(teamMembers)
        .where(eq(teamMembers.teamId, request.teamId))
        .orderBy(asc(teamMembers.position), asc(teamMembers.repId))
    : [];
  const repIds = [...new Set([...members.map((m) => m.repId), ...request.namedRepIds])];
  const profiles = await loadProfiles(tx, request.orgId, repIds);
  const needs = strategyNeeds(request.strategy, request.now);
  const counting = {
    daily: request.caps.dailyCap !== undefined || profiles.some((p) => p.dailyCap !== null),
    open:
      request.caps.openCap !== undefined ||
      profiles.some((p) => p.openCap !== null) ||
      needs?.metric === 'open_leads',
  };
  const [loads, stateRow] = await Promise.all([
    loadLoads(tx, profiles, request.now, counting),
    tx
      .select({ state: distributionState.state })
      .from(distributionState)
      .where(
        and(
          eq(distributionState.flowId, request.flowId),
          eq(distributionState.nodeId, request.nodeId),
        ),
      ),
  ]);
  const context: Omit<DistributionInput, 'nodeId' | 'config' | 'lead' | 'now'> = {
    members,
    reps: Object.fromEntries(profiles.map((p) => [p.id, p])),
    loads,
    state: stateRow[0]?.state ?? null,
  };
  if (needs?.metric === 'open_leads') {
    context.metrics = Object.fromEntries(profiles.map((p) => [p.id, loads[p.id]?.openLeads ?? 0]));
  } else if (needs?.metric === 'field_sum') {
    context.metrics = await sumField(tx, repIds, needs.field, needs.since);
  } else if (needs?.metric === 'performance') {
    context.performance = await loadPerformance(tx, repIds, needs.since);
  }
  return context;
}

async function loadProfiles(tx: Queryable, orgId: string, repIds: string[]): Promise<RepProfile[]> {
  if (repIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(reps)
    .where(and(eq(reps.orgId, orgId), inArray(reps.id, repIds)));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    active: row.active,
    timeZone: row.timeZone,
    workingHours: row.workingHours ?? null,
    outOfOffice: row.outOfOffice,
    dailyCap: row.dailyCap,
    openCap: row.openCap,
    skills: row.skills,
  }));
}

// Daily caps reset at each rep's own midnight: read each rep's count for their local date.
async function loadLoads(
  tx: Queryable,
  profiles: RepProfile[],
  now: Date,
  counting: { daily: boolean; open: boolean },
): Promise<Record<string, RepLoad>> {
  const loads: Record<string, RepLoad> = {};
  for (const p of profiles) loads[p.id] = { assignedToday: 0, openLeads: 0 };
  if (profiles.length === 0) return loads;
  const ids = profiles.map((p) => p.id);
  const [today, open] = await Promise.all([
    counting.daily
      ? tx
          .select({ repId: repDayCounts.repId, n: repDayCounts.count })
          .from(repDayCounts)
          .where(
            or(
              ...profiles.map((p) =>
                and(eq(repDayCounts.repId, p.id), eq(repDayCounts.day, dayKey(now, p.timeZone))),
              ),
            ),
          )
      : [],
    counting.open
      ? tx
          .select({ repId: leads.ownerRepId, n: sql<number>`count(*)` })
          .from(leads)
          .where(and(inArray(leads.ownerRepId, ids), inArray(leads.status, [...openStatuses])))
          .groupBy(leads.ownerRepId)
      : [],
  ]);
  for (const row of today) (loads[row.repId] as RepLoad).assignedToday = Number(row.n);
  for (const row of open) if (row.repId) (loads[row.repId] as RepLoad).openLeads = Number(row.n);
  return loads;
}

async function sumField(tx: Queryable, repIds: string[], field: string, since: Date) {
  const rows = await tx
    .select({
      repId: leads.ownerRepId,
      total: sql<number>`coalesce(sum(json_extract(${leads.fields}, ${`$.${field}`})), 0)`,
    })
    .from(leads)
    .where(and(inArray(leads.ownerRepId, repIds), gte(leads.assignedAt, since)))
    .groupBy(leads.ownerRepId);
  const totals: Record<string, number> = Object.fromEntries(repIds.map((id) => [id, 0]));
  for (const row of rows) if (row.repId) totals[row.repId] = Number(row.total);
  return totals;
}

async function loadPerformance(tx: Queryable, repIds: string[], since: Date) {
  const rows = await tx
    .select({
      repId: leads.ownerRepId,
      leads: sql<number>`count(*)`,
      converted: sql<number>`sum(case when ${leads.status} = 'converted' then 1 else 0 end)`,
    })
    .from(leads)
    .where(and(inArray(leads.ownerRepId, repIds), gte(leads.assignedAt, since)))
    .groupBy(leads.ownerRepId);
  const performance: Record<string, { leads: number; converted: number }> = {};
  for (const id of repIds) performance[id] = { leads: 0, converted: 0 };
  for (const row of rows) {
    if (row.repId)
      performance[row.repId] = { leads: Number(row.leads), converted: Number(row.converted) };
  }
  return performance;
}
