import type { FlowNode, Strategy } from '@switchyard/flow';
import type { RepLoad, RepProfile } from './availability/eligibility';
import type { EnrichedLead } from './lead/normalize-lead';
import { strategies } from './strategies';
import type { Candidate, StrategyInput, StrategyPick, StrategyState } from './strategies/types';

/** An assign node's config as the flow package parses it. */
export type AssignConfig = Extract<FlowNode, { kind: 'assign' }>['config'];

/** Everything distribution decides from; the runtime reads it inside the lead's transaction. */
export type DistributionInput = {
  nodeId: string;
  config: AssignConfig;
  members: ReadonlyArray<{ repId: string; weight: number }>;
  reps: Readonly<Record<string, RepProfile>>;
  loads: Readonly<Record<string, RepLoad>>;
  lead: EnrichedLead;
  now: Date;
  state: StrategyState | null;
  metrics?: Readonly<Record<string, number>>;
  performance?: Readonly<Record<string, { leads: number; converted: number }>>;
};

/** Where the lead goes: a rep by the strategy, else the node's fallback rep or pool. */
export type Distribution =
  | { outcome: 'assigned'; repId: string }
  | { outcome: 'fallback_rep'; repId: string; reason: string }
  | { outcome: 'fallback_pool'; poolNodeId: string; reason: string };

const reasonWords: Record<string, string> = {
  inactive: 'inactive',
  out_of_office: 'out of office',
  outside_hours: 'outside working hours',
  daily_cap: 'daily cap reached',
  open_cap: 'open-lead cap reached',
  missing_skill: 'missing skill',
  not_in_territory: 'not their territory',
  not_owner: 'not the owner',
  unknown_rep: 'not a rep here',
};

/** Runs the node's strategy; when nobody is eligible, the fallback. No lead is ever dropped. */
export function distribute(
  input: DistributionInput,
): Distribution & { candidates: Candidate[]; state: StrategyState; explanation: string } {
  const strategyInput: StrategyInput = {
    strategy: input.config.strategy,
    members: input.members,
    reps: input.reps,
    loads: input.loads,
    caps: { dailyCap: input.config.dailyCap, openCap: input.config.openCap },
    lead: input.lead,
    now: input.now,
    state: input.state ?? {},
    metrics: input.metrics,
    performance: input.performance,
  };
  const pick = runStrategy(input.config.strategy, strategyInput);
  const name = (id: string) =>
    (Object.hasOwn(input.reps, id) ? input.reps[id]?.name : undefined) ?? id;
  const skipped = pick.candidates
    .filter((c) => !c.eligible)
    .map((c) => `${name(c.repId)} (${c.skipped.map((r) => reasonWords[r] ?? r).join(', ')})`);
  const skippedText = skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : '';
  const base = { candidates: pick.candidates, state: pick.state };
  if (pick.repId) {
    return {
      ...base,
      outcome: 'assigned',
      repId: pick.repId,
      explanation: `${capitalise(pick.how)} ${name(pick.repId)}${skippedText}.`,
    };
  }
  const reason =
    pick.candidates.length === 0
      ? `${capitalise(pick.how)} this lead`
      : `Nobody could take the lead${skippedText}`;
  const fallback = input.config.fallback;
  if ('pool' in fallback) {
    return {
      ...base,
      outcome: 'fallback_pool',
      poolNodeId: fallback.pool,
      reason,
      explanation: `${reason}. It went to the fallback pool.`,
    };
  }
  const rep = Object.hasOwn(input.reps, fallback.rep) ? input.reps[fallback.rep] : undefined;
  const note = rep?.active ? '' : ' even though they are unavailable, so that no lead is dropped';
  return {
    ...base,
    outcome: 'fallback_rep',
    repId: fallback.rep,
    reason,
    explanation: `${reason}. It went to the fallback rep ${name(fallback.rep)}${note}.`,
  };
}

function runStrategy(strategy: Strategy, input: StrategyInput): StrategyPick {
  const run = strategies[strategy.type] as (input: StrategyInput) => StrategyPick;
  return run(input);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the runtime must query before `distribute` for this strategy. */
export function strategyNeeds(
  strategy: Strategy,
  now: Date,
):
  | { metric: 'open_leads' }
  | { metric: 'field_sum'; field: string; since: Date }
  | { metric: 'performance'; since: Date }
  | null {
  const day = 86_400_000;
  if (strategy.type === 'load_balanced') {
    if (!strategy.by || strategy.by === 'open_leads') return { metric: 'open_leads' };
    const days = { day: 1, week: 7, month: 30 }[strategy.window ?? 'month'];
    return { metric: 'field_sum', field: strategy.by, since: new Date(now.getTime() - days * day) };
  }
  if (strategy.type === 'top_performer') {
    return {
      metric: 'performance',
      since: new Date(now.getTime() - (strategy.windowDays ?? 30) * day),
    };
  }
  return null;
}
