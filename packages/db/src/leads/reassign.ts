import { distribute, type EnrichedLead } from '@switchyard/engine';
import { and, eq } from 'drizzle-orm';
import { loadDistributionContext } from '../routing/distribution-context';
import { enqueueEvent } from '../routing/outbox-events';
import { fallbackPoolName, type PublishedFlow } from '../routing/published-flow';
import { recordAssignment } from '../routing/record-assignment';
import { distributionState, leadEvents, leads, timers } from '../schema';
import type { Tx } from '../types';
import { type LeadRow, versionOf } from './lead-row';

export type Reassignment =
  | { status: 'assigned'; repId: string; explanation: string }
  | { status: 'pooled'; poolNodeId: string; explanation: string };

/**
 * Hands a lead on after its rep released it or let the touch SLA pass: the next eligible rep of
 * the same assign node (never one in `exclude`), else the node's fallback. A lead that came from
 * a pool goes back to that pool.
 */
export async function reassignLead(
  tx: Tx,
  lead: LeadRow,
  options: { exclude: readonly string[]; reason: string; now: Date; newId(prefix: string): string },
): Promise<Reassignment> {
  const { now, newId } = options;
  const flow = await versionOf(tx, lead);
  const node = flow.nodes.get(lead.terminalNodeId);
  const result = await pickNext(tx, lead, flow, options);
  const assigned = result.status === 'assigned';
  await tx
    .update(leads)
    .set({
      status: result.status,
      ownerRepId: assigned ? result.repId : null,
      poolNodeId: assigned ? null : result.poolNodeId,
      assignedAt: assigned ? now : null,
      acceptedAt: null,
      reassignCount: lead.reassignCount + 1,
    })
    .where(eq(leads.id, lead.id));
  if (assigned) {
    await recordAssignment(tx, {
      id: newId('asg'),
      orgId: lead.orgId,
      leadId: lead.id,
      repId: result.repId,
      nodeId: lead.terminalNodeId,
      via: 'reassign',
      at: now,
    });
    const touchSla =
      node?.kind === 'assign'
        ? (node.config as { touchSlaMinutes?: unknown }).touchSlaMinutes
        : null;
    if (typeof touchSla === 'number' && touchSla > 0) {
      await tx.insert(timers).values({
        id: newId('tmr'),
        orgId: lead.orgId,
        leadId: lead.id,
        kind: 'touch_sla',
        dueAt: new Date(now.getTime() + touchSla * 60_000),
      });
    }
  }
  await tx.insert(leadEvents).values({
    id: newId('evt'),
    orgId: lead.orgId,
    leadId: lead.id,
    type: assigned ? 'reassigned' : 'pooled',
    repId: assigned ? result.repId : null,
    reason: options.reason,
    actor: 'system',
    at: now,
  });
  await enqueueEvent(tx, {
    orgId: lead.orgId,
    type: assigned ? 'lead.reassigned' : 'lead.pooled',
    data: { leadId: lead.id, previousRepId: lead.ownerRepId, ...result, reason: options.reason },
    now,
    newId,
  });
  return result;
}

async function pickNext(
  tx: Tx,
  lead: LeadRow,
  flow: PublishedFlow,
  options: { exclude: readonly string[]; now: Date },
): Promise<Reassignment> {
  const node = flow.nodes.get(lead.terminalNodeId);
  if (node?.kind !== 'assign') {
    return { status: 'pooled', poolNodeId: lead.terminalNodeId, explanation: 'Back to its pool.' };
  }
  const { now } = options;
  const context = await loadDistributionContext(tx, {
    orgId: lead.orgId,
    flowId: lead.flowId,
    nodeId: node.id,
    teamId: flow.teamMap[node.config.team] ?? null,
    strategy: node.config.strategy,
    namedRepIds: 'rep' in node.config.fallback ? [node.config.fallback.rep] : [],
    caps: { dailyCap: node.config.dailyCap, openCap: node.config.openCap },
    now,
  });
  const excluded = new Set(options.exclude);
  context.members = context.members.filter((member) => !excluded.has(member.repId));
  const picked = distribute({
    ...context,
    nodeId: node.id,
    config: node.config,
    fallbackPoolName: fallbackPoolName(flow, node.config.fallback),
    lead: lead.fields as EnrichedLead,
    now,
  });
  await tx
    .update(distributionState)
    .set({ state: picked.state, updatedAt: now })
    .where(and(eq(distributionState.flowId, lead.flowId), eq(distributionState.nodeId, node.id)));
  return picked.outcome === 'fallback_pool'
    ? { status: 'pooled', poolNodeId: picked.poolNodeId, explanation: picked.explanation }
    : { status: 'assigned', repId: picked.repId, explanation: picked.explanation };
}
