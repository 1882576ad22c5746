import { describe, expect, it } from 'vitest';
import { inputFor, picks } from '../../test/strategy-fixtures';
import { topPerformer } from './top-performer';

const strategy = { type: 'top_performer' as const };
const count = (list: Array<string | null>) => {
  const counts: Record<string, number> = {};
  for (const id of list) if (id) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
};

describe('topPerformer', () => {
  it('weighs members by their trailing conversion rate', () => {
    const input = inputFor(
      strategy,
      { performance: { ana: { leads: 100, converted: 40 }, ben: { leads: 100, converted: 10 } } },
      ['ana', 'ben'],
    );
    expect(count(picks(topPerformer, input, 500))).toEqual({ ana: 400, ben: 100 });
    expect(topPerformer(input).candidates[0]?.detail).toMatchObject({
      leads: 100,
      converted: 40,
      conversionRate: 0.4,
      weight: 0.4,
      targetShare: 0.8,
    });
  });

  it('gives a member under minLeads the team’s average rate, so a newcomer is not starved', () => {
    const input = inputFor(strategy, {
      performance: {
        ana: { leads: 100, converted: 40 },
        ben: { leads: 100, converted: 10 },
        cy: { leads: 3, converted: 3 },
      },
    });
    const cy = topPerformer(input).candidates[2]?.detail;
    expect(cy).toMatchObject({ conversionRate: null, weight: 0.25 });
    const withLowBar = topPerformer({ ...input, strategy: { ...strategy, minLeads: 3 } });
    expect(withLowBar.candidates[2]?.detail).toMatchObject({ conversionRate: 1, weight: 1 });
  });

  it('keeps a rep who converted nothing in the rotation, at the 1% floor', () => {
    const input = inputFor(
      strategy,
      { performance: { ana: { leads: 50, converted: 20 }, ben: { leads: 50, converted: 0 } } },
      ['ana', 'ben'],
    );
    expect(count(picks(topPerformer, input, 41))).toEqual({ ana: 40, ben: 1 });
  });

  it('shares equally when nobody has any history', () => {
    expect(count(picks(topPerformer, inputFor(strategy), 30))).toEqual({
      ana: 10,
      ben: 10,
      cy: 10,
    });
  });

  it('reads malformed performance as no history', () => {
    const input = inputFor(strategy, {
      performance: {
        ana: { leads: -5, converted: 9 },
        ben: { leads: Number.NaN, converted: 1 },
        cy: null as never,
      },
    });
    expect(count(picks(topPerformer, input, 3))).toEqual({ ana: 1, ben: 1, cy: 1 });
    expect(topPerformer(input).candidates[0]?.detail).toMatchObject({ leads: 0, converted: 0 });
  });
});
