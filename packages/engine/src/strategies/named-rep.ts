import { assess } from './assess';
import type { StrategyFn } from './types';

/** Always the same rep, when they can take it. */
export const namedRep: StrategyFn<'named_rep'> = (input) => {
  const candidates = assess([input.strategy.repId], input);
  return {
    repId: candidates[0]?.eligible ? input.strategy.repId : null,
    candidates,
    state: input.state,
    how: 'the named rep is',
  };
};
