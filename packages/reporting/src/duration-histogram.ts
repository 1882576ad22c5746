import { invalidInput } from './errors';

const minute = 60_000;
const hour = 60 * minute;

/** One bar of a duration distribution: leads whose duration is in [fromMs, toMs). */
export type DurationBin = { label: string; fromMs: number; toMs: number | null; leads: number };

/**
 * The time-to-first-touch bins of the Reports page. Fine where speed-to-lead is won or lost (the
 * first five minutes, the first hour), then doubling, then "a day or more": a manager reads
 * "most leads wait 1–2 h" at a glance, and every bar is wide enough to hold leads.
 */
export const timeToTouchBins: ReadonlyArray<Omit<DurationBin, 'leads'>> = [
  { label: 'Under 5 min', fromMs: 0, toMs: 5 * minute },
  { label: '5–15 min', fromMs: 5 * minute, toMs: 15 * minute },
  { label: '15–30 min', fromMs: 15 * minute, toMs: 30 * minute },
  { label: '30–60 min', fromMs: 30 * minute, toMs: hour },
  { label: '1–2 h', fromMs: hour, toMs: 2 * hour },
  { label: '2–4 h', fromMs: 2 * hour, toMs: 4 * hour },
  { label: '4–8 h', fromMs: 4 * hour, toMs: 8 * hour },
  { label: '8–24 h', fromMs: 8 * hour, toMs: 24 * hour },
  { label: '1 day or more', fromMs: 24 * hour, toMs: null },
];

/** How many durations (ms, any order) fall in each bin; every bin is listed, empty ones with 0. */
export function durationHistogram(
  durations: ArrayLike<number>,
  bins: ReadonlyArray<Omit<DurationBin, 'leads'>> = timeToTouchBins,
): DurationBin[] {
  const counts = bins.map(() => 0);
  for (let i = 0; i < durations.length; i++) {
    const duration = durations[i] as number;
    // Bins are few: a scan from the first beats a binary search.
    const bin = bins.findIndex(
      (b) => duration >= b.fromMs && (b.toMs === null || duration < b.toMs),
    );
    if (bin < 0) invalidInput(`A duration of ${duration} ms falls in no bin.`);
    counts[bin] = (counts[bin] as number) + 1;
  }
  return bins.map((bin, index) => ({ ...bin, leads: counts[index] as number }));
}
