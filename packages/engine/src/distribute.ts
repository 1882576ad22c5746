import type { FlowNode } from '@switchyard/flow';
import type { RepLoad, RepProfile } from './availability/eligibility';
import { type ExplainContext, reasonText, repName, skippedText, strategyLabels } from './explain';
import { type EnrichedLead, isRecord } from './lead/lead-fields';
import { assessRep } from './strategies/assess';
import { runStrategy } from './strategies/index';
import type { Candidate, StrategyInput, StrategyState } from './strategies/types';

/** An assign node's config, as @switchyard/flow parses it. */
export type AssignConfig = Extract<FlowNode, { kind: 'assign' }>['config'];

/** Everything distribution decides from; the runtime reads it inside the lead's transaction. */
export type DistributionInput = {
  nodeId: string;
  config: AssignConfig;
  /** The team's members in stable order (weight default 1). */
  members: ReadonlyArray<{ repId: string; weight: number }>;
  /** Every rep of the organisation: named, territory, owner and fallback reps may be outside the team. */
  reps: Record<string, RepProfile>;
  loads: Record<string, RepLoad>;
  lead: EnrichedLead;
  now: Date;
  /** The node's persisted strategy state; null the first time. */
  state: StrategyState | null;
  metrics?: Record<string, number>;
  performance?: Record<string, { leads: number; converted: number }>;
  /** The fallback pool step's name in the flow, for the explanation (its id otherwise). */
  fallbackPoolName?: string;
};

/** Where the lead goes: a rep by the strategy, else the node's fallback rep or pool. */
export type Distribution =
  | { outcome: 'assigned'; repId: string }
  | { outcome: 'fallback_rep'; repId: string; reason: string }
  | { outcome: 'fallback_pool'; poolNodeId: string; reason: string };

/** A distribution with the candidates considered, the node's next state and one plain sentence. */
export type DistributionResult = Distribution & {
  candidates: Candidate[];
  state: StrategyState;
  explanation: string;
};

/**
 * Runs the assign node's strategy under every constraint; when it picks nobody, the node's
 * fallback takes the lead: the pool, or the fallback rep even if they are unavailable, so no
 * lead is ever dropped. Pure and O(members): one call per lead inside the runtime's transaction.
 */
export function distribute(input: DistributionInput): DistributionResult {
  const caps = { dailyCap: input.config.dailyCap, openCap: input.config.openCap };
  const strategyInput: StrategyInput = {
    strategy: input.config.strategy,
    members: Array.isArray(input.members) ? input.members : [],
    reps: input.reps ?? {},
    loads: input.loads ?? {},
    caps,
    lead: input.lead ?? {},
    now: input.now,
    state: isRecord(input.state) ? input.state : {},
    metrics: input.metrics,
    performance: input.performance,
  };
  const pick = runStrategy(strategyInput);
  const context: ExplainContext = { reps: strategyInput.reps, caps };
  const label = strategyLabels[input.config.strategy.type] ?? 'The strategy';
  const skipped = skippedText(context, pick.candidates);
  const { candidates, state } = pick;

  if (pick.repId !== null) {
    const who = `${repName(context, pick.repId)}${pick.note ? `, ${pick.note}` : ''}`;
    const tail = skipped ? `; skipped ${skipped}` : '';
    const explanation = `${label} picked ${who}${tail}.`;
    return { outcome: 'assigned', repId: pick.repId, candidates, state, explanation };
  }

  const reason =
    pick.why ?? (skipped ? `nobody could take the lead: ${skipped}` : 'nobody could take the lead');
  const { fallback } = input.config;
  if ('pool' in fallback) {
    const pool = input.fallbackPoolName || fallback.pool;
    const explanation = `${label} found no rep (${reason}), so the lead went to the pool "${pool}".`;
    const poolNodeId = fallback.pool;
    return { outcome: 'fallback_pool', poolNodeId, reason, candidates, state, explanation };
  }
  const backup = assessRep(strategyInput, fallback.rep);
  const name = repName(context, fallback.rep);
  const unavailable = backup.skipped.map((r) => reasonText(context, backup, r)).join(', ');
  const despite = backup.eligible
    ? ''
    : ` even though ${name} is unavailable (${unavailable}): no lead is ever dropped`;
  const explanation = `${label} found no rep (${reason}), so the lead went to the fallback rep ${name}${despite}.`;
  const fallbackReason = backup.eligible
    ? reason
    : `${reason}; the fallback rep takes it although unavailable (${unavailable})`;
  return {
    candidates,
    state,
    outcome: 'fallback_rep',
    repId: fallback.rep,
    reason: fallbackReason,
    explanation,
  };
}
