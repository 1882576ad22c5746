import { type RepProfile, type SkipReason, skipReasons } from '../availability/eligibility';
import type { Candidate, StrategyInput, StrategyState } from './types';

/** The rep with this id, read as an own property (an id such as "constructor" finds nothing). */
export function repOf(input: StrategyInput, repId: string): RepProfile | undefined {
  return Object.hasOwn(input.reps, repId) ? input.reps[repId] : undefined;
}

/** A candidate with every constraint checked; `extra` (the strategy's own reasons) come first. */
export function assessRep(
  input: StrategyInput,
  repId: string,
  extra: readonly SkipReason[] = [],
): Candidate {
  const rep = repOf(input, repId);
  const load = Object.hasOwn(input.loads, repId) ? input.loads[repId] : undefined;
  const skipped: SkipReason[] = rep
    ? [...extra, ...skipReasons(rep, load, input.caps, input.now)]
    : ['unknown_rep'];
  return { repId, eligible: skipped.length === 0, skipped };
}

/** The team's member ids in order, each once. */
export function memberIds(input: StrategyInput): string[] {
  const ids = new Set<string>();
  for (const member of input.members) if (typeof member?.repId === 'string') ids.add(member.repId);
  return [...ids];
}

/** A candidate that is out of the running for a strategy reason alone (not their territory). */
export function ruledOut(repId: string, reason: SkipReason): Candidate {
  return { repId, eligible: false, skipped: [reason] };
}

/**
 * The index of the first eligible candidate after the one with id `cursor`, in list order and
 * wrapping around; from the start when the cursor is not in the list. -1 when nobody is eligible.
 */
export function nextEligibleAfter(candidates: readonly Candidate[], cursor: string | null): number {
  const count = candidates.length;
  const start = candidates.findIndex((c) => c.repId === cursor) + 1;
  for (let step = 0; step < count; step++) {
    const index = (start + step) % count;
    if (candidates[index]?.eligible) return index;
  }
  return -1;
}

/** The id of the last rep served, from persisted state. */
export function readCursor(state: StrategyState): string | null {
  return typeof state.cursor === 'string' ? state.cursor : null;
}

/** A list of rep ids from persisted state; anything else reads as empty (state is JSON). */
export function readIds(state: StrategyState, key: string): string[] {
  const value = state[key];
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** A rep id → number map from persisted state, finite numbers only. */
export function readNumbers(state: StrategyState, key: string): Map<string, number> {
  const value = state[key];
  const numbers = new Map<string, number>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return numbers;
  for (const [id, n] of Object.entries(value)) {
    if (typeof n === 'number' && Number.isFinite(n)) numbers.set(id, n);
  }
  return numbers;
}

/** A team weight as configured: missing or invalid reads as 1, negative as 0. */
export function weightOf(weight: unknown): number {
  if (typeof weight !== 'number' || !Number.isFinite(weight)) return 1;
  return Math.max(weight, 0);
}

/** Rounds a number for display in a candidate's detail; state keeps full precision. */
export function rounded(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
