import { assess, nextAfter, stringList } from './assess';
import type { StrategyFn } from './types';

/**
 * Each member in turn after the last one served. `hold_place`: a member passed over while away
 * is owed a turn and served first (in order) once eligible again; each member is owed once.
 */
export const roundRobin: StrategyFn<'round_robin'> = (input) => {
  const candidates = assess(
    input.members.map((m) => m.repId),
    input,
  );
  const holdPlace = input.strategy.onUnavailable === 'hold_place';
  const memberIds = new Set(candidates.map((c) => c.repId));
  const owed = stringList(input.state.owed).filter((id) => memberIds.has(id));
  const last = input.state.last;
  if (holdPlace) {
    const returning = owed.find((id) => candidates.find((c) => c.repId === id)?.eligible);
    if (returning) {
      return {
        repId: returning,
        candidates,
        state: { last, owed: owed.filter((id) => id !== returning) },
        how: 'round robin gave a held turn to',
      };
    }
  }
  const picked = nextAfter(candidates, last);
  if (holdPlace && picked) {
    // Everyone between the cursor and the pick missed their turn.
    const start = candidates.findIndex((c) => c.repId === last) + 1;
    for (let k = 0; k < candidates.length; k++) {
      const candidate = candidates[(start + k) % candidates.length];
      if (!candidate || candidate === picked) break;
      if (!owed.includes(candidate.repId)) owed.push(candidate.repId);
    }
  }
  return {
    repId: picked?.repId ?? null,
    candidates,
    state: picked ? { last: picked.repId, owed } : input.state,
    how: 'round robin picked',
  };
};
