import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (Wilson score).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i gives Newcombe’s [%f, %f]', (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials);
    expect(interval.rate).toBeCloseTo(successes / trials, 12);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('is [0, 1] with a null rate when there are no trials', () => {
    expect(wilsonInterval(0, 0)).toEqual({ rate: null, low: 0, high: 1 });
  });

  it('reaches exactly 1 when every trial succeeded', () => {
    // Mirror of Newcombe's 0/20: 20/20 gives [0.8389, 1].
    const interval = wilsonInterval(20, 20);
    expect(interval.high).toBe(1);
    expect(interval.low).toBeCloseTo(0.8389, 4);
  });

  it('widens with the confidence level', () => {
    const at95 = wilsonInterval(81, 263);
    const at99 = wilsonInterval(81, 263, 0.99);
    expect(at99.low).toBeLessThan(at95.low);
    expect(at99.high).toBeGreaterThan(at95.high);
  });

  it('rejects more successes than trials, fractions and impossible confidence', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => wilsonInterval(1.5, 4)).toThrow(/whole number/);
    expect(() => wilsonInterval(-1, 4)).toThrow(/whole number/);
    expect(() => wilsonInterval(1, 4, 1)).toThrow(/Confidence/);
  });
});
