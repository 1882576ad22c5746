import { describe, expect, it } from 'vitest';
import { effectiveCap, isOutOfOffice, type RepProfile, skipReasons } from './eligibility';

const now = new Date('2026-11-23T14:00:00Z'); // Monday, 15:00 in Berlin
const rep = (patch: Partial<RepProfile> = {}): RepProfile => ({
  id: 'ana',
  name: 'Ana Lopez',
  active: true,
  timeZone: 'Europe/Berlin',
  workingHours: null,
  outOfOffice: [],
  dailyCap: null,
  openCap: null,
  skills: {},
  ...patch,
});

describe('isOutOfOffice', () => {
  it('is true inside a range, start inclusive, end exclusive', () => {
    const away = rep({
      outOfOffice: [{ start: '2026-11-23T14:00:00Z', end: '2026-11-24T00:00:00Z' }],
    });
    expect(isOutOfOffice(away, now)).toBe(true);
    const back = rep({
      outOfOffice: [{ start: '2026-11-23T08:00:00Z', end: '2026-11-23T14:00:00Z' }],
    });
    expect(isOutOfOffice(back, now)).toBe(false);
  });

  it('reads ranges without an offset in the rep’s time zone (a half day off)', () => {
    const afternoon = rep({ outOfOffice: [{ start: '2026-11-23T13:00', end: '2026-11-24' }] });
    expect(isOutOfOffice(afternoon, now)).toBe(true);
    const morning = rep({ outOfOffice: [{ start: '2026-11-23', end: '2026-11-23T15:00' }] });
    expect(isOutOfOffice(morning, now)).toBe(false);
  });

  it('ignores malformed ranges', () => {
    const junk = [{ start: 'soon', end: 'later' }, null, { start: '2026-11-23' }];
    expect(isOutOfOffice(rep({ outOfOffice: junk as never }), now)).toBe(false);
    expect(isOutOfOffice(rep({ outOfOffice: 'never' as never }), now)).toBe(false);
  });
});

describe('effectiveCap', () => {
  it('is the smaller of the node’s and the rep’s cap', () => {
    expect(effectiveCap(15, 10)).toBe(10);
    expect(effectiveCap(5, null)).toBe(5);
    expect(effectiveCap(undefined, 8)).toBe(8);
    expect(effectiveCap(0, 8)).toBe(0);
  });

  it('ignores absent, negative and NaN caps', () => {
    expect(effectiveCap(undefined, null)).toBeNull();
    expect(effectiveCap(-1, Number.NaN)).toBeNull();
  });
});

describe('skipReasons', () => {
  it('is empty for an available rep under every cap', () => {
    const hours = { mon: [{ start: '09:00', end: '17:00' }] };
    const load = { assignedToday: 4, openLeads: 9 };
    expect(
      skipReasons(rep({ workingHours: hours, dailyCap: 5 }), load, { openCap: 10 }, now),
    ).toEqual([]);
    expect(skipReasons(rep(), undefined, { dailyCap: 1 }, now)).toEqual([]);
  });

  it('lists every reason, in order', () => {
    const blocked = rep({
      active: false,
      outOfOffice: [{ start: '2026-11-01T00:00:00Z', end: '2026-12-01T00:00:00Z' }],
      workingHours: { mon: [{ start: '08:00', end: '12:00' }] },
      dailyCap: 20,
      openCap: 3,
    });
    const load = { assignedToday: 15, openLeads: 3 };
    expect(skipReasons(blocked, load, { dailyCap: 15 }, now)).toEqual([
      'inactive',
      'out_of_office',
      'outside_hours',
      'daily_cap',
      'open_cap',
    ]);
  });

  it('uses the smaller cap and counts unreadable loads as none', () => {
    expect(
      skipReasons(rep({ dailyCap: 3 }), { assignedToday: 3, openLeads: 0 }, { dailyCap: 10 }, now),
    ).toEqual(['daily_cap']);
    const odd = { assignedToday: Number.NaN, openLeads: 'x' } as never;
    expect(skipReasons(rep(), odd, { dailyCap: 1, openCap: 1 }, now)).toEqual([]);
    expect(skipReasons(rep({ active: 'yes' as never }), undefined, {}, now)).toEqual(['inactive']);
  });
});
