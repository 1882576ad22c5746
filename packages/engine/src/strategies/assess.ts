import { skipReasons } from '../availability/eligibility';
import type { Candidate, StrategyInput } from './types';

/** Candidates for rep ids with every constraint checked (unknown ids are never eligible). */
export function assess(
  repIds: readonly string[],
  input: StrategyInput,
  extra?: (id: string) => Candidate['skipped'],
): Candidate[] {
  return repIds.map((repId) => {
    const rep = Object.hasOwn(input.reps, repId) ? input.reps[repId] : undefined;
    const skipped = rep
      ? skipReasons(rep, input.loads[repId], input.caps, input.now)
      : ['unknown_rep' as const];
    if (extra) skipped.push(...extra(repId));
    return { repId, eligible: skipped.length === 0, skipped };
  });
}

/** The first eligible candidate after `last` in list order, wrapping around. */
export function nextAfter(candidates: readonly Candidate[], last: unknown): Candidate | undefined {
  const start = candidates.findIndex((c) => c.repId === last) + 1;
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[(start + k) % candidates.length];
    if (candidate?.eligible) return candidate;
  }
  return undefined;
}

/** A string list from persisted state, defensively (state is JSON from the database). */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A number map from persisted state, defensively. */
export function numberMap(value: unknown): Record<string, number> {
  const map: Record<string, number> = {};
  if (typeof value !== 'object' || value === null) return map;
  for (const [key, n] of Object.entries(value))
    if (typeof n === 'number' && Number.isFinite(n)) map[key] = n;
  return map;
}
