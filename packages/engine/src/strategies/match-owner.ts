import { isRecord, readLeadField } from '../lead/lead-fields';
import { assessRep, memberIds, ruledOut } from './assess';
import type { StrategyFn } from './types';

/**
 * The owner a match node found: `match.<matchNode>.ownerId`, or without `matchNode` the owner
 * of the first match entry that found a record. Null when there is none.
 */
export function matchedOwner(
  lead: Record<string, unknown>,
  matchNode: string | undefined,
): string | null {
  const match = readLeadField(lead, 'match');
  if (!isRecord(match)) return null;
  const entry =
    matchNode === undefined
      ? Object.values(match).find((e) => isRecord(e) && e.found === true)
      : Object.hasOwn(match, matchNode)
        ? match[matchNode]
        : undefined;
  const ownerId = isRecord(entry) ? entry.ownerId : null;
  return typeof ownerId === 'string' && ownerId !== '' ? ownerId : null;
}

/**
 * Owner of the matched record: the rep who owns the earlier lead a match node found, if they
 * are a rep here and can take the lead; they need not be on the team. Nobody otherwise.
 */
export const matchOwner: StrategyFn<'match_owner'> = (input) => {
  const ownerId = matchedOwner(input.lead, input.strategy.matchNode);
  const owner = ownerId === null ? undefined : assessRep(input, ownerId);
  const others = memberIds(input)
    .filter((id) => id !== ownerId)
    .map((id) => ruledOut(id, 'not_owner'));
  const candidates = owner ? [owner, ...others] : others;
  if (!owner) return { repId: null, candidates, state: {}, why: 'the lead has no matched owner' };
  if (!owner.eligible) return { repId: null, candidates, state: {} };
  return { repId: owner.repId, candidates, state: {}, note: 'who owns the matched record' };
};
