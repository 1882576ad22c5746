import { describe, expect, it } from 'vitest';
import { cloneInput, now, rep } from '../test/strategy-fixtures';
import { type DistributionInput, distribute } from './distribute';

const reps = {
  ana: rep('ana', { name: 'Ana Lopez' }),
  ben: rep('ben', {
    name: 'Ben',
    outOfOffice: [{ start: '2026-11-20T00:00:00Z', end: '2026-11-30T00:00:00Z' }],
  }),
  cy: rep('cy', { name: 'Cy' }),
  dan: rep('dan', { name: 'Dan', active: false }),
};
const input = (patch: Partial<DistributionInput> = {}): DistributionInput => ({
  nodeId: 'ae',
  config: {
    team: 'ae',
    strategy: { type: 'round_robin' },
    dailyCap: 15,
    fallback: { pool: 'overflow' },
  },
  members: ['ana', 'ben', 'cy'].map((repId) => ({ repId, weight: 1 })),
  reps,
  loads: { cy: { assignedToday: 15, openLeads: 2 } },
  lead: {},
  now,
  state: null,
  ...patch,
});

describe('distribute', () => {
  it('assigns by the strategy and explains who was skipped and why', () => {
    const result = distribute(input());
    expect(result).toMatchObject({ outcome: 'assigned', repId: 'ana', state: { cursor: 'ana' } });
    expect(result.explanation).toBe(
      'Round robin picked Ana Lopez; skipped Ben (out of office), Cy (daily cap 15 reached).',
    );
    expect(result.candidates.map((c) => c.repId)).toEqual(['ana', 'ben', 'cy']);
    const next = distribute(input({ state: result.state }));
    expect(next).toMatchObject({ outcome: 'assigned', repId: 'ana' });
  });

  it('adds the strategy’s note and leaves out an empty skip list', () => {
    const result = distribute(
      input({
        loads: {},
        config: { ...input().config, strategy: { type: 'named_rep', repId: 'cy' } },
      }),
    );
    expect(result.explanation).toBe('Named rep picked Cy.');
    const load = distribute(
      input({ config: { ...input().config, strategy: { type: 'load_balanced' } }, loads: {} }),
    );
    expect(load.explanation).toBe(
      'Load balancing picked Ana Lopez, who had the lowest load (0); skipped Ben (out of office).',
    );
  });

  it('falls back to the pool when nobody can take the lead', () => {
    const result = distribute(
      input({ members: [{ repId: 'ben', weight: 1 }], state: { cursor: 'x' } }),
    );
    expect(result).toMatchObject({
      outcome: 'fallback_pool',
      poolNodeId: 'overflow',
      reason: 'nobody could take the lead: Ben (out of office)',
      state: { cursor: 'x' },
    });
    expect(result.explanation).toBe(
      'Round robin found no rep (nobody could take the lead: Ben (out of office)), so the lead went to the pool "overflow".',
    );
    // Named as the flow names the step, when the caller knows it (issue 20).
    const named = distribute({
      ...input({ members: [{ repId: 'ben', weight: 1 }] }),
      fallbackPoolName: 'Overflow pool',
    });
    expect(named.explanation).toMatch(/so the lead went to the pool "Overflow pool"\.$/);
  });

  it('falls back to the fallback rep even when they are unavailable: no lead is dropped', () => {
    const config = { ...input().config, fallback: { rep: 'dan' } };
    const result = distribute(input({ config, members: [] }));
    expect(result).toMatchObject({
      outcome: 'fallback_rep',
      repId: 'dan',
      reason:
        'nobody could take the lead; the fallback rep takes it although unavailable (inactive)',
    });
    expect(result.explanation).toBe(
      'Round robin found no rep (nobody could take the lead), so the lead went to the fallback rep Dan even though Dan is unavailable (inactive): no lead is ever dropped.',
    );
    const ghost = distribute(
      input({ config: { ...config, fallback: { rep: 'ghost' } }, members: [] }),
    );
    expect(ghost).toMatchObject({ outcome: 'fallback_rep', repId: 'ghost' });
  });

  it('uses the strategy’s own reason for picking nobody', () => {
    const config = {
      ...input().config,
      strategy: { type: 'match_owner' as const },
      fallback: { rep: 'cy' },
    };
    const result = distribute(input({ config, loads: {} }));
    expect(result).toMatchObject({
      outcome: 'fallback_rep',
      repId: 'cy',
      reason: 'the lead has no matched owner',
    });
    expect(result.explanation).toBe(
      'Match owner found no rep (the lead has no matched owner), so the lead went to the fallback rep Cy.',
    );
  });

  it('applies the smaller of the node’s and the rep’s cap', () => {
    const capped = { ...reps, ana: rep('ana', { name: 'Ana', dailyCap: 3 }) };
    const result = distribute(
      input({ reps: capped, loads: { ana: { assignedToday: 3, openLeads: 0 } } }),
    );
    expect(result).toMatchObject({ outcome: 'assigned', repId: 'cy' });
    expect(result.explanation).toContain('Ana (daily cap 3 reached)');
  });

  it('never throws on missing tables or corrupt state, and does not mutate its input', () => {
    const bare = input({
      reps: undefined as never,
      loads: undefined as never,
      lead: undefined as never,
      state: 'x' as never,
    });
    expect(distribute(bare)).toMatchObject({ outcome: 'fallback_pool' });
    const original = input();
    const copy = cloneInput(original);
    distribute(original);
    expect(original).toEqual(copy);
  });
});
