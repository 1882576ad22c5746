import { describe, expect, it } from 'vitest';
import { compareProportions } from './compare';
import { verdict } from './verdict';

const names = { nameA: 'Version 4', nameB: 'Version 3', targetLiftPoints: 2 };

describe('verdict', () => {
  // 222/1240 = 17.90 % against 175/1240 = 14.11 %: lift 3.79 points, pooled z = 2.574, p = 0.010.
  it('names the better version when the difference is unlikely to be chance', () => {
    const comparison = compareProportions(
      { successes: 222, trials: 1240 },
      { successes: 175, trials: 1240 },
    );
    expect(verdict(comparison, names)).toMatchObject({
      kind: 'a_better',
      sentence:
        'Version 4 converts 3.8 points better; with 1,240 leads each this is unlikely to be chance (p = 0.01).',
    });
    const reversed = compareProportions(comparison.b, comparison.a);
    expect(verdict(reversed, { ...names, nameA: 'Version 3', nameB: 'Version 4' }).kind).toBe(
      'b_better',
    );
  });

  it('says how many more leads the target lift needs while the arms are too small', () => {
    // Baseline 10 %, 2-point lift, α 0.05, power 0.8: 3,841 per arm (Fleiss eq. 4.14); 901 to go.
    const comparison = compareProportions(
      { successes: 300, trials: 2940 },
      { successes: 294, trials: 2940 },
    );
    expect(verdict(comparison, names)).toEqual({
      kind: 'not_enough_data',
      sentence: 'Not enough data yet — about 900 more leads per arm to detect a 2-point lift.',
      leadsNeededPerArm: 3841,
    });
  });

  it('calls it no difference once both arms could have shown the target lift', () => {
    const comparison = compareProportions(
      { successes: 510, trials: 5000 },
      { successes: 500, trials: 5000 },
    );
    const result = verdict(comparison, names);
    expect(result.kind).toBe('no_difference');
    expect(result.sentence).toBe(
      'No clear difference: with 5,000 leads each, Version 4 and Version 3 convert within 0.2 points of each other (p = 0.74), and a 2-point lift would likely have shown by now.',
    );
  });

  it('names both arm sizes when they differ', () => {
    const comparison = compareProportions(
      { successes: 300, trials: 1500 },
      { successes: 200, trials: 1600 },
    );
    expect(verdict(comparison, names).sentence).toContain('with 1,500 and 1,600 leads this');
  });

  it('counts every lead the target needs while one arm is still empty', () => {
    const comparison = compareProportions(
      { successes: 0, trials: 0 },
      { successes: 10, trials: 100 },
    );
    expect(verdict(comparison, names)).toEqual({
      kind: 'not_enough_data',
      sentence: 'Not enough data yet — about 3,800 more leads per arm to detect a 2-point lift.',
      leadsNeededPerArm: 3841,
    });
  });

  it('asks for leads when both arms are empty', () => {
    const comparison = compareProportions({ successes: 0, trials: 0 }, { successes: 0, trials: 0 });
    expect(verdict(comparison, names)).toMatchObject({
      kind: 'not_enough_data',
      leadsNeededPerArm: null,
    });
  });

  it('rejects a target lift of zero', () => {
    const comparison = compareProportions(
      { successes: 1, trials: 10 },
      { successes: 1, trials: 10 },
    );
    expect(() => verdict(comparison, { ...names, targetLiftPoints: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
