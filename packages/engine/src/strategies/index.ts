import type { StrategyType } from '@switchyard/flow';
import { loadBalanced } from './load-balanced';
import { matchOwner } from './match-owner';
import { namedRep } from './named-rep';
import { roundRobin } from './round-robin';
import { skills } from './skills';
import { territory } from './territory';
import { topPerformer } from './top-performer';
import type { StrategyFn, StrategyInput, StrategyPick } from './types';
import { weighted } from './weighted';

/** Every strategy of the flow format, by type; `satisfies` makes a missing one a type error. */
export const strategies = {
  round_robin: roundRobin,
  weighted,
  load_balanced: loadBalanced,
  top_performer: topPerformer,
  territory,
  skills,
  match_owner: matchOwner,
  named_rep: namedRep,
} satisfies { [T in StrategyType]: StrategyFn<T> };

/**
 * Runs the strategy the input names. A type this engine does not know (a flow from a newer
 * format) picks nobody, so the lead takes the node's fallback instead of failing.
 */
export function runStrategy(input: StrategyInput): StrategyPick {
  const { strategy } = input;
  switch (strategy.type) {
    case 'round_robin':
      return strategies.round_robin({ ...input, strategy });
    case 'weighted':
      return strategies.weighted({ ...input, strategy });
    case 'load_balanced':
      return strategies.load_balanced({ ...input, strategy });
    case 'top_performer':
      return strategies.top_performer({ ...input, strategy });
    case 'territory':
      return strategies.territory({ ...input, strategy });
    case 'skills':
      return strategies.skills({ ...input, strategy });
    case 'match_owner':
      return strategies.match_owner({ ...input, strategy });
    case 'named_rep':
      return strategies.named_rep({ ...input, strategy });
    default: {
      const unknown: never = strategy;
      const type = String((unknown as { type?: unknown })?.type);
      return {
        repId: null,
        candidates: [],
        state: input.state,
        why: `the strategy "${type}" is not known`,
      };
    }
  }
}
