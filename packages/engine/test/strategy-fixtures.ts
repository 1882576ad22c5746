import type { Strategy } from '@switchyard/flow';
import type { RepProfile } from '../src/availability/eligibility';
import type { StrategyFn, StrategyInput, StrategyPick } from '../src/strategies/types';

/** Monday 23 November 2026, 14:00 UTC. */
export const now = new Date('2026-11-23T14:00:00Z');

/** An available rep in UTC with no caps; `patch` changes what a test needs. */
export function rep(id: string, patch: Partial<RepProfile> = {}): RepProfile {
  return {
    id,
    name: `${id.charAt(0).toUpperCase()}${id.slice(1)}`,
    active: true,
    timeZone: 'UTC',
    workingHours: null,
    outOfOffice: [],
    dailyCap: null,
    openCap: null,
    skills: {},
    ...patch,
  };
}

/** A strategy input for a team of `ids` (default ana, ben, cy), every rep available. */
export function inputFor<S extends Strategy>(
  strategy: S,
  patch: Partial<StrategyInput<S>> = {},
  ids: readonly string[] = ['ana', 'ben', 'cy'],
): StrategyInput<S> {
  return {
    strategy,
    members: ids.map((repId) => ({ repId, weight: 1 })),
    reps: Object.fromEntries(ids.map((id) => [id, rep(id)])),
    loads: {},
    caps: {},
    lead: {},
    now,
    state: {},
    ...patch,
  };
}

/** Marks reps inactive in an input's rep table. */
export function without<S extends Strategy>(
  input: StrategyInput<S>,
  ...away: string[]
): StrategyInput<S> {
  const reps = { ...input.reps };
  for (const id of away) if (reps[id]) reps[id] = { ...reps[id], active: false } as RepProfile;
  return { ...input, reps };
}

/** Runs a strategy `times` times, carrying its state forward; the reps picked, in order. */
export function picks<T extends Strategy['type']>(
  strategy: StrategyFn<T>,
  input: Parameters<StrategyFn<T>>[0],
  times: number,
  between?: (index: number, input: Parameters<StrategyFn<T>>[0]) => Parameters<StrategyFn<T>>[0],
): Array<string | null> {
  const picked: Array<string | null> = [];
  let current = input;
  for (let i = 0; i < times; i++) {
    if (between) current = between(i, current);
    const pick: StrategyPick = strategy(current);
    picked.push(pick.repId);
    current = { ...current, state: pick.state };
  }
  return picked;
}

/** A deep copy of a JSON-shaped input with its `now` kept a Date (no structuredClone in ES2023 lib). */
export function cloneInput<T extends { now: Date }>(input: T): T {
  return { ...(JSON.parse(JSON.stringify(input)) as T), now: new Date(input.now.getTime()) };
}
