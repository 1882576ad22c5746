import { describe, expect, it } from 'vitest';
import {
  isWithinWorkingHours,
  localClock,
  localDayStart,
  minutesOf,
  parseInstant,
  type WorkingHours,
} from './local-time';
import { instantOfWall, wallMs, wallTimeAt } from './time-zone';

const day = (now: string, zone: string) => localDayStart(new Date(now), zone).toISOString();

describe('localDayStart', () => {
  it.each([
    ['2026-11-23T15:30:00.250Z', 'UTC', '2026-11-23T00:00:00.000Z'],
    ['2026-11-23T03:00:00Z', 'America/New_York', '2026-11-22T05:00:00.000Z'],
    ['2026-11-23T20:00:00Z', 'Asia/Kolkata', '2026-11-23T18:30:00.000Z'],
    ['2026-11-23T10:00:00Z', 'Pacific/Chatham', '2026-11-22T10:15:00.000Z'],
    ['2026-11-23T00:00:00Z', 'UTC', '2026-11-23T00:00:00.000Z'],
  ])('at %s in %s is %s', (now, zone, start) => {
    expect(day(now, zone)).toBe(start);
  });

  it('is DST-correct on the days clocks change', () => {
    // Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    expect(day('2026-03-29T12:00:00Z', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(day('2026-10-25T20:00:00Z', 'Europe/Berlin')).toBe('2026-10-24T22:00:00.000Z');
    expect(day('2026-03-08T20:00:00Z', 'America/Los_Angeles')).toBe('2026-03-08T08:00:00.000Z');
  });

  it('starts a day whose midnight DST skips when the clock jumps, and a doubled one at the first', () => {
    // Havana jumps from 23:59:59 to 01:00 on 2026-03-08 and repeats 00:00–01:00 on 2026-11-01.
    expect(day('2026-03-08T12:00:00Z', 'America/Havana')).toBe('2026-03-08T05:00:00.000Z');
    expect(day('2026-11-01T12:00:00Z', 'America/Havana')).toBe('2026-11-01T04:00:00.000Z');
    expect(day('2026-09-06T12:00:00Z', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
  });

  it('reads an unknown time zone as UTC instead of throwing', () => {
    expect(day('2026-11-23T15:30:00Z', 'Mars/Olympus_Mons')).toBe('2026-11-23T00:00:00.000Z');
    expect(day('2026-11-23T15:30:00Z', '')).toBe('2026-11-23T00:00:00.000Z');
  });
});

describe('localClock', () => {
  it('gives the local weekday and minute of the day', () => {
    // 20:00 UTC on Sunday 22 November 2026 is 01:30 on Monday in Kolkata.
    const kolkata = localClock(new Date('2026-11-22T20:00:00Z'), 'Asia/Kolkata');
    expect(kolkata).toEqual({ weekday: 'mon', minutes: 90 });
    const week = [23, 24, 25, 26, 27, 28, 29].map((d) =>
      localClock(new Date(Date.UTC(2026, 10, d)), 'UTC'),
    );
    expect(week.map((c) => c.weekday)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(localClock(new Date('1969-12-31T12:00:00Z'), 'UTC').weekday).toBe('wed');
  });

  it('reads an unknown zone as UTC', () => {
    const clock = localClock(new Date('2026-11-23T02:00:00Z'), 'Bad/Zone');
    expect(clock).toEqual({ weekday: 'mon', minutes: 120 });
  });
});

describe('parseInstant', () => {
  it('reads absolute date-times as they are, local ones in the given zone', () => {
    expect(parseInstant('2026-12-24T13:00:00Z', 'Europe/Berlin')).toBe(
      Date.parse('2026-12-24T13:00:00Z'),
    );
    expect(parseInstant('2026-12-24T13:00:00+01:00', 'UTC')).toBe(
      Date.parse('2026-12-24T12:00:00Z'),
    );
    expect(parseInstant('2026-12-24T13:00', 'Europe/Berlin')).toBe(
      Date.parse('2026-12-24T12:00:00Z'),
    );
    expect(parseInstant('2026-12-24', 'America/New_York')).toBe(Date.parse('2026-12-24T05:00:00Z'));
  });

  it('gives NaN for anything else', () => {
    for (const text of [
      'tomorrow',
      '2026-02-31',
      '2026-12-24T25:00',
      '24/12/2026',
      '',
      'x'.repeat(99),
    ]) {
      expect(parseInstant(text, 'UTC')).toBeNaN();
    }
    expect(parseInstant(undefined as unknown as string, 'UTC')).toBeNaN();
  });
});

const weekdays: WorkingHours = {
  mon: [{ start: '09:00', end: '17:00' }],
  tue: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
  sat: [{ start: '22:00', end: '24:00' }],
};
// Monday 23 November 2026.
const monday = (time: string) => new Date(`2026-11-23T${time}Z`);

describe('isWithinWorkingHours', () => {
  it('is true inside a range, start inclusive, end exclusive', () => {
    expect(isWithinWorkingHours(weekdays, 'UTC', monday('09:00:00'))).toBe(true);
    expect(isWithinWorkingHours(weekdays, 'UTC', monday('16:59:59'))).toBe(true);
    expect(isWithinWorkingHours(weekdays, 'UTC', monday('17:00:00'))).toBe(false);
    expect(isWithinWorkingHours(weekdays, 'UTC', monday('08:59:00'))).toBe(false);
  });

  it('reads the hours on the rep’s own wall clock', () => {
    // 14:00 UTC is 09:00 in New York (EST) and 23:00 in Tokyo.
    expect(isWithinWorkingHours(weekdays, 'America/New_York', monday('14:00:00'))).toBe(true);
    expect(isWithinWorkingHours(weekdays, 'Asia/Tokyo', monday('14:00:00'))).toBe(false);
  });

  it('honours a lunch break, a missing day and a range ending at 24:00', () => {
    const at = (iso: string) => isWithinWorkingHours(weekdays, 'UTC', new Date(iso));
    expect([at('2026-11-24T12:30:00Z'), at('2026-11-24T13:00:00Z')]).toEqual([false, true]);
    expect([at('2026-11-25T10:00:00Z'), at('2026-11-28T23:59:00Z')]).toEqual([false, true]);
  });

  it('is always true when hours are not enforced', () => {
    expect(isWithinWorkingHours(null, 'UTC', monday('03:00:00'))).toBe(true);
  });

  it('never matches malformed or backwards ranges, and treats bad zones as UTC', () => {
    const broken = {
      mon: [
        { start: '17:00', end: '09:00' },
        { start: '9am', end: '5pm' },
        { start: '24:00', end: '24:00' },
        null,
      ],
      tue: 'all day',
    } as unknown as WorkingHours;
    expect(isWithinWorkingHours(broken, 'UTC', monday('10:00:00'))).toBe(false);
    expect(isWithinWorkingHours(broken, 'UTC', new Date('2026-11-24T10:00:00Z'))).toBe(false);
    expect(isWithinWorkingHours({}, 'UTC', monday('10:00:00'))).toBe(false);
    expect(isWithinWorkingHours(weekdays, 'Not/AZone', monday('10:00:00'))).toBe(true);
  });
});

describe('minutesOf', () => {
  it('reads HH:MM, and 24:00 as an end', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('23:59')).toBe(1439);
    expect(minutesOf('24:00', true)).toBe(1440);
  });

  it('refuses anything else', () => {
    for (const text of ['24:00', '9:00', '12:60', '25:00', '', 900, null]) {
      expect(minutesOf(text)).toBeNull();
    }
  });
});

describe('localDayStart, remembered per zone', () => {
  it('matches a fresh computation at every step through DST weeks, forwards and backwards', () => {
    const fresh = (t: number, zone: string) => {
      const wall = wallTimeAt(t, zone);
      return instantOfWall(wallMs({ ...wall, hour: 0, minute: 0, second: 0 }), zone);
    };
    const zones = ['Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kolkata'];
    const ranges = [
      ['2025-03-26T00:00:00Z', '2025-04-09T00:00:00Z'],
      ['2025-10-22T00:00:00Z', '2025-11-05T00:00:00Z'],
    ];
    let checked = 0;
    for (const zone of zones) {
      for (const [from, to] of ranges) {
        const start = Date.parse(from as string);
        const end = Date.parse(to as string);
        const step = 17 * 60_000;
        const forwards: number[] = [];
        for (let t = start; t < end; t += step) forwards.push(t);
        for (const t of [...forwards, ...forwards.reverse()]) {
          expect(
            localDayStart(new Date(t), zone).getTime(),
            `${zone} ${new Date(t).toISOString()}`,
          ).toBe(fresh(t, zone));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
