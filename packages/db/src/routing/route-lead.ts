import {
  distribute,
  type EnrichedLead,
  matchRequests,
  normalizeLead,
  withMatches,
} from '@switchyard/engine';
import type { FlowNode } from '@switchyard/flow';
import { and, eq } from 'drizzle-orm';
import { distributionState, idempotencyKeys, reps } from '../schema';
import type { Tx } from '../types';
import { loadDistributionContext } from './distribution-context';
import type { DistributionRecord, Placement, RoutedLead } from './lead-outcome';
import { findMatches } from './matches';
import type { PublishedFlow } from './published-flow';
import { recordLead } from './record-lead';

/** One mapped submission to route. */
export type LeadSubmission = {
  leadId: string;
  sourceId: string;
  flow: PublishedFlow;
  /** Flat canonical field paths → values, as the source's mapping produced them. */
  input: Record<string, unknown>;
  idempotencyKey: string | null;
  now: Date;
  newId(prefix: string): string;
};

/**
 * Normalises, decides, distributes and records one lead inside the caller's write transaction,
 * so the lead, its decision, assignment, trace, timers and outbox rows commit together.
 * A submission whose idempotency key was seen returns the first answer and writes nothing.
 */
export async function routeLead(
  tx: Tx,
  submission: LeadSubmission,
): Promise<RoutedLead & { replayed: boolean }> {
  const { flow, now } = submission;
  if (submission.idempotencyKey !== null) {
    const [seen] = await tx
      .select({ body: idempotencyKeys.body })
      .from(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.sourceId, submission.sourceId),
          eq(idempotencyKeys.key, submission.idempotencyKey),
        ),
      );
    if (seen) return { ...(seen.body as RoutedLead), replayed: true };
  }
  const normalized = normalizeLead(submission.input, {
    leadId: submission.leadId,
    fields: flow.flow.fields ?? [],
  });
  const found = await findMatches(tx, flow.orgId, matchRequests(flow.flow, normalized.lead), now);
  const lead = withMatches(normalized.lead, flow.flow, found);
  const decision = flow.decide(lead);
  const trace = flow.trace(lead);
  const terminal = flow.nodes.get(decision.terminal);
  if (!terminal)
    throw new Error(`The flow decided on "${decision.terminal}", which is not a node.`);
  const placement = await place(tx, { flow, terminal, lead, now });
  const routed = await recordLead(tx, {
    submission,
    lead,
    warnings: normalized.warnings,
    decision,
    trace,
    terminal,
    placement,
  });
  if (submission.idempotencyKey !== null) {
    await tx.insert(idempotencyKeys).values({
      sourceId: submission.sourceId,
      key: submission.idempotencyKey,
      status: 201,
      body: routed,
      createdAt: now,
    });
  }
  return { ...routed, replayed: false };
}

async function place(
  tx: Tx,
  input: { flow: PublishedFlow; terminal: FlowNode; lead: EnrichedLead; now: Date },
): Promise<Placement> {
  const { flow, terminal, lead, now } = input;
  if (terminal.kind === 'disqualify') return { status: 'disqualified' };
  if (terminal.kind === 'pool')
    return { status: 'pooled', poolNodeId: terminal.id, fallback: false };
  if (terminal.kind !== 'assign') throw new Error(`"${terminal.id}" is not a terminal node.`);
  const config = terminal.config;
  const context = await loadDistributionContext(tx, {
    orgId: flow.orgId,
    flowId: flow.flowId,
    nodeId: terminal.id,
    teamId: flow.teamMap[config.team] ?? null,
    strategy: config.strategy,
    namedRepIds: namedReps(terminal, lead),
    caps: { dailyCap: config.dailyCap, openCap: config.openCap },
    now,
  });
  const result = distribute({ ...context, nodeId: terminal.id, config, lead, now });
  await tx
    .insert(distributionState)
    .values({ flowId: flow.flowId, nodeId: terminal.id, state: result.state, updatedAt: now })
    .onConflictDoUpdate({
      target: [distributionState.flowId, distributionState.nodeId],
      set: { state: result.state, updatedAt: now },
    });
  const record: DistributionRecord = {
    outcome: result.outcome,
    nodeId: terminal.id,
    strategy: config.strategy.type,
    candidates: result.candidates,
    explanation: result.explanation,
  };
  if (result.outcome === 'fallback_pool') {
    return {
      status: 'pooled',
      poolNodeId: result.poolNodeId,
      fallback: true,
      distribution: record,
    };
  }
  const fallback = result.outcome === 'fallback_rep';
  if (fallback) await assertRepExists(tx, flow.orgId, result.repId);
  return { status: 'assigned', repId: result.repId, fallback, distribution: record };
}

// A fallback rep deleted since publishing must not lose the lead: fail loudly instead.
async function assertRepExists(tx: Tx, orgId: string, repId: string): Promise<void> {
  const [row] = await tx
    .select({ id: reps.id })
    .from(reps)
    .where(and(eq(reps.orgId, orgId), eq(reps.id, repId)));
  if (!row) throw new Error(`The fallback rep "${repId}" does not exist in this organisation.`);
}

function namedReps(node: FlowNode, lead: EnrichedLead): string[] {
  if (node.kind !== 'assign') return [];
  const { strategy, fallback } = node.config;
  const ids: string[] = [];
  if ('rep' in fallback) ids.push(fallback.rep);
  if (strategy.type === 'named_rep') ids.push(strategy.repId);
  if (strategy.type === 'territory') ids.push(...strategy.rules.map((rule) => rule.repId));
  if (strategy.type === 'match_owner') {
    const matches = (lead.match ?? {}) as Record<string, { ownerId?: unknown }>;
    for (const match of Object.values(matches)) {
      if (typeof match?.ownerId === 'string') ids.push(match.ownerId);
    }
  }
  return ids;
}
