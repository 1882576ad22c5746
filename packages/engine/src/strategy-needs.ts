import type { Strategy } from '@switchyard/flow';

/** What the runtime must read from the database before `distribute`, for one strategy. */
export type StrategyNeeds =
  | { metric: 'open_leads' }
  | { metric: 'field_sum'; field: string; since: Date }
  | { metric: 'performance'; since: Date }
  | null;

const dayMs = 86_400_000;
/** Rolling windows of load balancing by a field, in days. */
export const windowDays = { day: 1, week: 7, month: 30 } as const;

/**
 * What to query before distributing: open leads per rep (load balancing by default), a numeric
 * lead field's total per rep since the start of a rolling window (`by`; window default month,
 * 30 days), or leads and conversions per rep over `windowDays` (top performer, default 30).
 * Null for strategies that need nothing beyond reps and loads.
 */
export function strategyNeeds(strategy: Strategy, now: Date): StrategyNeeds {
  const ago = (days: number) => new Date(now.getTime() - days * dayMs);
  switch (strategy.type) {
    case 'load_balanced': {
      if (strategy.by === undefined || strategy.by === 'open_leads')
        return { metric: 'open_leads' };
      const window = strategy.window ?? 'month';
      return { metric: 'field_sum', field: strategy.by, since: ago(windowDays[window] ?? 30) };
    }
    case 'top_performer':
      return { metric: 'performance', since: ago(strategy.windowDays ?? 30) };
    default:
      return null;
  }
}
