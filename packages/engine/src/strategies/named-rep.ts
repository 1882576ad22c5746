import { assessRep, memberIds, ruledOut } from './assess';
import type { StrategyFn } from './types';

/**
 * Named rep: always the rep the node names, if they can take the lead; they need not be on the
 * team. Other members are listed as `not_owner`: the node gives this lead to someone else.
 */
export const namedRep: StrategyFn<'named_rep'> = (input) => {
  const named = assessRep(input, input.strategy.repId);
  const others = memberIds(input)
    .filter((id) => id !== named.repId)
    .map((id) => ruledOut(id, 'not_owner'));
  const candidates = [named, ...others];
  return { repId: named.eligible ? named.repId : null, candidates, state: {} };
};
