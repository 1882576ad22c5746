import { describe, expect, it } from 'vitest';
import { fairness, gini } from './fairness';

describe('gini', () => {
  // Known values of the (population) Gini coefficient, e.g. Wikipedia "Gini coefficient" and
  // Damgaard & Weiner (2000), Ecology 81:1139: perfect equality 0; one of n holds everything
  // (n − 1)/n; the values 1…n give (n − 1)/(3n), tending to 1/3, the Gini of a uniform distribution.
  it('is 0 for an even spread', () => {
    expect(gini([25, 25, 25, 25])).toBe(0);
  });

  it('is (n − 1)/n when one rep gets everything', () => {
    expect(gini([0, 0, 0, 100])).toBeCloseTo(3 / 4, 12);
    expect(gini([0, 0, 0, 0, 0, 0, 0, 0, 0, 7])).toBeCloseTo(9 / 10, 12);
  });

  it('is (n − 1)/(3n) for 1…n, so 4/15 for 1…5 and near 1/3 for 1…1000', () => {
    expect(gini([3, 1, 5, 2, 4])).toBeCloseTo(4 / 15, 12);
    const upTo1000 = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(gini(upTo1000)).toBeCloseTo(999 / 3000, 12);
  });

  it('is 0 for no reps and for no leads', () => {
    expect(gini([])).toBe(0);
    expect(gini([0, 0])).toBe(0);
  });
});

describe('fairness', () => {
  it('gives shares, the max/min share ratio and the Gini', () => {
    const result = fairness([
      { repId: 'ana', leads: 60 },
      { repId: 'ben', leads: 30 },
      { repId: 'cy', leads: 10 },
    ]);
    expect(result.shares).toEqual([
      { repId: 'ana', leads: 60, share: 0.6 },
      { repId: 'ben', leads: 30, share: 0.3 },
      { repId: 'cy', leads: 10, share: 0.1 },
    ]);
    expect(result.maxMinShareRatio).toBe(6);
    expect(result.repsWithoutLeads).toBe(0);
    // Σ|xᵢ − xⱼ| over ordered pairs = 2·(30 + 50 + 20) = 200; 200 / (2 · 9 · 33.33) = 1/3.
    expect(result.gini).toBeCloseTo(1 / 3, 12);
  });

  it('has no ratio when a rep got nothing, and counts those reps', () => {
    const result = fairness([
      { repId: 'ana', leads: 5 },
      { repId: 'ben', leads: 0 },
    ]);
    expect(result.maxMinShareRatio).toBeNull();
    expect(result.repsWithoutLeads).toBe(1);
  });

  it('rejects a negative count', () => {
    expect(() => fairness([{ repId: 'ana', leads: -1 }])).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
