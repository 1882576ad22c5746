import { assertOpenUnit, invalidInput } from './errors';
import { normalQuantile, twoSidedZ } from './normal';

/** What to detect: a baseline conversion rate and a lift in percentage points. */
export type SampleSizeInput = {
  /** The reference arm's conversion rate, 0–1. */
  baselineRate: number;
  /** The lift to detect, in percentage points (2 = from 10 % to 12 %); may be negative. */
  liftPoints: number;
  /** Two-sided significance level. */
  alpha?: number;
  /** Chance of detecting the lift when it is real. */
  power?: number;
  /** Fleiss' continuity correction, to match a corrected (Yates) test; off to match ours. */
  continuityCorrection?: boolean;
};

/**
 * Leads needed in each arm to detect the lift with a two-sided two-proportion z test
 * (Fleiss, Levin & Paik 2003, eqs. 4.14 and 4.15), rounded up to a whole lead.
 */
export function sampleSizePerArm(input: SampleSizeInput): number {
  const { baselineRate, liftPoints, alpha = 0.05, power = 0.8 } = input;
  assertOpenUnit(alpha, 'Alpha');
  assertOpenUnit(power, 'Power');
  const p1 = baselineRate;
  const p2 = baselineRate + liftPoints / 100;
  if (!(p1 >= 0 && p1 <= 1)) invalidInput(`The baseline rate must be 0–1 (got ${p1}).`);
  if (!(p2 >= 0 && p2 <= 1) || liftPoints === 0) {
    invalidInput(`A ${liftPoints}-point lift on ${p1 * 100}% is not a rate that can be detected.`);
  }
  const difference = Math.abs(p2 - p1);
  const mean = (p1 + p2) / 2;
  const numerator =
    twoSidedZ(1 - alpha) * Math.sqrt(2 * mean * (1 - mean)) +
    normalQuantile(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  const n = numerator ** 2 / difference ** 2;
  if (!input.continuityCorrection) return Math.ceil(n);
  const corrected = (n / 4) * (1 + Math.sqrt(1 + 4 / (n * difference))) ** 2;
  return Math.ceil(corrected);
}
