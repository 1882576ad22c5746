import { describe, expect, it } from 'vitest';
import { localClock, localDayStart } from './local-time';

describe('localDayStart', () => {
  it('is the rep’s own midnight', () => {
    const now = new Date('2026-11-20T22:30:00Z'); // 23:30 in Berlin (UTC+1)
    expect(localDayStart(now, 'Europe/Berlin').toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect(localDayStart(now, 'America/New_York').toISOString()).toBe('2026-11-20T05:00:00.000Z');
    expect(localDayStart(now, 'UTC').toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });

  it('is right on days when the clocks change', () => {
    // Berlin springs forward at 02:00 on 2026-03-29; midnight was still UTC+1.
    expect(localDayStart(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    // New York falls back on 2026-11-01; midnight was still UTC-4.
    expect(localDayStart(new Date('2026-11-01T20:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-11-01T04:00:00.000Z',
    );
  });

  it('treats an unknown time zone as UTC instead of failing', () => {
    expect(localDayStart(new Date('2026-11-20T10:00:00Z'), 'Mars/Olympus').toISOString()).toBe(
      '2026-11-20T00:00:00.000Z',
    );
  });
});

describe('localClock', () => {
  it('gives the local weekday and minute', () => {
    expect(localClock(new Date('2026-11-20T15:00:00Z'), 'Asia/Tokyo')).toMatchObject({
      weekday: 'sat',
      minutes: 0,
    });
    expect(localClock(new Date('2026-11-20T15:00:00Z'), 'America/Los_Angeles')).toMatchObject({
      weekday: 'fri',
      minutes: 7 * 60,
    });
  });
});
