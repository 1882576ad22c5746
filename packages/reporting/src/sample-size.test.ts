import { describe, expect, it } from 'vitest';
import { sampleSizePerArm } from './sample-size';

describe('sampleSizePerArm', () => {
  // Fleiss JL, Levin B, Paik MC (2003), Statistical Methods for Rates and Proportions, 3rd ed.,
  // Table A.4 (α = 0.05 two-sided, power 0.80): P1 = 0.05, P2 = 0.10 needs 474 per group with the
  // continuity correction; eq. 4.14 without it gives 434.4, so 435.
  it('matches Fleiss’ table for 5 % against 10 %', () => {
    expect(
      sampleSizePerArm({ baselineRate: 0.05, liftPoints: 5, continuityCorrection: true }),
    ).toBe(474);
    expect(sampleSizePerArm({ baselineRate: 0.05, liftPoints: 5 })).toBe(435);
  });

  // Same table, P1 = 0.10, P2 = 0.20 (α 0.05, power 0.80): 219 per group with the correction.
  it('matches Fleiss’ table for 10 % against 20 %', () => {
    expect(
      sampleSizePerArm({ baselineRate: 0.1, liftPoints: 10, continuityCorrection: true }),
    ).toBe(219);
  });

  it('needs the same leads to detect a drop as the matching rise', () => {
    const rise = sampleSizePerArm({ baselineRate: 0.1, liftPoints: 2 });
    const drop = sampleSizePerArm({ baselineRate: 0.12, liftPoints: -2 });
    expect(drop).toBe(rise);
  });

  it('needs more leads for more power and a stricter alpha', () => {
    const base = sampleSizePerArm({ baselineRate: 0.1, liftPoints: 2 });
    expect(sampleSizePerArm({ baselineRate: 0.1, liftPoints: 2, power: 0.9 })).toBeGreaterThan(
      base,
    );
    expect(sampleSizePerArm({ baselineRate: 0.1, liftPoints: 2, alpha: 0.01 })).toBeGreaterThan(
      base,
    );
  });

  it('rejects a zero lift, a lift past 100 % and an impossible power', () => {
    const invalid = expect.objectContaining({ code: 'invalid_input' });
    expect(() => sampleSizePerArm({ baselineRate: 0.1, liftPoints: 0 })).toThrow(invalid);
    expect(() => sampleSizePerArm({ baselineRate: 0.95, liftPoints: 10 })).toThrow(invalid);
    expect(() => sampleSizePerArm({ baselineRate: 0.1, liftPoints: 2, power: 1 })).toThrow(invalid);
  });
});
