import { describe, expect, it } from 'vitest';
import {
  durationSummary,
  median,
  p90,
  quantile,
  quantileSorted,
  quantilesInPlace,
} from './quantile';

// Hyndman RJ & Fan Y (1996), "Sample quantiles in statistical packages", The American
// Statistician 50:361–365, definition 7 — the default of R's quantile() and numpy.percentile().
describe('quantile', () => {
  it('matches R and numpy on 1…10', () => {
    const values = [7, 1, 10, 3, 2, 9, 4, 8, 6, 5];
    // R: quantile(1:10, c(0.5, 0.9, 0.25)) → 5.5, 9.1, 3.25
    expect(median(values)).toBeCloseTo(5.5, 12);
    expect(p90(values)).toBeCloseTo(9.1, 12);
    expect(quantile(values, 0.25)).toBeCloseTo(3.25, 12);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(10);
  });

  // numpy docs, numpy.percentile: a = [[10, 7, 4], [3, 2, 1]]; np.percentile(a, 50) → 3.5.
  it('matches the numpy documentation example', () => {
    expect(median([10, 7, 4, 3, 2, 1])).toBe(3.5);
  });

  it('is null for no values and the value itself for one', () => {
    expect(median([])).toBeNull();
    expect(p90([])).toBeNull();
    expect(p90([42])).toBe(42);
    expect(durationSummary([])).toEqual({ count: 0, median: null, p90: null });
  });

  it('summarises durations', () => {
    expect(durationSummary([3000, 1000, 2000])).toEqual({ count: 3, median: 2000, p90: 2800 });
  });

  it('rejects a quantile past 1 and a duration that is not a number', () => {
    const invalid = expect.objectContaining({ code: 'invalid_input' });
    expect(() => quantile([1, 2], 1.5)).toThrow(invalid);
    expect(() => median([1, Number.NaN])).toThrow(invalid);
  });

  it('selects exactly the quantiles a full sort gives, ties and odd sizes included', () => {
    for (const size of [1, 2, 3, 10, 11, 1000, 1001]) {
      // A fixed scramble with many ties: (i · 7919) mod 97.
      const values = Float64Array.from({ length: size }, (_, i) => (i * 7919) % 97);
      const sorted = Float64Array.from(values).sort();
      const qs = [0, 0.1, 0.5, 0.9, 0.99, 1];
      expect(quantilesInPlace(Float64Array.from(values), qs)).toEqual(
        qs.map((q) => quantileSorted(sorted, q)),
      );
    }
    expect(quantilesInPlace(new Float64Array(0), [0.5, 0.9])).toEqual([null, null]);
  });

  it('asks for quantiles in ascending order', () => {
    expect(() => quantilesInPlace(Float64Array.from([3, 1, 2]), [0.9, 0.5])).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
