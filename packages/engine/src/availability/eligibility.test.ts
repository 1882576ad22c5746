import { describe, expect, it } from 'vitest';
import { isOutOfOffice, isWithinWorkingHours, type RepProfile, skipReasons } from './eligibility';

const rep = (patch: Partial<RepProfile> = {}): RepProfile => ({
  id: 'r',
  name: 'R',
  active: true,
  timeZone: 'Europe/Berlin',
  workingHours: null,
  outOfOffice: [],
  dailyCap: null,
  openCap: null,
  skills: {},
  ...patch,
});
const friday3pmUtc = new Date('2026-11-20T15:00:00Z'); // 16:00 in Berlin

describe('eligibility', () => {
  it('checks working hours in the rep’s time zone, end exclusive', () => {
    const hours = { fri: [{ start: '09:00', end: '16:00' }] };
    expect(isWithinWorkingHours(hours, 'Europe/Berlin', friday3pmUtc)).toBe(false);
    expect(isWithinWorkingHours(hours, 'Europe/London', friday3pmUtc)).toBe(true);
    expect(
      isWithinWorkingHours({ mon: [{ start: '00:00', end: '24:00' }] }, 'UTC', friday3pmUtc),
    ).toBe(false);
    expect(isWithinWorkingHours(null, 'UTC', friday3pmUtc)).toBe(true);
  });

  it('covers half-day out-of-office ranges', () => {
    const away = rep({
      outOfOffice: [{ start: '2026-11-20T12:00:00Z', end: '2026-11-20T15:00:00Z' }],
    });
    expect(isOutOfOffice(away, new Date('2026-11-20T14:59:59Z'))).toBe(true);
    expect(isOutOfOffice(away, friday3pmUtc)).toBe(false);
  });

  it('lists every reason and lets the smaller cap win', () => {
    const tired = rep({ active: false, dailyCap: 10, openCap: 50 });
    expect(
      skipReasons(
        tired,
        { assignedToday: 5, openLeads: 5 },
        { dailyCap: 5, openCap: 100 },
        friday3pmUtc,
      ),
    ).toEqual(['inactive', 'daily_cap']);
    expect(
      skipReasons(rep({ openCap: 3 }), { assignedToday: 0, openLeads: 3 }, {}, friday3pmUtc),
    ).toEqual(['open_cap']);
    expect(skipReasons(rep(), undefined, { dailyCap: 0 }, friday3pmUtc)).toEqual(['daily_cap']);
    expect(skipReasons(rep(), undefined, {}, friday3pmUtc)).toEqual([]);
  });
});
