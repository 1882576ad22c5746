import { assertCount, invalidInput } from './errors';
import { normalCdf } from './normal';

/** Conversions out of leads for one version or arm. */
export type Proportion = { successes: number; trials: number };

/** Two arms compared: A against B (the reference). Rates and lift are null where an arm is empty. */
export type Comparison = {
  a: Proportion & { rate: number | null };
  b: Proportion & { rate: number | null };
  /** (rate A − rate B) × 100: percentage points. */
  liftPoints: number | null;
  /** (rate A − rate B) / rate B × 100; null when B converted nothing. */
  liftPercent: number | null;
  /** Pooled two-proportion z statistic; null when an arm has no leads. */
  z: number | null;
  /** Two-sided p-value of the z test; null when an arm has no leads. */
  pValue: number | null;
};

function checked(p: Proportion, arm: string): Proportion & { rate: number | null } {
  assertCount(p.successes, `Conversions of ${arm}`);
  assertCount(p.trials, `Leads of ${arm}`);
  if (p.successes > p.trials) {
    invalidInput(`${arm} has more conversions (${p.successes}) than leads (${p.trials}).`);
  }
  return { ...p, rate: p.trials === 0 ? null : p.successes / p.trials };
}

/**
 * Lift of A over B and the pooled two-proportion z test (no continuity correction; z² equals
 * Pearson's chi-square of the 2×2 table).
 */
export function compareProportions(a: Proportion, b: Proportion): Comparison {
  const armA = checked(a, 'A');
  const armB = checked(b, 'B');
  if (armA.rate === null || armB.rate === null) {
    return { a: armA, b: armB, liftPoints: null, liftPercent: null, z: null, pValue: null };
  }
  const difference = armA.rate - armB.rate;
  const pooled = (armA.successes + armB.successes) / (armA.trials + armB.trials);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / armA.trials + 1 / armB.trials));
  // Both arms all-converted or none-converted: identical rates, no evidence of a difference.
  const z = standardError === 0 ? 0 : difference / standardError;
  return {
    a: armA,
    b: armB,
    liftPoints: difference * 100,
    liftPercent: armB.rate === 0 ? null : (difference / armB.rate) * 100,
    z,
    pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))),
  };
}
