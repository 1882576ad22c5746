import type { StrategyType } from '@switchyard/flow';
import { loadBalanced } from './load-balanced';
import { matchOwner } from './match-owner';
import { namedRep } from './named-rep';
import { roundRobin } from './round-robin';
import { skills } from './skills';
import { territory } from './territory';
import { topPerformer } from './top-performer';
import type { StrategyFn } from './types';
import { weighted } from './weighted';

/** Every strategy of the flow format, by type. */
export const strategies: { [T in StrategyType]: StrategyFn<T> } = {
  round_robin: roundRobin,
  weighted,
  load_balanced: loadBalanced,
  top_performer: topPerformer,
  territory,
  skills,
  match_owner: matchOwner,
  named_rep: namedRep,
};
