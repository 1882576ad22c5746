// The shared strategy suite: every strategy must hold these properties.
import type { Strategy } from '@switchyard/flow';
import { describe, expect, it } from 'vitest';
import { cloneInput, inputFor, rep, without } from '../../test/strategy-fixtures';
import { runStrategy, strategies } from './index';
import type { StrategyInput } from './types';

const lead = {
  country: 'US',
  state: 'CA',
  postalCode: '94105',
  language: 'de',
  match: { known: { found: true, ownerId: 'ben' } },
};
const skilled = { skills: { language: ['de', 'en'] } };
const base = (strategy: Strategy): StrategyInput => ({
  ...inputFor(strategy, { lead }),
  reps: { ana: rep('ana', skilled), ben: rep('ben', skilled), cy: rep('cy', skilled) },
});

const cases: Array<[string, Strategy]> = [
  ['round robin (skip)', { type: 'round_robin' }],
  ['round robin (hold place)', { type: 'round_robin', onUnavailable: 'hold_place' }],
  ['weighted', { type: 'weighted' }],
  ['load balanced', { type: 'load_balanced' }],
  ['top performer', { type: 'top_performer' }],
  [
    'territory',
    {
      type: 'territory',
      rules: [
        { country: 'US', repId: 'ana' },
        { country: 'US', state: 'CA', repId: 'ben' },
        { postalPrefix: '941', repId: 'cy' },
      ],
    },
  ],
  ['skills', { type: 'skills', requirements: [{ field: 'language' }] }],
  ['match owner', { type: 'match_owner' }],
  ['named rep', { type: 'named_rep', repId: 'ben' }],
];

it('has one strategy per type of the flow format', () => {
  expect(Object.keys(strategies).sort()).toEqual(
    cases
      .map(([, s]) => s.type)
      .filter((t, i, a) => a.indexOf(t) === i)
      .sort(),
  );
});

describe.each(cases)('the shared strategy suite: %s', (_name, strategy) => {
  it('picks an eligible rep when everyone is available', () => {
    const pick = runStrategy(base(strategy));
    expect(pick.repId).not.toBeNull();
    expect(pick.candidates.find((c) => c.repId === pick.repId)?.eligible).toBe(true);
  });

  it('picks only eligible reps, whoever is away, and nobody when everyone is', () => {
    const ids = ['ana', 'ben', 'cy'];
    for (let mask = 0; mask < 8; mask++) {
      const away = ids.filter((_, i) => mask & (1 << i));
      const pick = runStrategy(without(base(strategy), ...away));
      if (pick.repId !== null) {
        expect(away).not.toContain(pick.repId);
        expect(pick.candidates.find((c) => c.repId === pick.repId)?.eligible).toBe(true);
      }
      if (away.length === 3) expect(pick.repId).toBeNull();
    }
  });

  it('is deterministic and leaves its input untouched', () => {
    const input = base(strategy);
    const before = cloneInput(input);
    const first = runStrategy(input);
    const second = runStrategy(cloneInput(input));
    expect(second).toEqual(first);
    expect(input).toEqual(before);
  });

  it('lists every member as a candidate, each ineligible one with its reasons', () => {
    const pick = runStrategy(without(base(strategy), 'cy'));
    const ids = pick.candidates.map((c) => c.repId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const member of ['ana', 'ben', 'cy']) expect(ids).toContain(member);
    for (const candidate of pick.candidates) {
      expect(candidate.eligible).toBe(candidate.skipped.length === 0);
    }
    // A rep the lead is not for is listed with that reason alone; anyone else says why not.
    const cy = pick.candidates.find((c) => c.repId === 'cy')?.skipped ?? [];
    const notTheirs = cy.includes('not_owner') || cy.includes('not_in_territory');
    expect(notTheirs ? cy.length : cy.includes('inactive')).toBe(notTheirs ? 1 : true);
  });

  it('returns JSON state that feeds the next call', () => {
    const first = runStrategy(base(strategy));
    expect(JSON.parse(JSON.stringify(first.state))).toEqual(first.state);
    const next = runStrategy({ ...base(strategy), state: first.state });
    expect(next.repId).not.toBeNull();
  });

  it('survives corrupt state, an unknown member and an empty team', () => {
    const corrupt = { cursor: 5, owed: 'ana', expected: [1], actual: null, junk: { a: 'b' } };
    const pick = runStrategy({ ...base(strategy), state: corrupt });
    expect(pick.repId).not.toBeNull();
    const ghost = runStrategy({ ...base(strategy), members: [{ repId: 'ghost', weight: 1 }] });
    expect(ghost.repId).not.toBe('ghost');
    const ghostCandidate = ghost.candidates.find((c) => c.repId === 'ghost');
    expect(ghostCandidate?.eligible).toBe(false);
    expect(() => runStrategy({ ...base(strategy), members: [] })).not.toThrow();
  });
});

describe('runStrategy', () => {
  it('runs the strategy the input names', () => {
    expect(runStrategy(base({ type: 'named_rep', repId: 'cy' })).repId).toBe('cy');
  });

  it('picks nobody for a strategy type it does not know, and says why', () => {
    const pick = runStrategy(base({ type: 'lottery' } as unknown as Strategy));
    expect(pick).toMatchObject({
      repId: null,
      candidates: [],
      why: 'the strategy "lottery" is not known',
    });
  });
});
