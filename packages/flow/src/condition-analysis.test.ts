import { describe, expect, it } from 'vitest';
import { implies } from './condition-analysis';

const v = (path: string) => ({ var: path });

describe('implies', () => {
  it('proves numeric ranges, either side of the comparison and between forms', () => {
    expect(implies({ '>=': [v('employees'), 5000] }, { '>=': [v('employees'), 1000] })).toBe(true);
    expect(implies({ '>=': [v('employees'), 1000] }, { '>=': [v('employees'), 5000] })).toBe(false);
    expect(implies({ '<': [1000, v('employees')] }, { '>=': [v('employees'), 1000] })).toBe(true);
    expect(implies({ '>': [v('employees'), 1000] }, { '>': [v('employees'), 1000] })).toBe(true);
    expect(implies({ '>=': [v('employees'), 1000] }, { '>': [v('employees'), 1000] })).toBe(false);
    expect(implies({ '<=': [10, v('employees'), 20] }, { '<': [5, v('employees'), 25] })).toBe(
      true,
    );
    expect(implies({ '===': [v('employees'), 7] }, { '>': [v('employees'), 5] })).toBe(true);
  });

  it('combines the parts of an and, and splits an or', () => {
    const big = { '>=': [v('employees'), 1000] };
    const us = { in: [v('country'), ['US']] };
    const usOrCa = { in: [v('country'), ['US', 'CA']] };
    expect(implies({ and: [big, us] }, usOrCa)).toBe(true);
    expect(implies({ and: [big, us] }, { and: [usOrCa, big] })).toBe(true);
    expect(implies(usOrCa, us)).toBe(false);
    expect(implies(us, { or: [big, usOrCa] })).toBe(true);
    expect(implies({ or: [us, big] }, usOrCa)).toBe(false);
    expect(
      implies(
        { and: [{ '>': [v('employees'), 10] }, { '<': [v('employees'), 20] }] },
        { '<=': [v('employees'), 20] },
      ),
    ).toBe(true);
  });

  it('proves truthiness and identical rules, and refuses what it cannot prove', () => {
    expect(implies({ '!': v('isFreeEmail') }, { '!': [v('isFreeEmail')] })).toBe(true);
    expect(implies(v('isFreeEmail'), { '!': v('isFreeEmail') })).toBe(false);
    expect(implies({ cat: ['a', v('x')] }, { cat: ['a', v('x')] })).toBe(true);
    expect(implies({ '==': [v('country'), 'US'] }, { '===': [v('country'), 'US'] })).toBe(false);
    expect(implies({ '===': [v('country'), 'US'] }, { '==': [v('country'), 'US'] })).toBe(true);
    expect(implies(true, { and: [] })).toBe(false);
    expect(implies({ '>=': [v('a'), 10] }, { '>=': [v('b'), 1] })).toBe(false);
  });
});
