import { describe, expect, it } from 'vitest';
import { compareProportions } from './compare';

describe('compareProportions', () => {
  // Physicians' Health Study (aspirin and myocardial infarction), Agresti A. (2007), An
  // Introduction to Categorical Data Analysis, 2nd ed., §2.2–2.4: placebo 189/11034, aspirin
  // 104/11037; difference 0.0077, relative risk 1.82, Pearson X² = 25.01 (so z = 5.00).
  it('reproduces the aspirin study', () => {
    const result = compareProportions(
      { successes: 189, trials: 11034 },
      { successes: 104, trials: 11037 },
    );
    expect(result.liftPoints).toBeCloseTo(0.77, 2);
    expect(result.liftPercent).toBeCloseTo(82, 0);
    expect((result.z ?? 0) ** 2).toBeCloseTo(25.01, 2);
    expect(result.z).toBeCloseTo(5.0, 2);
    expect(result.pValue).toBeLessThan(1e-6);
  });

  it('follows the textbook formula by hand and is symmetric in A and B', () => {
    const ab = compareProportions(
      { successes: 120, trials: 1000 },
      { successes: 100, trials: 1000 },
    );
    const ba = compareProportions(
      { successes: 100, trials: 1000 },
      { successes: 120, trials: 1000 },
    );
    expect(ab.pValue).toBeCloseTo(ba.pValue ?? 0, 12);
    expect(ab.z).toBeCloseTo(-(ba.z ?? 0), 12);
    // By hand: pooled p = 0.11, SE = sqrt(0.11·0.89·(1/1000 + 1/1000)) = 0.0139929,
    // z = 0.02 / 0.0139929 = 1.4293; p = 2·(1 − Φ(1.4293)) = 0.1529 (normal table: Φ(1.43) = 0.9236).
    expect(ab.z).toBeCloseTo(1.4293, 4);
    expect(ab.pValue).toBeCloseTo(0.1529, 4);
  });

  it('gives p = 1 when both arms convert identically, even at 0 %', () => {
    const none = compareProportions({ successes: 0, trials: 50 }, { successes: 0, trials: 80 });
    expect(none).toMatchObject({ liftPoints: 0, liftPercent: null, z: 0, pValue: 1 });
    const same = compareProportions({ successes: 5, trials: 50 }, { successes: 10, trials: 100 });
    expect(same.pValue).toBeCloseTo(1, 12);
  });

  it('has no test when an arm has no leads', () => {
    const result = compareProportions({ successes: 0, trials: 0 }, { successes: 3, trials: 10 });
    expect(result).toMatchObject({ liftPoints: null, z: null, pValue: null });
    expect(result.b.rate).toBeCloseTo(0.3, 12);
  });

  it('rejects more conversions than leads', () => {
    expect(() =>
      compareProportions({ successes: 11, trials: 10 }, { successes: 1, trials: 10 }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
