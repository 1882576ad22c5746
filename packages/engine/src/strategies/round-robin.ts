import { assessRep, memberIds, nextEligibleAfter, readCursor, readIds } from './assess';
import type { StrategyFn } from './types';

/**
 * Each member in turn, after the last one served (`state.cursor`); a member who cannot take the
 * lead is skipped. With `hold_place`, a member skipped at their turn is owed one turn
 * (`state.owed`, oldest first): as soon as they can take a lead they are served before the
 * rotation continues, which leaves the cursor where it was. Each member is owed at most once.
 */
export const roundRobin: StrategyFn<'round_robin'> = (input) => {
  const candidates = memberIds(input).map((id) => assessRep(input, id));
  const byId = new Map(candidates.map((c) => [c.repId, c]));
  const holdPlace = input.strategy.onUnavailable === 'hold_place';
  const cursor = readCursor(input.state);
  // Debts of members who left the team, or from skip mode, are dropped.
  const owed = holdPlace
    ? [...new Set(readIds(input.state, 'owed'))].filter((id) => byId.has(id))
    : [];

  const returning = owed.find((id) => byId.get(id)?.eligible);
  if (returning !== undefined) {
    return {
      repId: returning,
      candidates,
      state: { cursor, owed: owed.filter((id) => id !== returning) },
      note: 'who was owed a turn from when they were away',
    };
  }

  const picked = nextEligibleAfter(candidates, cursor);
  const repId = candidates[picked]?.repId;
  if (repId === undefined) return { repId: null, candidates, state: { cursor, owed } };
  if (holdPlace) {
    // Everyone passed over between the cursor and the pick missed their turn.
    const start = candidates.findIndex((c) => c.repId === cursor) + 1;
    const already = new Set(owed);
    for (let index = start; index % candidates.length !== picked; index++) {
      const missed = candidates[index % candidates.length];
      if (missed && !already.has(missed.repId)) {
        already.add(missed.repId);
        owed.push(missed.repId);
      }
    }
  }
  return { repId, candidates, state: { cursor: repId, owed } };
};
