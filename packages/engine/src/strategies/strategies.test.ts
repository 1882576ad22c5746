import type { Strategy } from '@switchyard/flow';
import { describe, expect, it } from 'vitest';
import type { RepProfile } from '../availability/eligibility';
import { strategies } from './index';
import type { StrategyInput, StrategyPick } from './types';

const now = new Date('2026-11-20T15:00:00Z');
const profile = (id: string, patch: Partial<RepProfile> = {}): RepProfile => ({
  id,
  name: id.toUpperCase(),
  active: true,
  timeZone: 'UTC',
  workingHours: null,
  outOfOffice: [],
  dailyCap: null,
  openCap: null,
  skills: { language: ['en', 'de'], product: ['analytics'] },
  ...patch,
});
const ids = ['a', 'b', 'c'];

function input(strategy: Strategy, patch: Partial<StrategyInput> = {}): StrategyInput {
  return {
    strategy,
    members: ids.map((repId) => ({ repId, weight: 1 })),
    reps: Object.fromEntries(ids.map((id) => [id, profile(id)])),
    loads: {},
    caps: {},
    lead: {
      country: 'US',
      state: 'CA',
      postalCode: '94105',
      language: 'de',
      match: { m1: { found: true, ownerId: 'b' } },
    },
    now,
    state: {},
    ...patch,
  };
}

const run = (i: StrategyInput): StrategyPick =>
  (strategies[i.strategy.type] as (x: StrategyInput) => StrategyPick)(i);

const everyStrategy: Strategy[] = [
  { type: 'round_robin' },
  { type: 'round_robin', onUnavailable: 'hold_place' },
  { type: 'weighted' },
  { type: 'load_balanced' },
  { type: 'top_performer' },
  {
    type: 'territory',
    rules: [
      { country: 'US', repId: 'a' },
      { state: 'CA', repId: 'b' },
      { country: 'US', state: 'CA', repId: 'c' },
    ],
  },
  { type: 'skills', requirements: [{ field: 'language' }] },
  { type: 'match_owner' },
  { type: 'named_rep', repId: 'b' },
];

describe.each(everyStrategy.map((s) => [JSON.stringify(s), s] as const))(
  'the shared strategy suite: %s',
  (_name, strategy) => {
    it('picks an eligible rep and lists every rep it looked at', () => {
      const pick = run(input(strategy));
      expect(pick.repId).not.toBeNull();
      expect(pick.candidates.find((c) => c.repId === pick.repId)?.eligible).toBe(true);
    });

    it('is deterministic: the same input gives the same pick and state', () => {
      const first = run(input(strategy));
      const second = run(input(strategy));
      expect(second.repId).toBe(first.repId);
      expect(second.state).toEqual(first.state);
    });

    it('never picks a rep who is away, and picks nobody when everyone is', () => {
      const away = { start: '2026-11-20T00:00:00Z', end: '2026-11-21T00:00:00Z' };
      const reps = Object.fromEntries(ids.map((id) => [id, profile(id, { outOfOffice: [away] })]));
      const pick = run(input(strategy, { reps }));
      expect(pick.repId).toBeNull();
      for (const candidate of pick.candidates) expect(candidate.skipped).toContain('out_of_office');
    });

    it('survives corrupt persisted state', () => {
      const pick = run(
        input(strategy, { state: { last: 42, owed: 'x', expected: [1], actual: { a: 'NaN' } } }),
      );
      expect(pick.repId).not.toBeNull();
    });
  },
);

function sequence(strategy: Strategy, count: number, patch: Partial<StrategyInput> = {}) {
  let state = {};
  const picks: Array<string | null> = [];
  for (let i = 0; i < count; i++) {
    const pick = run(input(strategy, { ...patch, state }));
    picks.push(pick.repId);
    state = pick.state;
  }
  return picks;
}

describe('round robin', () => {
  it('serves members in turn', () => {
    expect(sequence({ type: 'round_robin' }, 5)).toEqual(['a', 'b', 'c', 'a', 'b']);
  });

  it('skips an away member (skip) or serves them first on return (hold_place)', () => {
    const reps = { ...input({ type: 'round_robin' }).reps, b: profile('b', { active: false }) };
    const skip = run(input({ type: 'round_robin' }, { reps, state: { last: 'a' } }));
    expect(skip.repId).toBe('c');
    const held = run(
      input({ type: 'round_robin', onUnavailable: 'hold_place' }, { reps, state: { last: 'a' } }),
    );
    expect(held).toMatchObject({ repId: 'c', state: { last: 'c', owed: ['b'] } });
    const back = run(
      input({ type: 'round_robin', onUnavailable: 'hold_place' }, { state: held.state }),
    );
    expect(back).toMatchObject({ repId: 'b', state: { last: 'c', owed: [] } });
  });
});

describe('weighted', () => {
  it('gives 3:1 weights 750:250 of 1,000 leads', () => {
    const members = [
      { repId: 'a', weight: 3 },
      { repId: 'b', weight: 1 },
    ];
    const picks = sequence({ type: 'weighted' }, 1000, { members });
    expect(picks.filter((p) => p === 'a')).toHaveLength(750);
    expect(picks.filter((p) => p === 'b')).toHaveLength(250);
  });

  it('does not flood a rep who was away', () => {
    const members = [
      { repId: 'a', weight: 1 },
      { repId: 'b', weight: 1 },
    ];
    const awayReps = { ...input({ type: 'weighted' }).reps, b: profile('b', { active: false }) };
    let state = {};
    for (let i = 0; i < 10; i++)
      state = run(input({ type: 'weighted' }, { members, reps: awayReps, state })).state;
    const after = sequence({ type: 'weighted' }, 4, { members, state } as Partial<StrategyInput>);
    expect(after.filter((p) => p === 'b').length).toBeLessThanOrEqual(3);
  });
});

describe('load balanced, top performer, territory, skills, owner', () => {
  it('picks the fewest open leads, rotating among equals', () => {
    const pick = run(input({ type: 'load_balanced' }, { metrics: { a: 5, b: 2, c: 2 } }));
    expect(pick.repId).toBe('b');
    expect(
      run(input({ type: 'load_balanced' }, { metrics: { a: 5, b: 2, c: 2 }, state: { last: 'b' } }))
        .repId,
    ).toBe('c');
  });

  it('favours the better converter but keeps a newcomer in play', () => {
    const performance = {
      a: { leads: 100, converted: 30 },
      b: { leads: 100, converted: 10 },
      c: { leads: 2, converted: 0 },
    };
    const picks = sequence({ type: 'top_performer', minLeads: 20 }, 60, { performance });
    const count = (id: string) => picks.filter((p) => p === id).length;
    expect(count('a')).toBeGreaterThan(count('b'));
    expect(count('c')).toBeGreaterThan(0);
  });

  it('lets the most specific territory rule win and falls to the next when its rep is away', () => {
    const rules = [
      { country: 'US', repId: 'a' },
      { state: 'CA', repId: 'b' },
      { postalPrefix: '941', repId: 'c' },
    ];
    expect(run(input({ type: 'territory', rules })).repId).toBe('c');
    const reps = {
      ...input({ type: 'territory', rules }).reps,
      c: profile('c', { active: false }),
    };
    expect(run(input({ type: 'territory', rules }, { reps })).repId).toBe('b');
    const elsewhere = run(input({ type: 'territory', rules }, { lead: { country: 'DE' } }));
    expect(elsewhere.repId).toBeNull();
    expect(elsewhere.candidates.every((c) => c.skipped.includes('not_in_territory'))).toBe(true);
  });

  it('requires every skill the lead asks for', () => {
    const reps = {
      ...input({ type: 'round_robin' }).reps,
      a: profile('a', { skills: { language: ['en'] } }),
    };
    const pick = run(input({ type: 'skills', requirements: [{ field: 'language' }] }, { reps }));
    expect(pick.repId).toBe('b');
    expect(pick.candidates.find((c) => c.repId === 'a')?.skipped).toEqual(['missing_skill']);
  });

  it('routes to the matched record’s owner, or nobody when there is none', () => {
    expect(run(input({ type: 'match_owner', matchNode: 'm1' })).repId).toBe('b');
    expect(run(input({ type: 'match_owner' }, { lead: {} })).repId).toBeNull();
  });
});
