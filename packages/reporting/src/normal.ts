/// <reference path="./jstat.d.ts" />
import jStat from 'jstat';

// jstat rather than simple-statistics: simple-statistics' probit is an approximation off in the
// third decimal (probit(0.975) = 1.9572, not 1.95996), which moves Wilson bounds and sample sizes.

/** Φ(x): the standard normal cumulative distribution function. */
export function normalCdf(x: number): number {
  return jStat.normal.cdf(x, 0, 1);
}

/** Φ⁻¹(p): the standard normal quantile (probit), e.g. 1.959964 for 0.975. */
export function normalQuantile(p: number): number {
  return jStat.normal.inv(p, 0, 1);
}

/** The two-sided critical value z for a confidence level: 1.959964 for 0.95. */
export function twoSidedZ(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}
