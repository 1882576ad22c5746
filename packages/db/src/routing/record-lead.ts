import type { InStatement } from '@libsql/client';
import type { EnrichedLead, NormalizeWarning } from '@switchyard/engine';
import type { Decision, FlowNode, FlowTrace } from '@switchyard/flow';
import { insertStatements } from '../insert-rows';
import { compactPath, fallbackOf } from '../reports/report-columns';
import { assignments, idempotencyKeys, leadEvents, leads, outbox, timers } from '../schema';
import type { Placement, RoutedLead } from './lead-outcome';
import { outboxRows } from './outbox-events';
import type { PublishedFlow } from './published-flow';

/**
 * What recording a routed lead reads of its submission; route-leads' `LeadSubmission` has it
 * all. Declared here so the two modules do not import each other (issue 21).
 */
export type RecordedSubmission = {
  leadId: string;
  sourceId: string;
  flow: Pick<PublishedFlow, 'orgId'>;
  input: Record<string, unknown>;
  idempotencyKey: string | null;
  now: Date;
  newId(prefix: string): string;
};

const minuteMs = 60_000;

type LeadRecord = {
  submission: RecordedSubmission;
  /** The version that routed the lead: the live one or its experiment arm's. */
  flow: PublishedFlow;
  /** The experiment and arm that chose `flow`, when one runs. */
  experiment: { id: string; arm: string } | null;
  lead: EnrichedLead;
  warnings: NormalizeWarning[];
  decision: Decision;
  trace: FlowTrace;
  terminal: FlowNode;
  placement: Placement;
  /** The assignee's name, when the placement is an assignment. */
  assigneeName: string | null;
  endpoints: ReadonlyArray<{ id: string; events: string[] }>;
};

/**
 * The rows a batch of routed leads writes, gathered in memory and inserted with one multi-row
 * statement per table at the end of the batch (leads first: the others point at them).
 */
export class LeadRows {
  readonly leads: Array<typeof leads.$inferInsert> = [];
  readonly events: Array<typeof leadEvents.$inferInsert> = [];
  readonly assignments: Array<typeof assignments.$inferInsert> = [];
  readonly timers: Array<typeof timers.$inferInsert> = [];
  readonly outbox: Array<typeof outbox.$inferInsert> = [];
  readonly idempotencyKeys: Array<typeof idempotencyKeys.$inferInsert> = [];

  /** Adds the lead row, its assignment, first events, SLA timers and outbox messages. */
  add(record: LeadRecord): RoutedLead {
    const { submission, flow, lead, decision, terminal, placement } = record;
    const { now, leadId, newId } = submission;
    const ownerRepId = placement.status === 'assigned' ? placement.repId : null;
    const poolNodeId = placement.status === 'pooled' ? placement.poolNodeId : null;
    this.leads.push({
      id: leadId,
      orgId: flow.orgId,
      sourceId: submission.sourceId,
      flowId: flow.flowId,
      flowVersionId: flow.versionId,
      experimentId: record.experiment?.id ?? null,
      arm: record.experiment?.arm ?? null,
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
      path: compactPath(record.trace),
      fallback:
        placement.status === 'disqualified' ? null : fallbackOf(placement.distribution?.outcome),
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
    this.events.push(event('received'));
    let assignee: RoutedLead['assignee'] = null;
    if (ownerRepId) {
      this.assignments.push({
        id: newId('asg'),
        orgId: flow.orgId,
        leadId,
        repId: ownerRepId,
        nodeId: terminal.id,
        via: placement.status === 'assigned' && placement.fallback ? 'fallback_rep' : 'strategy',
        at: now,
      });
      assignee = { repId: ownerRepId, name: record.assigneeName ?? ownerRepId };
      this.events.push(event('assigned', { repId: ownerRepId }));
      const touchSla = numberSetting(terminal, 'touchSlaMinutes');
      if (touchSla) this.#addTimer(submission, 'touch_sla', now.getTime() + touchSla * minuteMs);
    } else if (poolNodeId) {
      this.events.push(event('pooled'));
      const pool = flow.nodes.get(poolNodeId);
      const claimSla = pool ? numberSetting(pool, 'claimSlaMinutes') : null;
      if (claimSla) this.#addTimer(submission, 'claim_sla', now.getTime() + claimSla * minuteMs);
    } else {
      this.events.push(event('disqualified', { reason: disqualifyReason(terminal) }));
    }
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
      this.outbox.push(
        ...outboxRows(record.endpoints, {
          orgId: flow.orgId,
          type: ownerRepId ? 'lead.assigned' : 'lead.pooled',
          data: routed,
          now,
          newId,
        }),
      );
    }
    if (submission.idempotencyKey !== null) {
      this.idempotencyKeys.push({
        sourceId: submission.sourceId,
        key: submission.idempotencyKey,
        status: 201,
        body: routed,
        createdAt: now,
      });
    }
    return routed;
  }

  /** The batch's rows as multi-row INSERTs, to run in order after every lead was routed. */
  statements(): InStatement[] {
    return [
      ...insertStatements(leads, this.leads),
      ...insertStatements(leadEvents, this.events),
      ...insertStatements(assignments, this.assignments),
      ...insertStatements(timers, this.timers),
      ...insertStatements(outbox, this.outbox),
      ...insertStatements(idempotencyKeys, this.idempotencyKeys),
    ];
  }

  #addTimer(submission: RecordedSubmission, kind: 'claim_sla' | 'touch_sla', dueAt: number) {
    this.timers.push({
      id: submission.newId('tmr'),
      orgId: submission.flow.orgId,
      leadId: submission.leadId,
      kind,
      dueAt: new Date(dueAt),
    });
  }
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
