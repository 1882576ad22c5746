import { describe, expect, it } from 'vitest';
import { inputFor, picks, without } from '../../test/strategy-fixtures';
import { roundRobin } from './round-robin';

const skip = inputFor({ type: 'round_robin' as const });
const hold = inputFor({ type: 'round_robin' as const, onUnavailable: 'hold_place' as const });

describe('roundRobin', () => {
  it('serves members in order after the last one served', () => {
    expect(picks(roundRobin, skip, 5)).toEqual(['ana', 'ben', 'cy', 'ana', 'ben']);
    expect(roundRobin({ ...skip, state: { cursor: 'ben' } }).repId).toBe('cy');
    expect(roundRobin({ ...skip, state: { cursor: 'cy' } }).state).toEqual({
      cursor: 'ana',
      owed: [],
    });
  });

  it('skips a member who is away and carries on where it was when they return', () => {
    const sequence = picks(roundRobin, skip, 6, (i, input) =>
      i < 3 ? { ...without(skip, 'ben'), state: input.state } : { ...skip, state: input.state },
    );
    expect(sequence).toEqual(['ana', 'cy', 'ana', 'ben', 'cy', 'ana']);
  });

  it('with hold_place, serves a member skipped at their turn first on return, once', () => {
    const sequence = picks(roundRobin, hold, 6, (i, input) =>
      i < 3 ? { ...without(hold, 'ben'), state: input.state } : { ...hold, state: input.state },
    );
    // Ben missed his turn twice while away but is owed one turn: served on return, then his own.
    expect(sequence).toEqual(['ana', 'cy', 'ana', 'ben', 'ben', 'cy']);
  });

  it('says when a pick settles a held turn, and keeps the rotation where it was', () => {
    const pick = roundRobin({ ...hold, state: { cursor: 'cy', owed: ['ben'] } });
    expect(pick).toMatchObject({ repId: 'ben', state: { cursor: 'cy', owed: [] } });
    expect(pick.note).toMatch(/owed a turn/);
  });

  it('serves held turns oldest first, and only to members who can take the lead', () => {
    const state = { cursor: 'ana', owed: ['cy', 'ben'] };
    expect(roundRobin({ ...hold, state }).repId).toBe('cy');
    expect(roundRobin({ ...without(hold, 'cy'), state }).repId).toBe('ben');
  });

  it('changes nothing when nobody can take the lead', () => {
    const state = { cursor: 'ben', owed: ['cy'] };
    const pick = roundRobin({ ...without(hold, 'ana', 'ben', 'cy'), state });
    expect(pick).toMatchObject({ repId: null, state });
  });

  it('starts from the top when the last rep served left the team, and drops debts of leavers', () => {
    expect(roundRobin({ ...skip, state: { cursor: 'gone' } }).repId).toBe('ana');
    const pick = roundRobin({ ...hold, state: { cursor: 'ana', owed: ['gone', 'gone'] } });
    expect(pick.state).toEqual({ cursor: 'ben', owed: [] });
  });

  it('ignores debts in skip mode and malformed state', () => {
    expect(roundRobin({ ...skip, state: { cursor: 'ana', owed: ['cy'] } }).repId).toBe('ben');
    expect(roundRobin({ ...hold, state: { cursor: 42, owed: 'ben' } }).repId).toBe('ana');
  });
});
