import { assertCount, assertOpenUnit, invalidInput } from './errors';
import { twoSidedZ } from './normal';

/** A rate with its confidence interval; `rate` is null when there were no trials. */
export type RateInterval = { rate: number | null; low: number; high: number };

/**
 * The Wilson score interval for successes out of trials (Wilson 1927; Newcombe 1998, method 3).
 * With no trials the rate is null and the interval is [0, 1]: nothing is known yet.
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): RateInterval {
  assertCount(successes, 'Successes');
  assertCount(trials, 'Trials');
  assertOpenUnit(confidence, 'Confidence');
  if (successes > trials) {
    invalidInput(`Successes (${successes}) cannot exceed trials (${trials}).`);
  }
  if (trials === 0) return { rate: null, low: 0, high: 1 };

  const z = twoSidedZ(confidence);
  const z2 = z * z;
  const rate = successes / trials;
  const denominator = 1 + z2 / trials;
  const centre = (rate + z2 / (2 * trials)) / denominator;
  const half =
    (z * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At none or all successes the bound is exactly 0 or 1 in theory; pin it against float noise.
  const low = successes === 0 ? 0 : centre - half;
  const high = successes === trials ? 1 : centre + half;
  return { rate, low, high };
}
