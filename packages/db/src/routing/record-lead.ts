import type { EnrichedLead, NormalizeWarning } from '@switchyard/engine';
import type { Decision, FlowNode, FlowTrace } from '@switchyard/flow';
import { leadEvents, leads, timers } from '../schema';
import type { Tx } from '../types';
import type { Placement, RoutedLead } from './lead-outcome';
import { enqueueEvent } from './outbox-events';
import { recordAssignment } from './record-assignment';
import type { LeadSubmission } from './route-lead';

const minuteMs = 60_000;

type LeadRecord = {
  submission: LeadSubmission;
  lead: EnrichedLead;
  warnings: NormalizeWarning[];
  decision: Decision;
  trace: FlowTrace;
  terminal: FlowNode;
  placement: Placement;
};

/** Writes the lead row, its assignment, first events, SLA timers and outbox messages. */
export async function recordLead(tx: Tx, record: LeadRecord): Promise<RoutedLead> {
  const { submission, lead, decision, terminal, placement } = record;
  const { flow, now, leadId, newId } = submission;
  const ownerRepId = placement.status === 'assigned' ? placement.repId : null;
  const poolNodeId = placement.status === 'pooled' ? placement.poolNodeId : null;
  await tx.insert(leads).values({
    id: leadId,
    orgId: flow.orgId,
    sourceId: submission.sourceId,
    flowId: flow.flowId,
    flowVersionId: flow.versionId,
    receivedAt: now,
    email: stringOrNull(lead.email),
    domain: stringOrNull(lead.domain),
    phone: stringOrNull(lead.phone),
    input: submission.input,
    fields: lead,
    warnings: record.warnings,
    terminalNodeId: terminal.id,
    terminalKind: terminal.kind,
    score: decision.score,
    grade: decision.grade,
    bucket: typeof lead.bucket === 'number' ? lead.bucket : 0,
    status: placement.status,
    ownerRepId,
    poolNodeId,
    assignedAt: ownerRepId ? now : null,
    trace: record.trace,
    distribution: placement.status === 'disqualified' ? null : (placement.distribution ?? null),
  });
  const event = (type: string, extra: { repId?: string; reason?: string } = {}) => ({
    id: newId('evt'),
    orgId: flow.orgId,
    leadId,
    type,
    actor: 'system',
    at: now,
    ...extra,
  });
  const events = [event('received')];
  let assignee: RoutedLead['assignee'] = null;
  if (ownerRepId) {
    const name = await recordAssignment(tx, {
      id: newId('asg'),
      orgId: flow.orgId,
      leadId,
      repId: ownerRepId,
      nodeId: terminal.id,
      via: placement.status === 'assigned' && placement.fallback ? 'fallback_rep' : 'strategy',
      at: now,
    });
    assignee = { repId: ownerRepId, name };
    events.push(event('assigned', { repId: ownerRepId }));
    const touchSla = numberSetting(terminal, 'touchSlaMinutes');
    if (touchSla) await addTimer(tx, submission, 'touch_sla', now.getTime() + touchSla * minuteMs);
  } else if (poolNodeId) {
    events.push(event('pooled'));
    const pool = flow.nodes.get(poolNodeId);
    const claimSla = pool ? numberSetting(pool, 'claimSlaMinutes') : null;
    if (claimSla) await addTimer(tx, submission, 'claim_sla', now.getTime() + claimSla * minuteMs);
  } else {
    events.push(event('disqualified', { reason: disqualifyReason(terminal) }));
  }
  await tx.insert(leadEvents).values(events);
  const routed: RoutedLead = {
    leadId,
    status: placement.status,
    terminal: { id: terminal.id, kind: terminal.kind, label: terminal.label ?? terminal.id },
    score: decision.score,
    grade: decision.grade,
    assignee,
    pool: poolNodeId
      ? { nodeId: poolNodeId, label: flow.nodes.get(poolNodeId)?.label ?? poolNodeId }
      : null,
    fallback: placement.status !== 'disqualified' && placement.fallback,
    explanation:
      placement.status === 'disqualified' ? null : (placement.distribution?.explanation ?? null),
  };
  if (placement.status !== 'disqualified') {
    await enqueueEvent(tx, {
      orgId: flow.orgId,
      type: ownerRepId ? 'lead.assigned' : 'lead.pooled',
      data: routed,
      now,
      newId,
    });
  }
  return routed;
}

async function addTimer(
  tx: Tx,
  submission: LeadSubmission,
  kind: 'claim_sla' | 'touch_sla',
  dueAt: number,
) {
  await tx.insert(timers).values({
    id: submission.newId('tmr'),
    orgId: submission.flow.orgId,
    leadId: submission.leadId,
    kind,
    dueAt: new Date(dueAt),
  });
}

function numberSetting(node: FlowNode, key: string): number | null {
  const value = (node.config as Record<string, unknown>)[key];
  return typeof value === 'number' && value > 0 ? value : null;
}

function disqualifyReason(node: FlowNode): string | undefined {
  return node.kind === 'disqualify' ? node.config.reason : undefined;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
