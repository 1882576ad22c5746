import { describe, expect, it } from 'vitest';
import { instantOfWall, isValidTimeZone, offsetAt, wallMs, wallTimeAt } from './time-zone';

const at = (iso: string) => Date.parse(iso);

describe('isValidTimeZone', () => {
  it('knows IANA zones and UTC', () => {
    for (const zone of ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata']) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
  });

  it('refuses unknown, empty, huge and non-text zones', () => {
    for (const zone of ['Mars/Base', '', 'x'.repeat(200), 42, null]) {
      expect(isValidTimeZone(zone as string)).toBe(false);
    }
  });
});

describe('wallTimeAt and offsetAt', () => {
  it('read the wall clock and offset of a zone', () => {
    expect(wallTimeAt(at('2026-11-23T15:30:05Z'), 'Asia/Kolkata')).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hour: 21,
      minute: 0,
      second: 5,
    });
    expect(offsetAt(at('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe(2 * 3_600_000);
    expect(offsetAt(at('2026-01-01T12:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
  });

  it('read an unknown zone as UTC instead of throwing', () => {
    expect(offsetAt(at('2026-07-01T12:00:00Z'), 'Mars/Base')).toBe(0);
    expect(wallTimeAt(at('2026-07-01T12:00:00Z'), 'Nowhere').hour).toBe(12);
  });
});

describe('instantOfWall', () => {
  const wall = (iso: string) => wallMs(wallTimeAt(at(`${iso}Z`), 'UTC'));

  it('finds the instant showing a wall time', () => {
    expect(instantOfWall(wall('2026-07-01T09:00:00'), 'Europe/Berlin')).toBe(
      at('2026-07-01T07:00:00Z'),
    );
    expect(instantOfWall(wall('2026-07-01T09:00:00'), 'UTC')).toBe(at('2026-07-01T09:00:00Z'));
  });

  it('gives the earlier of a repeated wall time and the end of a skipped one', () => {
    // Berlin sets clocks back at 03:00 on 2026-10-25: 02:30 happens twice.
    expect(instantOfWall(wall('2026-10-25T02:30:00'), 'Europe/Berlin')).toBe(
      at('2026-10-25T00:30:00Z'),
    );
    // …and forward at 02:00 on 2026-03-29: 02:30 never happens; the clock jumps to 03:00.
    expect(instantOfWall(wall('2026-03-29T02:30:00'), 'Europe/Berlin')).toBe(
      at('2026-03-29T01:00:00Z'),
    );
  });
});
