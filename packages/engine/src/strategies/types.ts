import type { Strategy, StrategyType } from '@switchyard/flow';
import type { RepLoad, RepProfile, SkipReason } from '../availability/eligibility';
import type { EnrichedLead } from '../lead/normalize-lead';

/** One rep the distributor looked at: eligible or not, why not, and the strategy's numbers. */
export type Candidate = {
  repId: string;
  eligible: boolean;
  skipped: SkipReason[];
  detail?: Record<string, number | string | null>;
};

/** A strategy's cursors and counters, persisted per assign node (JSON). */
export type StrategyState = Record<string, unknown>;

/** What every strategy decides from. */
export type StrategyInput<S extends Strategy = Strategy> = {
  strategy: S;
  members: ReadonlyArray<{ repId: string; weight: number }>;
  reps: Readonly<Record<string, RepProfile>>;
  loads: Readonly<Record<string, RepLoad>>;
  caps: { dailyCap?: number | undefined; openCap?: number | undefined };
  lead: EnrichedLead;
  now: Date;
  state: StrategyState;
  metrics?: Readonly<Record<string, number>> | undefined;
  performance?: Readonly<Record<string, { leads: number; converted: number }>> | undefined;
};

/** A strategy's answer: the rep (or null: nobody eligible), who was considered, the next state. */
export type StrategyPick = {
  repId: string | null;
  candidates: Candidate[];
  state: StrategyState;
  /** Half a sentence for the explanation, e.g. "round robin picked". */
  how: string;
};

/** A strategy is a pure function of its input. */
export type StrategyFn<T extends StrategyType> = (
  input: StrategyInput<Extract<Strategy, { type: T }>>,
) => StrategyPick;
