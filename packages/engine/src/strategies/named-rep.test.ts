import { describe, expect, it } from 'vitest';
import { inputFor, rep, without } from '../../test/strategy-fixtures';
import { namedRep } from './named-rep';

describe('namedRep', () => {
  it('always gives the lead to the named rep, on the team or not', () => {
    const input = inputFor({ type: 'named_rep' as const, repId: 'cy' });
    expect(namedRep(input).repId).toBe('cy');
    const outside = {
      ...input,
      strategy: { type: 'named_rep' as const, repId: 'dee' },
      reps: { ...input.reps, dee: rep('dee') },
    };
    const pick = namedRep(outside);
    expect(pick.repId).toBe('dee');
    expect(pick.candidates.map((c) => c.skipped)).toEqual([
      [],
      ['not_owner'],
      ['not_owner'],
      ['not_owner'],
    ]);
  });

  it('picks nobody when the named rep cannot take the lead or does not exist', () => {
    const input = inputFor({ type: 'named_rep' as const, repId: 'cy' });
    expect(namedRep(without(input, 'cy')).repId).toBeNull();
    const ghost = namedRep({ ...input, strategy: { type: 'named_rep', repId: 'ghost' } });
    expect(ghost.repId).toBeNull();
    expect(ghost.candidates[0]).toEqual({
      repId: 'ghost',
      eligible: false,
      skipped: ['unknown_rep'],
    });
  });
});
