import { assessRep, memberIds, weightOf } from './assess';
import { pickByShortfall } from './shortfall';
import type { StrategyFn } from './types';

/**
 * Weighted round robin: each member's share of leads follows their team weight (default 1),
 * by largest weighted shortfall (see `pickByShortfall`): smooth and deterministic, so weights
 * 3:1 give exactly 3 of every 4 leads to the first member while both are available.
 */
export const weighted: StrategyFn<'weighted'> = (input) => {
  const candidates = memberIds(input).map((id) => assessRep(input, id));
  const weights = new Map<string, number>();
  for (const member of input.members) {
    if (!weights.has(member.repId)) weights.set(member.repId, weightOf(member.weight));
  }
  const pick = pickByShortfall(candidates, weights, input.state);
  return { ...pick, candidates, note: 'who was furthest below their share' };
};
