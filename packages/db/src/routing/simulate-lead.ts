import {
  type EnrichedLead,
  matchRequests,
  type NormalizeWarning,
  normalizeLead,
  withMatches,
} from '@switchyard/engine';
import type { FlowTrace } from '@switchyard/flow';
import type { Queryable } from '../types';
import { DistributionReads } from './distribution-context';
import type { Placement } from './lead-outcome';
import { findMatches } from './matches';
import type { PublishedFlow } from './published-flow';
import { placeLead } from './route-leads';

/** What would happen to one lead right now: the same steps as routing, nothing written. */
export type SimulatedLead = {
  lead: Record<string, unknown>;
  warnings: NormalizeWarning[];
  terminal: { id: string; kind: string; label: string };
  score: number;
  grade: string | null;
  trace: FlowTrace;
  placement: Placement;
  assigneeName: string | null;
};

/**
 * Normalises, matches, decides and distributes a lead as `routeLeads` would, reading the
 * database (earlier leads for match steps, rep loads and strategy state for the distribution)
 * but never writing it: the distribution's state changes stay in a `DistributionReads` that is
 * never flushed. So "who would get it now" is the rep the next real lead would get.
 */
export async function simulateLead(
  db: Queryable,
  request: { flow: PublishedFlow; input: Record<string, unknown>; leadId: string; now: Date },
): Promise<SimulatedLead> {
  const { flow, now } = request;
  const { lead, warnings } = await enrichLead(db, request);
  const decision = flow.decide(lead);
  const terminal = flow.nodes.get(decision.terminal);
  if (!terminal)
    throw new Error(`The flow decided on "${decision.terminal}", which is not a node.`);
  const { placement, assigneeName } = await placeLead(new DistributionReads(db), {
    flow,
    terminal,
    lead,
    now,
  });
  return {
    lead: lead as Record<string, unknown>,
    warnings,
    terminal: { id: terminal.id, kind: terminal.kind, label: terminal.label ?? terminal.id },
    score: decision.score,
    grade: decision.grade,
    trace: flow.trace(lead),
    placement,
    assigneeName,
  };
}

/** Normalises a mapped input and adds the flow's match results, as of `now`; reads only. */
export async function enrichLead(
  db: Queryable,
  request: { flow: PublishedFlow; input: Record<string, unknown>; leadId: string; now: Date },
): Promise<{ lead: EnrichedLead; warnings: NormalizeWarning[] }> {
  const { flow } = request;
  const normalized = normalizeLead(request.input, {
    leadId: request.leadId,
    fields: flow.flow.fields ?? [],
  });
  const requests = matchRequests(flow.flow, normalized.lead);
  const found = await findMatches(db, flow.orgId, requests, request.now);
  return {
    lead: withMatches(normalized.lead, flow.flow, found),
    warnings: normalized.warnings,
  };
}
