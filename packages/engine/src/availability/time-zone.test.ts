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

describe('wallTimeAt with cached offsets', () => {
  // The offset cache assumes zone transitions fall on whole quarter hours of UTC; compare with
  // Intl directly around every transition of zones with odd offsets and half-hour DST.
  const zones = [
    'Europe/Berlin',
    'America/St_Johns',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'America/Santiago',
    'Asia/Kolkata',
  ];

  const formatters = new Map<string, Intl.DateTimeFormat>();
  function intlWall(epochMs: number, timeZone: string) {
    const parts: Record<string, number> = {};
    const formatter =
      formatters.get(timeZone) ??
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    formatters.set(timeZone, formatter);
    for (const part of formatter.formatToParts(new Date(epochMs))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const { year, month, day, hour, minute, second } = parts;
    return { year, month, day, hour, minute, second };
  }

  // Some 660,000 comparisons with Intl: about 2 s alone, past vitest's 5 s default when every
  // package's suite shares the 2-core machine. A correctness sweep, not a timing claim.
  it('agrees with Intl every 7 minutes and 13 seconds through 2024–2026', {
    timeout: 60_000,
  }, () => {
    let mismatches = 0;
    let checked = 0;
    const step = 7 * 60_000 + 13_000;
    for (const zone of zones) {
      for (let t = at('2024-01-01T00:00:00Z'); t < at('2027-01-01T00:00:00Z'); t += step * 97) {
        // A dense run around each sampled instant, seconds either side of quarter hours.
        for (const delta of [-1000, 0, 999, 1000, step]) {
          checked++;
          if (
            JSON.stringify(wallTimeAt(t + delta, zone)) !==
            JSON.stringify(intlWall(t + delta, zone))
          )
            mismatches++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50_000);
    expect(mismatches).toBe(0);
  });

  it('agrees with Intl in the seconds around each DST change of 2025', () => {
    const changes: Array<[string, string]> = [
      ['Europe/Berlin', '2025-03-30T01:00:00Z'],
      ['Europe/Berlin', '2025-10-26T01:00:00Z'],
      ['Australia/Lord_Howe', '2025-04-05T15:00:00Z'],
      ['Australia/Lord_Howe', '2025-10-04T15:30:00Z'],
      ['America/St_Johns', '2025-03-09T05:30:00Z'],
      ['Pacific/Chatham', '2025-04-05T14:00:00Z'],
    ];
    for (const [zone, iso] of changes) {
      for (let delta = -3000; delta <= 3000; delta += 500) {
        const t = at(iso) + delta;
        expect(wallTimeAt(t, zone), `${zone} ${new Date(t).toISOString()}`).toEqual(
          intlWall(t, zone),
        );
      }
    }
  });
});
