import { assess } from './assess';
import type { StrategyFn } from './types';

/** The owner of the record a match node found (the named match node, else the first that found one). */
export const matchOwner: StrategyFn<'match_owner'> = (input) => {
  const matches = (input.lead.match ?? {}) as Record<
    string,
    { found?: unknown; ownerId?: unknown }
  >;
  const entry = input.strategy.matchNode
    ? matches[input.strategy.matchNode]
    : Object.values(matches).find((m) => m?.found === true && typeof m.ownerId === 'string');
  const ownerId = typeof entry?.ownerId === 'string' ? entry.ownerId : null;
  if (!ownerId)
    return { repId: null, candidates: [], state: input.state, how: 'no known owner for' };
  const candidates = assess([ownerId], input);
  return {
    repId: candidates[0]?.eligible ? ownerId : null,
    candidates,
    state: input.state,
    how: 'the existing owner is',
  };
};
