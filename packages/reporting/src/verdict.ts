import type { Comparison } from './compare';
import { assertOpenUnit } from './errors';
import { formatCount, formatPoints, formatPValue, roundAbout } from './format';
import { sampleSizePerArm } from './sample-size';

/** What a comparison means, for code: which arm is better, or why we cannot say. */
export type VerdictKind = 'a_better' | 'b_better' | 'no_difference' | 'not_enough_data';

export type VerdictOptions = {
  nameA: string;
  nameB: string;
  /** The smallest lift worth acting on, in percentage points. */
  targetLiftPoints: number;
  alpha?: number;
  power?: number;
};

/** The verdict: its kind, one plain sentence, and the leads per arm the target lift needs. */
export type Verdict = {
  kind: VerdictKind;
  sentence: string;
  /** Leads per arm to detect the target lift at the reference arm's rate; null without data. */
  leadsNeededPerArm: number | null;
};

function leadsPhrase(trialsA: number, trialsB: number): string {
  return trialsA === trialsB
    ? `${formatCount(trialsA)} leads each`
    : `${formatCount(trialsA)} and ${formatCount(trialsB)} leads`;
}

/**
 * Says in plain words what a comparison of A against B shows. A difference is real when
 * p < alpha; otherwise there is not enough data while the smaller arm is short of the leads the
 * target lift needs (two-sided test at alpha and power, baseline = B's rate), and no difference
 * once both arms have them.
 */
export function verdict(comparison: Comparison, options: VerdictOptions): Verdict {
  const { nameA, nameB, targetLiftPoints, alpha = 0.05, power = 0.8 } = options;
  assertOpenUnit(alpha, 'Alpha');
  const { a, b, liftPoints, pValue } = comparison;
  const target = formatPoints(Math.abs(targetLiftPoints));
  const baseline = b.rate ?? a.rate;
  const needed =
    baseline === null
      ? null
      : sampleSizePerArm({
          baselineRate: baselineFor(baseline, targetLiftPoints),
          liftPoints: Math.abs(targetLiftPoints),
          alpha,
          power,
        });

  if (pValue !== null && liftPoints !== null && pValue < alpha && liftPoints !== 0) {
    const better = liftPoints > 0 ? nameA : nameB;
    const sentence = `${better} converts ${formatPoints(Math.abs(liftPoints))} points better; with ${leadsPhrase(a.trials, b.trials)} this is unlikely to be chance (${formatPValue(pValue, alpha)}).`;
    return { kind: liftPoints > 0 ? 'a_better' : 'b_better', sentence, leadsNeededPerArm: needed };
  }
  const smaller = Math.min(a.trials, b.trials);
  if (needed === null || pValue === null || smaller < needed) {
    const more = needed === null ? null : roundAbout(needed - smaller);
    const sentence =
      more === null
        ? `Not enough data yet — ${nameA} and ${nameB} need leads in both arms before they can be compared.`
        : `Not enough data yet — about ${formatCount(more)} more leads per arm to detect a ${target}-point lift.`;
    return { kind: 'not_enough_data', sentence, leadsNeededPerArm: needed };
  }
  const gap = formatPoints(Math.abs(liftPoints ?? 0));
  const sentence = `No clear difference: with ${leadsPhrase(a.trials, b.trials)}, ${nameA} and ${nameB} convert within ${gap} points of each other (${formatPValue(pValue, alpha)}), and a ${target}-point lift would likely have shown by now.`;
  return { kind: 'no_difference', sentence, leadsNeededPerArm: needed };
}

// A lift must land on a rate: near 100 % detect the drop of the same size instead (same n).
function baselineFor(rate: number, liftPoints: number): number {
  const lift = Math.abs(liftPoints) / 100;
  return rate + lift <= 1 ? rate : rate - lift;
}
