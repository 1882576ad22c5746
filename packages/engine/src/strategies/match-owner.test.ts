import { describe, expect, it } from 'vitest';
import { inputFor, rep, without } from '../../test/strategy-fixtures';
import { matchedOwner, matchOwner } from './match-owner';

const lead = {
  match: {
    byEmail: { found: false, ownerId: null },
    byDomain: { found: true, ownerId: 'ben' },
    byPhone: { found: true, ownerId: 'dee' },
  },
};

describe('matchedOwner', () => {
  it('reads the named match node, or the first one that found a record', () => {
    expect(matchedOwner(lead, 'byPhone')).toBe('dee');
    expect(matchedOwner(lead, undefined)).toBe('ben');
  });

  it('is null without a match, an owner, or a readable entry', () => {
    expect(matchedOwner(lead, 'byEmail')).toBeNull();
    expect(matchedOwner(lead, 'missing')).toBeNull();
    expect(matchedOwner({}, undefined)).toBeNull();
    expect(matchedOwner({ match: 'x' }, undefined)).toBeNull();
    expect(matchedOwner({ match: { a: { found: true, ownerId: '' } } }, undefined)).toBeNull();
    expect(matchedOwner(lead, 'constructor')).toBeNull();
  });
});

describe('matchOwner', () => {
  it('gives the lead to the owner of the matched record, on the team or not', () => {
    const input = inputFor({ type: 'match_owner' as const }, { lead });
    const pick = matchOwner(input);
    expect(pick).toMatchObject({ repId: 'ben', note: 'who owns the matched record' });
    expect(pick.candidates.map((c) => [c.repId, c.skipped])).toEqual([
      ['ben', []],
      ['ana', ['not_owner']],
      ['cy', ['not_owner']],
    ]);
    const outside = {
      ...inputFor({ type: 'match_owner' as const, matchNode: 'byPhone' }, { lead }),
    };
    expect(matchOwner({ ...outside, reps: { ...outside.reps, dee: rep('dee') } }).repId).toBe(
      'dee',
    );
  });

  it('picks nobody when the owner cannot take the lead or is not a rep here', () => {
    const input = inputFor({ type: 'match_owner' as const }, { lead });
    expect(matchOwner(without(input, 'ben')).repId).toBeNull();
    const ghost = matchOwner({ ...input, strategy: { type: 'match_owner', matchNode: 'byPhone' } });
    expect(ghost.repId).toBeNull();
    expect(ghost.candidates[0]).toEqual({
      repId: 'dee',
      eligible: false,
      skipped: ['unknown_rep'],
    });
  });

  it('says why when the lead has no matched owner', () => {
    const pick = matchOwner(inputFor({ type: 'match_owner' as const }, { lead: {} }));
    expect(pick).toMatchObject({ repId: null, why: 'the lead has no matched owner' });
    expect(pick.candidates).toHaveLength(3);
  });
});
