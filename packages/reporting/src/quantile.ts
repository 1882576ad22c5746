import { invalidInput } from './errors';

// Hand-written rather than jStat.percentile: jstat skips the interpolation in the top interval
// (its p90 of 1…10 is 9, where R, numpy and Excel's PERCENTILE.INC give 9.1).

// A Float64Array sorts numerically and natively: several times faster than a comparator.
function checkedSorted(values: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(values);
  for (const value of sorted) {
    if (!Number.isFinite(value)) invalidInput(`A duration must be a finite number (got ${value}).`);
  }
  return sorted.sort();
}

/** The q-quantile of ascending values, linear between order statistics (Hyndman & Fan type 7). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  if (!(q >= 0 && q <= 1)) invalidInput(`A quantile must be between 0 and 1 (got ${q}).`);
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (position - below) * (upper - lower);
}

/** The q-quantile (0–1) of values in any order; null for no values. */
export function quantile(values: ArrayLike<number>, q: number): number | null {
  return quantileSorted(checkedSorted(values), q);
}

/** The median; null for no values. */
export function median(values: ArrayLike<number>): number | null {
  return quantile(values, 0.5);
}

/** The 90th percentile; null for no values. */
export function p90(values: ArrayLike<number>): number | null {
  return quantile(values, 0.9);
}

/** How many durations there were, with their median and p90 (null when none). */
export type DurationSummary = { count: number; median: number | null; p90: number | null };

/** Median and p90 with one sort, for the time-to-assign and time-to-touch columns. */
export function durationSummary(values: ArrayLike<number>): DurationSummary {
  const sorted = checkedSorted(values);
  return {
    count: sorted.length,
    median: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
  };
}
