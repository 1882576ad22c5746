import { assess } from './assess';
import { pickByShortfall } from './shortfall';
import type { StrategyFn } from './types';

/** Weighted round robin by largest weighted shortfall, with the weights set on the team. */
export const weighted: StrategyFn<'weighted'> = (input) => {
  const candidates = assess(
    input.members.map((m) => m.repId),
    input,
  );
  const weights = new Map(input.members.map((m) => [m.repId, Math.max(0, m.weight)]));
  return { ...pickByShortfall(candidates, weights, input.state), how: 'weighted routing picked' };
};
