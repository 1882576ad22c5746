import { describe, expect, it } from 'vitest';
import { durationHistogram, timeToTouchBins } from './duration-histogram';

const minute = 60_000;
const hour = 60 * minute;

describe('durationHistogram', () => {
  it('counts each duration in the bin [from, to) it falls in, edges going up', () => {
    const histogram = durationHistogram([
      0,
      5 * minute - 1,
      5 * minute,
      16 * minute,
      90 * minute,
      3 * 24 * hour,
    ]);
    expect(histogram.map((bin) => [bin.label, bin.leads])).toEqual([
      ['Under 5 min', 2],
      ['5–15 min', 1],
      ['15–30 min', 1],
      ['30–60 min', 0],
      ['1–2 h', 1],
      ['2–4 h', 0],
      ['4–8 h', 0],
      ['8–24 h', 0],
      ['1 day or more', 1],
    ]);
  });

  it('lists every bin, empty, for no durations, and the bins tile time without gaps', () => {
    expect(durationHistogram([]).every((bin) => bin.leads === 0)).toBe(true);
    for (const [index, bin] of timeToTouchBins.entries()) {
      expect(bin.fromMs).toBe(index === 0 ? 0 : timeToTouchBins[index - 1]?.toMs);
    }
    expect(timeToTouchBins.at(-1)?.toMs).toBeNull();
  });

  it('rejects a negative duration', () => {
    expect(() => durationHistogram([-1])).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
