import { numberMap } from './assess';
import type { Candidate, StrategyPick, StrategyState } from './types';

const epsilon = 1e-9;

/**
 * Largest weighted shortfall (Cal.com-style fairness): each pick adds weight/Σweights to every
 * member's expected count; the eligible member furthest below expected wins (ties: member order).
 * Members who cannot take the lead are credited their share, so they are not flooded on return.
 */
export function pickByShortfall(
  candidates: Candidate[],
  weights: ReadonlyMap<string, number>,
  state: StrategyState,
): Omit<StrategyPick, 'how'> {
  const expected = numberMap(state.expected);
  const actual = numberMap(state.actual);
  const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
  if (total <= 0 || !candidates.some((c) => c.eligible)) return { repId: null, candidates, state };
  let best: Candidate | undefined;
  let bestShortfall = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const share = (weights.get(candidate.repId) ?? 0) / total;
    expected[candidate.repId] = (expected[candidate.repId] ?? 0) + share;
    if (!candidate.eligible) actual[candidate.repId] = (actual[candidate.repId] ?? 0) + share;
    const shortfall = (expected[candidate.repId] ?? 0) - (actual[candidate.repId] ?? 0);
    candidate.detail = {
      weight: weights.get(candidate.repId) ?? 0,
      targetShare: round(share),
      expected: round(expected[candidate.repId] ?? 0),
      actual: round(actual[candidate.repId] ?? 0),
      shortfall: round(shortfall),
    };
    if (candidate.eligible && shortfall > bestShortfall + epsilon) {
      best = candidate;
      bestShortfall = shortfall;
    }
  }
  if (best) actual[best.repId] = (actual[best.repId] ?? 0) + 1;
  return { repId: best?.repId ?? null, candidates, state: { expected, actual } };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
