import { describe, expect, it } from 'vitest';
import { canTake, isOpenStatus, leadActions, leadStatuses, openStatuses } from './lifecycle';

describe('the lead lifecycle', () => {
  it('lets a rep accept only an assigned lead, and close one that is still open', () => {
    expect(canTake('accepted', 'assigned')).toBe(true);
    expect(canTake('accepted', 'contacted')).toBe(false);
    for (const status of openStatuses) {
      expect(canTake('converted', status)).toBe(true);
      expect(canTake('lost', status)).toBe(true);
    }
  });

  it('allows no report on a lead that is pooled, disqualified or closed', () => {
    for (const status of ['pooled', 'disqualified', 'converted', 'lost', 'unknown'])
      for (const action of leadActions)
        expect(canTake(action, status), `${action} ${status}`).toBe(false);
  });

  it('releases only a lead not yet contacted, so a contacted lead is not handed on unseen', () => {
    expect(canTake('released', 'assigned')).toBe(true);
    expect(canTake('released', 'accepted')).toBe(true);
    expect(canTake('released', 'contacted')).toBe(false);
  });

  it('counts as open exactly the statuses a rep still works, all of them real statuses', () => {
    expect(leadStatuses.filter(isOpenStatus)).toEqual(['assigned', 'accepted', 'contacted']);
    expect(isOpenStatus('pooled')).toBe(false);
  });
});
