import { describe, expect, it } from 'vitest';
import { inputFor, picks, without } from '../../test/strategy-fixtures';
import { loadBalanced } from './load-balanced';

const open = inputFor(
  { type: 'load_balanced' as const },
  {
    loads: {
      ana: { assignedToday: 0, openLeads: 5 },
      ben: { assignedToday: 0, openLeads: 2 },
      cy: { assignedToday: 0, openLeads: 3 },
    },
  },
);

describe('loadBalanced', () => {
  it('picks the eligible member with the fewest open leads', () => {
    const pick = loadBalanced(open);
    expect(pick.repId).toBe('ben');
    expect(pick.candidates.map((c) => c.detail?.load)).toEqual([5, 2, 3]);
    expect(pick.note).toBe('who had the lowest load (2)');
    expect(loadBalanced(without(open, 'ben')).repId).toBe('cy');
  });

  it('uses the runtime’s metric: a field’s total over the window', () => {
    const byValue = inputFor(
      { type: 'load_balanced' as const, by: 'budget', window: 'week' as const },
      { metrics: { ana: 10_000, ben: 52_000, cy: 9_000 } },
    );
    expect(loadBalanced(byValue).repId).toBe('cy');
    // Without a total for a rep, they have had nothing in the window.
    expect(loadBalanced({ ...byValue, metrics: { ana: 10, ben: 20 } }).repId).toBe('cy');
  });

  it('rotates among equal loads after the last rep picked', () => {
    const equal = inputFor({ type: 'load_balanced' as const });
    expect(picks(loadBalanced, equal, 4)).toEqual(['ana', 'ben', 'cy', 'ana']);
    expect(loadBalanced({ ...open, state: { cursor: 'ben' } }).repId).toBe('ben');
  });

  it('reads unreadable metrics and loads as zero', () => {
    const odd = inputFor(
      { type: 'load_balanced' as const },
      {
        metrics: { ana: Number.NaN, ben: 4, cy: 'x' as unknown as number },
        loads: {
          ana: { assignedToday: 0, openLeads: 9 },
          cy: { assignedToday: 0, openLeads: Number.NaN },
        },
      },
    );
    expect(loadBalanced(odd).candidates.map((c) => c.detail?.load)).toEqual([9, 4, 0]);
    expect(loadBalanced(odd).repId).toBe('cy');
  });
});
