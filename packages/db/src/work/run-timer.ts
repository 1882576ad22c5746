import { and, eq, sql } from 'drizzle-orm';
import { findLead, versionOf } from '../leads/lead-row';
import { reassignLead } from '../leads/reassign';
import { enqueueEvent } from '../routing/outbox-events';
import { recordAssignment } from '../routing/record-assignment';
import { assignments, leadEvents, leads, timers } from '../schema';
import type { Tx } from '../types';

type TimerRow = typeof timers.$inferSelect;
const minuteMs = 60_000;

/**
 * Fires one SLA timer if this process still holds its lease. A timer whose lead moved on (claimed,
 * accepted, reassigned since) is closed as `stale`; the newer assignment has its own timer.
 */
export async function runTimer(
  tx: Tx,
  timer: TimerRow,
  input: { owner: string; now: Date; newId(prefix: string): string },
): Promise<string> {
  const [held] = await tx
    .select({ id: timers.id })
    .from(timers)
    .where(and(eq(timers.id, timer.id), eq(timers.leaseOwner, input.owner)));
  if (!held) return 'lost_lease';
  const outcome =
    timer.kind === 'claim_sla'
      ? await claimSla(tx, timer, input)
      : await touchSla(tx, timer, input);
  await tx.update(timers).set({ doneAt: input.now, outcome }).where(eq(timers.id, timer.id));
  // A timer that fired on a lead still waiting is a breach; reports count leads.sla_breaches.
  if (outcome !== 'stale') {
    await tx
      .update(leads)
      .set({ slaBreaches: sql`${leads.slaBreaches} + 1` })
      .where(eq(leads.id, timer.leadId));
  }
  return outcome;
}

async function touchSla(
  tx: Tx,
  timer: TimerRow,
  input: { now: Date; newId(prefix: string): string },
) {
  const lead = await findLead(tx, timer.orgId, timer.leadId);
  if (lead.status !== 'assigned' || !lead.assignedAt || !lead.ownerRepId) return 'stale';
  const flow = await versionOf(tx, lead);
  const config = (flow.nodes.get(lead.terminalNodeId)?.config ?? {}) as Record<string, unknown>;
  const sla = typeof config.touchSlaMinutes === 'number' ? config.touchSlaMinutes : 0;
  if (sla <= 0 || lead.assignedAt.getTime() + sla * minuteMs > input.now.getTime()) return 'stale';
  const maxReassignments =
    typeof config.maxReassignments === 'number' ? config.maxReassignments : 2;
  if (lead.reassignCount >= maxReassignments) return 'limit_reached';
  const previous = await tx
    .select({ repId: assignments.repId })
    .from(assignments)
    .where(eq(assignments.leadId, lead.id));
  const next = await reassignLead(tx, lead, {
    exclude: previous.map((p) => p.repId),
    reason: `not accepted within ${sla} minutes`,
    now: input.now,
    newId: input.newId,
  });
  return next.status === 'assigned' ? 'reassigned' : 'pooled';
}

// Pool config `escalateTo`: {pool: nodeId} moves the lead, {rep: repId} hands it over; without it
// the lead stays and an `escalated` event tells managers.
async function claimSla(
  tx: Tx,
  timer: TimerRow,
  input: { now: Date; newId(prefix: string): string },
) {
  const lead = await findLead(tx, timer.orgId, timer.leadId);
  if (lead.status !== 'pooled' || !lead.poolNodeId) return 'stale';
  const flow = await versionOf(tx, lead);
  const config = (flow.nodes.get(lead.poolNodeId)?.config ?? {}) as Record<string, unknown>;
  const target = (config.escalateTo ?? {}) as { pool?: unknown; rep?: unknown };
  const event = {
    id: input.newId('evt'),
    orgId: lead.orgId,
    leadId: lead.id,
    actor: 'system',
    at: input.now,
  };
  if (typeof target.rep === 'string') {
    await tx
      .update(leads)
      .set({ status: 'assigned', ownerRepId: target.rep, poolNodeId: null, assignedAt: input.now })
      .where(eq(leads.id, lead.id));
    await recordAssignment(tx, {
      id: input.newId('asg'),
      orgId: lead.orgId,
      leadId: lead.id,
      repId: target.rep,
      nodeId: lead.poolNodeId,
      via: 'escalation',
      at: input.now,
    });
    await tx
      .insert(leadEvents)
      .values({ ...event, type: 'escalated', repId: target.rep, reason: 'claim SLA passed' });
    await enqueueEvent(tx, {
      orgId: lead.orgId,
      type: 'lead.reassigned',
      data: { leadId: lead.id, repId: target.rep, reason: 'claim SLA passed' },
      now: input.now,
      newId: input.newId,
    });
    return 'escalated_to_rep';
  }
  if (typeof target.pool === 'string' && flow.nodes.get(target.pool)?.kind === 'pool') {
    await tx.update(leads).set({ poolNodeId: target.pool }).where(eq(leads.id, lead.id));
    await tx
      .insert(leadEvents)
      .values({ ...event, type: 'escalated', reason: `moved to pool ${target.pool}` });
    return 'escalated_to_pool';
  }
  await tx.insert(leadEvents).values({ ...event, type: 'escalated', reason: 'claim SLA passed' });
  return 'escalated';
}
