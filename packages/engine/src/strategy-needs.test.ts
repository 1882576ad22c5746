import { describe, expect, it } from 'vitest';
import { strategyNeeds } from './strategy-needs';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('strategyNeeds', () => {
  it('asks for open leads when load balancing by default', () => {
    expect(strategyNeeds({ type: 'load_balanced' }, now)).toEqual({ metric: 'open_leads' });
    expect(strategyNeeds({ type: 'load_balanced', by: 'open_leads', window: 'day' }, now)).toEqual({
      metric: 'open_leads',
    });
  });

  it('asks for a field’s total over a rolling day, week or month (default)', () => {
    expect(strategyNeeds({ type: 'load_balanced', by: 'budget', window: 'day' }, now)).toEqual({
      metric: 'field_sum',
      field: 'budget',
      since: daysAgo(1),
    });
    expect(
      strategyNeeds({ type: 'load_balanced', by: 'custom.seats', window: 'week' }, now),
    ).toMatchObject({
      since: daysAgo(7),
    });
    expect(strategyNeeds({ type: 'load_balanced', by: 'budget' }, now)).toMatchObject({
      since: daysAgo(30),
    });
  });

  it('asks for trailing performance over windowDays (default 30)', () => {
    expect(strategyNeeds({ type: 'top_performer' }, now)).toEqual({
      metric: 'performance',
      since: daysAgo(30),
    });
    expect(strategyNeeds({ type: 'top_performer', windowDays: 90 }, now)).toEqual({
      metric: 'performance',
      since: daysAgo(90),
    });
  });

  it('asks for nothing for strategies that need only reps and loads', () => {
    for (const strategy of [
      { type: 'round_robin' as const },
      { type: 'weighted' as const },
      { type: 'named_rep' as const, repId: 'r' },
      { type: 'match_owner' as const },
    ]) {
      expect(strategyNeeds(strategy, now)).toBeNull();
    }
  });

  it('reads an unknown window as a month rather than failing', () => {
    const odd = { type: 'load_balanced' as const, by: 'budget', window: 'year' as never };
    expect(strategyNeeds(odd, now)).toMatchObject({ since: daysAgo(30) });
  });
});
