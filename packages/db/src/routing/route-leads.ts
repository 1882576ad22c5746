import {
  armForBucket,
  distribute,
  type EnrichedLead,
  matchRequests,
  normalizeLead,
  withMatches,
} from '@switchyard/engine';
import type { FlowNode } from '@switchyard/flow';
import { and, eq, inArray } from 'drizzle-orm';
import { idempotencyKeys } from '../schema';
import type { Tx } from '../types';
import type { BatchHandler, Settled } from '../write-queue';
import { ConfigCache, type Endpoint } from './config-cache';
import { DistributionReads } from './distribution-context';
import type { ExperimentRouting } from './flow-experiment';
import type { DistributionRecord, Placement, RoutedLead } from './lead-outcome';
import { findMatches } from './matches';
import { fallbackPoolName, type PublishedFlow } from './published-flow';
import { LeadRows } from './record-lead';
import { SourceChangedError } from './source-check';

/** One mapped submission to route. */
export type LeadSubmission = {
  leadId: string;
  sourceId: string;
  /** The flow's live version: it routes the lead unless an experiment runs. */
  flow: PublishedFlow;
  /**
   * The flow's running experiment: the arm the lead's bucket falls in routes it instead, and the
   * lead row records experiment and arm. Absent or null: the live version routes every lead.
   */
  experiment?: ExperimentRouting | null;
  /** Flat canonical field paths → values, as the source's mapping produced them. */
  input: Record<string, unknown>;
  idempotencyKey: string | null;
  now: Date;
  newId(prefix: string): string;
  /**
   * `sourceFingerprint` of the source row and flow version the request was checked against;
   * when the stored ones differ, the lead fails with `SourceChangedError` and writes nothing.
   */
  checkedSource?: string;
  /**
   * The version that routes the lead and the lead normalised for it (`chooseVersion`), when the
   * caller worked them out already: the writer thread gets them from the event loop, which
   * has time to spare while the thread writes.
   */
  chosen?: ChosenVersion;
};

export type ChosenVersion = ReturnType<typeof chooseVersion>;

export type RouteResult = RoutedLead & { replayed: boolean };

/**
 * Normalises, decides, distributes and records a batch of leads inside one write transaction
 * (`Database.writeBatched(routeLeads, submission)`), so each lead, its decision, assignment,
 * trace, timers and outbox rows commit together, and many leads share a few multi-row
 * statements. Leads are routed in order, each seeing the ones before it (round robin, caps,
 * matches). A submission whose idempotency key was seen returns the first answer and writes
 * nothing; a lead that fails to route fails alone and leaves nothing behind.
 */
export const routeLeads: BatchHandler<LeadSubmission, RouteResult> = async (
  tx,
  submissions,
  raw,
  kept,
) => {
  const config = kept(ConfigCache, () => new ConfigCache());
  await config.check(raw);
  const answered = await findAnswered(tx, submissions);
  const fingerprints = await config.fingerprints(tx, [
    ...new Set(submissions.flatMap((s) => (s.checkedSource === undefined ? [] : [s.sourceId]))),
  ]);
  const reads = new DistributionReads(tx, config);
  const rows = new LeadRows();
  const results: Settled<RouteResult>[] = [];
  for (const submission of submissions) {
    if (
      submission.checkedSource !== undefined &&
      fingerprints.get(submission.sourceId) !== submission.checkedSource
    ) {
      results.push({ ok: false, error: new SourceChangedError(submission.sourceId) });
      continue;
    }
    const key = answerKey(submission);
    const first = key === null ? undefined : answered.get(key);
    if (first) {
      results.push({ ok: true, value: { ...first, replayed: true } });
      continue;
    }
    try {
      const routed = await routeOne(tx, submission, {
        reads,
        rows,
        endpoints: await config.endpoints(tx, submission.flow.orgId),
      });
      if (key !== null) answered.set(key, routed);
      results.push({ ok: true, value: { ...routed, replayed: false } });
    } catch (error) {
      results.push({ ok: false, error });
    }
  }
  // One batch: a single round trip to the writer thread (thread-writer.ts) for every write.
  await raw.batch([...rows.statements(), ...reads.flushStatements()]);
  return results;
};

// Everything that can fail runs before the first change to `reads` or `rows`, so a failed lead
// leaves no trace in the batch.
async function routeOne(
  tx: Tx,
  submission: LeadSubmission,
  batch: {
    reads: DistributionReads;
    rows: LeadRows;
    endpoints: readonly Endpoint[];
  },
): Promise<RoutedLead> {
  const { now } = submission;
  const { flow, normalized, experiment } = submission.chosen ?? chooseVersion(submission);
  const requests = matchRequests(flow.flow, normalized.lead);
  const found = await findMatches(tx, flow.orgId, requests, now, batch.rows.leads);
  const lead = withMatches(normalized.lead, flow.flow, found);
  const decision = flow.decide(lead);
  const trace = flow.trace(lead);
  const terminal = flow.nodes.get(decision.terminal);
  if (!terminal)
    throw new Error(`The flow decided on "${decision.terminal}", which is not a node.`);
  const { placement, assigneeName } = await placeLead(batch.reads, { flow, terminal, lead, now });
  return batch.rows.add({
    submission,
    flow,
    experiment,
    lead,
    warnings: normalized.warnings,
    decision,
    trace,
    terminal,
    placement,
    assigneeName,
    endpoints: batch.endpoints,
  });
}

/**
 * The version that routes the lead — the live one, or its experiment arm's — with the lead
 * normalised for it. The bucket depends on the e-mail (or lead id) alone, never on a version's
 * custom fields, so it is read from the live version's normalisation and the lead is normalised
 * again only when its arm runs another version.
 */
export function chooseVersion(submission: LeadSubmission) {
  const normalize = (flow: PublishedFlow) =>
    normalizeLead(submission.input, { leadId: submission.leadId, fields: flow.flow.fields ?? [] });
  const live = submission.flow;
  const normalized = normalize(live);
  if (!submission.experiment) return { flow: live, normalized, experiment: null };
  const bucket = normalized.lead.bucket;
  if (typeof bucket !== 'number') throw new Error('normalizeLead gave the lead no bucket.');
  const arm = armForBucket(submission.experiment.arms, bucket);
  const experiment = { id: submission.experiment.id, arm: arm.key };
  if (arm.flow.versionId === live.versionId) return { flow: live, normalized, experiment };
  return { flow: arm.flow, normalized: normalize(arm.flow), experiment };
}

/**
 * Where a decided lead goes: nowhere (disqualified), a pool, or a rep picked by the terminal's
 * strategy. Changes only `reads`' in-memory state, so a caller that never flushes it (the
 * simulator) writes nothing.
 */
export async function placeLead(
  reads: DistributionReads,
  input: { flow: PublishedFlow; terminal: FlowNode; lead: EnrichedLead; now: Date },
): Promise<{ placement: Placement; assigneeName: string | null }> {
  const { flow, terminal, lead, now } = input;
  if (terminal.kind === 'disqualify')
    return { placement: { status: 'disqualified' }, assigneeName: null };
  if (terminal.kind === 'pool') {
    return {
      placement: { status: 'pooled', poolNodeId: terminal.id, fallback: false },
      assigneeName: null,
    };
  }
  if (terminal.kind !== 'assign') throw new Error(`"${terminal.id}" is not a terminal node.`);
  const config = terminal.config;
  const context = await reads.context({
    orgId: flow.orgId,
    flowId: flow.flowId,
    nodeId: terminal.id,
    teamId: flow.teamMap[config.team] ?? null,
    strategy: config.strategy,
    namedRepIds: namedReps(terminal, lead),
    caps: { dailyCap: config.dailyCap, openCap: config.openCap },
    now,
  });
  // Named, not spread: spreading the context was a fifth of a backtest's distribution time.
  const result = distribute({
    nodeId: terminal.id,
    config,
    members: context.members,
    reps: context.reps,
    loads: context.loads,
    state: context.state,
    metrics: context.metrics,
    performance: context.performance,
    fallbackPoolName: fallbackPoolName(flow, config.fallback),
    lead,
    now,
  });
  const record: DistributionRecord = {
    outcome: result.outcome,
    nodeId: terminal.id,
    strategy: config.strategy.type,
    candidates: result.candidates,
    explanation: result.explanation,
  };
  if (result.outcome === 'fallback_pool') {
    reads.setState(flow.flowId, terminal.id, result.state, now);
    return {
      placement: {
        status: 'pooled',
        poolNodeId: result.poolNodeId,
        fallback: true,
        distribution: record,
      },
      assigneeName: null,
    };
  }
  // A fallback rep deleted since publishing must not lose the lead: fail loudly instead.
  const rep = context.reps[result.repId];
  if (!rep)
    throw new Error(`The fallback rep "${result.repId}" does not exist in this organisation.`);
  reads.setState(flow.flowId, terminal.id, result.state, now);
  reads.assigned(result.repId, lead, now);
  return {
    placement: {
      status: 'assigned',
      repId: result.repId,
      fallback: result.outcome === 'fallback_rep',
      distribution: record,
    },
    assigneeName: rep.name,
  };
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

function answerKey(submission: LeadSubmission): string | null {
  return submission.idempotencyKey === null
    ? null
    : `${submission.sourceId}\n${submission.idempotencyKey}`;
}

/** The stored first answers of the batch's idempotency keys. */
async function findAnswered(tx: Tx, submissions: LeadSubmission[]) {
  const keysBySource = new Map<string, string[]>();
  for (const s of submissions) {
    if (s.idempotencyKey === null) continue;
    keysBySource.set(s.sourceId, [...(keysBySource.get(s.sourceId) ?? []), s.idempotencyKey]);
  }
  const answered = new Map<string, RoutedLead>();
  for (const [sourceId, keys] of keysBySource) {
    const rows = await tx
      .select({ key: idempotencyKeys.key, body: idempotencyKeys.body })
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.sourceId, sourceId), inArray(idempotencyKeys.key, keys)));
    for (const row of rows) answered.set(`${sourceId}\n${row.key}`, row.body as RoutedLead);
  }
  return answered;
}
