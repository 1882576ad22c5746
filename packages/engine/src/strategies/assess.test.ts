import { describe, expect, it } from 'vitest';
import { inputFor } from '../../test/strategy-fixtures';
import {
  assessRep,
  memberIds,
  nextEligibleAfter,
  readCursor,
  readIds,
  readNumbers,
  repOf,
  rounded,
  ruledOut,
  weightOf,
} from './assess';
import type { Candidate } from './types';

const input = inputFor({ type: 'round_robin' as const }, { caps: { dailyCap: 2 } });

describe('assessRep', () => {
  it('checks every constraint and puts the strategy’s own reasons first', () => {
    const loaded = { ...input, loads: { ana: { assignedToday: 2, openLeads: 0 } } };
    expect(assessRep(loaded, 'ana', ['missing_skill'])).toEqual({
      repId: 'ana',
      eligible: false,
      skipped: ['missing_skill', 'daily_cap'],
    });
    expect(assessRep(input, 'ben')).toEqual({ repId: 'ben', eligible: true, skipped: [] });
  });

  it('marks an id that is not a rep here, including inherited names', () => {
    expect(assessRep(input, 'ghost').skipped).toEqual(['unknown_rep']);
    expect(assessRep(input, 'constructor').skipped).toEqual(['unknown_rep']);
    expect(repOf(input, 'toString')).toBeUndefined();
  });
});

describe('memberIds and ruledOut', () => {
  it('lists members once, in order', () => {
    const twice = { ...input, members: [...input.members, { repId: 'ana', weight: 2 }] };
    expect(memberIds(twice)).toEqual(['ana', 'ben', 'cy']);
    expect(ruledOut('ana', 'not_owner')).toEqual({
      repId: 'ana',
      eligible: false,
      skipped: ['not_owner'],
    });
  });

  it('ignores malformed members', () => {
    const odd = { ...input, members: [null, { repId: 7 }, { repId: 'ben', weight: 1 }] as never };
    expect(memberIds(odd)).toEqual(['ben']);
  });
});

describe('nextEligibleAfter', () => {
  const list: Candidate[] = ['ana', 'ben', 'cy'].map((repId) => ({
    repId,
    eligible: repId !== 'cy',
    skipped: [],
  }));

  it('finds the next eligible candidate after the cursor, wrapping around', () => {
    expect(nextEligibleAfter(list, 'ana')).toBe(1);
    expect(nextEligibleAfter(list, 'ben')).toBe(0);
    expect(nextEligibleAfter(list, null)).toBe(0);
  });

  it('is -1 when nobody is eligible or the list is empty', () => {
    expect(
      nextEligibleAfter(
        list.map((c) => ({ ...c, eligible: false })),
        'ana',
      ),
    ).toBe(-1);
    expect(nextEligibleAfter([], 'ana')).toBe(-1);
  });
});

describe('state readers', () => {
  it('read cursors, id lists and number maps', () => {
    expect(readCursor({ cursor: 'ben' })).toBe('ben');
    expect(readIds({ owed: ['a', 2, 'b'] }, 'owed')).toEqual(['a', 'b']);
    expect([...readNumbers({ n: { a: 1, b: 'x', c: Number.POSITIVE_INFINITY } }, 'n')]).toEqual([
      ['a', 1],
    ]);
  });

  it('read anything malformed as empty', () => {
    expect(readCursor({ cursor: 3 })).toBeNull();
    expect(readIds({ owed: 'a' }, 'owed')).toEqual([]);
    expect(readNumbers({ n: [1, 2] }, 'n').size).toBe(0);
    expect(readNumbers({}, 'n').size).toBe(0);
  });
});

describe('weightOf and rounded', () => {
  it('keep valid weights and round for display', () => {
    expect(weightOf(3)).toBe(3);
    expect(weightOf(0)).toBe(0);
    expect(rounded(2 / 3)).toBe(0.667);
    expect(rounded(2 / 3, 1)).toBe(0.7);
  });

  it('read missing or invalid weights as 1, negative as 0', () => {
    expect(weightOf(undefined)).toBe(1);
    expect(weightOf(Number.NaN)).toBe(1);
    expect(weightOf('2')).toBe(1);
    expect(weightOf(-1)).toBe(0);
  });
});
