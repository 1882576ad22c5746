import { describe, expect, it } from 'vitest';
import { pickByShortfall } from './shortfall';
import type { Candidate } from './types';

const candidate = (repId: string, eligible = true): Candidate => ({
  repId,
  eligible,
  skipped: eligible ? [] : ['inactive'],
});
const weights = new Map([
  ['ana', 2],
  ['ben', 1],
  ['cy', 1],
]);

describe('pickByShortfall', () => {
  it('picks the member furthest below their share, ties in member order', () => {
    const pick = pickByShortfall([candidate('ana'), candidate('ben'), candidate('cy')], weights, {
      expected: { ana: 2, ben: 1, cy: 1 },
      actual: { ana: 2, ben: 0, cy: 0 },
    });
    expect(pick.repId).toBe('ben');
    expect(pick.state).toEqual({
      expected: { ana: 2.5, ben: 1.25, cy: 1.25 },
      actual: { ana: 2, ben: 1, cy: 0 },
    });
  });

  it('credits absent members their share and lets the others share the whole lead', () => {
    const pick = pickByShortfall(
      [candidate('ana', false), candidate('ben'), candidate('cy')],
      weights,
      {},
    );
    expect(pick.state).toEqual({
      expected: { ana: 0.5, ben: 0.5, cy: 0.5 },
      actual: { ana: 0.5, ben: 1, cy: 0 },
    });
    const shortfalls = pick.state as {
      expected: Record<string, number>;
      actual: Record<string, number>;
    };
    const sum = Object.keys(shortfalls.expected).reduce(
      (s, id) => s + (shortfalls.expected[id] ?? 0) - (shortfalls.actual[id] ?? 0),
      0,
    );
    expect(sum).toBeCloseTo(0, 12);
  });

  it('shares equally when every weight is zero', () => {
    const zero = new Map([
      ['ana', 0],
      ['ben', 0],
    ]);
    const pick = pickByShortfall([candidate('ana'), candidate('ben')], zero, {});
    expect(pick.state).toEqual({ expected: { ana: 0.5, ben: 0.5 }, actual: { ana: 1, ben: 0 } });
  });

  it('keeps counts unchanged when nobody is eligible, and drops members who left', () => {
    const state = { expected: { ana: 3, gone: 9 }, actual: { ana: 3, gone: 9 } };
    const pick = pickByShortfall([candidate('ana', false)], weights, state);
    expect(pick).toEqual({ repId: null, state: { expected: { ana: 3 }, actual: { ana: 3 } } });
  });

  it('reads malformed counts as zero', () => {
    const pick = pickByShortfall([candidate('ana')], weights, {
      expected: 'x',
      actual: { ana: 'y' },
    });
    expect(pick.state).toEqual({ expected: { ana: 1 }, actual: { ana: 1 } });
  });
});
