import type { Strategy, StrategyType } from '@switchyard/flow';
import type { NodeCaps, RepLoad, RepProfile, SkipReason } from '../availability/eligibility';
import type { EnrichedLead } from '../lead/lead-fields';

/** One rep a strategy looked at: eligible or not, why not, and the strategy's numbers. */
export type Candidate = {
  repId: string;
  eligible: boolean;
  skipped: SkipReason[];
  /** e.g. weight, targetShare, expected, actual, shortfall, load, conversionRate. */
  detail?: Record<string, number | string | null>;
};

/** A strategy's cursors and counters: JSON, persisted per assign node by the runtime. */
export type StrategyState = Record<string, unknown>;

/** Everything a strategy decides from; `state` is `{}` the first time. */
export type StrategyInput<S extends Strategy = Strategy> = {
  strategy: S;
  /** The team's members in stable order. */
  members: ReadonlyArray<{ repId: string; weight: number }>;
  /** Every rep of the organisation a strategy may name, by id. */
  reps: Readonly<Record<string, RepProfile>>;
  loads: Readonly<Record<string, RepLoad>>;
  caps: NodeCaps;
  lead: EnrichedLead;
  now: Date;
  state: StrategyState;
  metrics?: Readonly<Record<string, number>> | undefined;
  performance?: Readonly<Record<string, { leads: number; converted: number }>> | undefined;
};

/** A strategy's answer: the rep, or null when nobody may take the lead, and the next state. */
export type StrategyPick = {
  repId: string | null;
  /** Every rep considered, with skip reasons; every member of the team is among them. */
  candidates: Candidate[];
  state: StrategyState;
  /** Why this rep, as a clause after their name ("who was owed a turn"). */
  note?: string;
  /** Why nobody, when the strategy knows better than "everyone was unavailable". */
  why?: string;
};

/** A strategy: a pure function of its input, for one strategy type. */
export type StrategyFn<T extends StrategyType> = (
  input: StrategyInput<Extract<Strategy, { type: T }>>,
) => StrategyPick;
