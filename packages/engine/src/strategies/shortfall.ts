import { readNumbers, rounded } from './assess';
import type { Candidate, StrategyState } from './types';

// Shortfalls closer than this are ties, so float noise cannot break member order.
const epsilon = 1e-9;

/** Each member's part of one lead: weight over the total, or an equal part if all weigh 0. */
function shares(ids: readonly string[], weights: ReadonlyMap<string, number>): Map<string, number> {
  const total = ids.reduce((sum, id) => sum + (weights.get(id) ?? 0), 0);
  return new Map(
    ids.map((id) => [id, total > 0 ? (weights.get(id) ?? 0) / total : 1 / ids.length]),
  );
}

/**
 * Largest weighted shortfall, after Cal.com: each lead adds to every member's expected count
 * and the eligible member furthest below it (expected − actual) wins, ties in member order;
 * the winner's actual count grows by one. Members who cannot take the lead are credited their
 * target share on both counts, and the members who can share the whole lead by weight, so the
 * shortfalls always sum to zero: nobody comes back from leave to a flood, and nobody who
 * covered for them is penalised. A member new to the state starts level, with no backlog.
 * State: `{ expected, actual }` by rep id, current members only.
 */
export function pickByShortfall(
  candidates: readonly Candidate[],
  weights: ReadonlyMap<string, number>,
  state: StrategyState,
): { repId: string | null; state: StrategyState } {
  const expected = readNumbers(state, 'expected');
  const actual = readNumbers(state, 'actual');
  const target = shares(
    candidates.map((c) => c.repId),
    weights,
  );
  const eligible = candidates.filter((c) => c.eligible).map((c) => c.repId);
  // Nobody can take the lead: it goes to the fallback and nobody's counts change.
  const part = eligible.length > 0 ? shares(eligible, weights) : new Map<string, number>();
  const nextExpected = new Map<string, number>();
  const nextActual = new Map<string, number>();
  let best: Candidate | undefined;
  let bestShortfall = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const id = candidate.repId;
    const credit = eligible.length > 0 && !candidate.eligible ? (target.get(id) ?? 0) : 0;
    const exp = (expected.get(id) ?? 0) + (part.get(id) ?? 0) + credit;
    const act = (actual.get(id) ?? 0) + credit;
    nextExpected.set(id, exp);
    nextActual.set(id, act);
    const shortfall = exp - act;
    candidate.detail = {
      ...candidate.detail,
      weight: weights.get(id) ?? 0,
      targetShare: rounded(target.get(id) ?? 0, 4),
      expected: rounded(exp),
      actual: rounded(act),
      shortfall: rounded(shortfall),
    };
    if (candidate.eligible && shortfall > bestShortfall + epsilon) {
      best = candidate;
      bestShortfall = shortfall;
    }
  }
  if (best) nextActual.set(best.repId, (nextActual.get(best.repId) ?? 0) + 1);
  // fromEntries defines own properties, so even an id such as "__proto__" is kept.
  const next = {
    expected: Object.fromEntries(nextExpected),
    actual: Object.fromEntries(nextActual),
  };
  return { repId: best?.repId ?? null, state: next };
}
