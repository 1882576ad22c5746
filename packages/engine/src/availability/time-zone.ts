// Wall-clock arithmetic in IANA time zones with Intl alone: "what time is it there" and "which
// instant shows this wall time there" are all the engine needs, so no date library.

/** A wall-clock reading in some time zone, to the second. */
export type WallTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

// Per zone: its formatter and its UTC offsets by quarter hour. formatToParts costs ~5 µs and
// distribution reads every rep's clock for every lead (it was 9 % of the runtime's CPU under
// load), so offsets are cached: zone transitions fall on whole quarter hours of UTC (every
// offset in use is a multiple of 15 minutes and clocks change on the hour or half hour), so the
// offset read at a quarter hour's start holds for all of it.
type Zone = { formatter: Intl.DateTimeFormat; offsets: Map<number, number> };
const zones = new Map<string, Zone>();
// Hostile input could name endless distinct zones; the cache is reset rather than grown.
const maxCachedZones = 500;
const maxCachedOffsets = 256;
const quarterHourMs = 900_000;

function zoneFor(timeZone: string): Zone {
  const cached = zones.get(timeZone);
  if (cached) return cached;
  if (zones.size >= maxCachedZones) zones.clear();
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: isValidTimeZone(timeZone) ? timeZone : 'UTC',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const zone: Zone = { formatter, offsets: new Map() };
  zones.set(timeZone, zone);
  return zone;
}

/** True when Intl knows the IANA time zone; an unknown one is read as UTC everywhere. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '' || timeZone.length > 100) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch (error) {
    // Intl signals an unknown zone with a RangeError; anything else is a real fault.
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** The wall clock in `timeZone` at the instant `epochMs` (UTC if the zone is unknown). */
export function wallTimeAt(epochMs: number, timeZone: string): Readonly<WallTime> {
  const second = Math.floor(epochMs / 1000) * 1000;
  const shifted = new Date(second + zoneOffset(zoneFor(timeZone), second));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

function zoneOffset(zone: Zone, epochMs: number): number {
  const quarter = Math.floor(epochMs / quarterHourMs);
  let offset = zone.offsets.get(quarter);
  if (offset === undefined) {
    const start = quarter * quarterHourMs;
    offset = wallMs(formattedWall(zone.formatter, start)) - start;
    if (zone.offsets.size >= maxCachedOffsets) zone.offsets.clear();
    zone.offsets.set(quarter, offset);
  }
  return offset;
}

function formattedWall(formatter: Intl.DateTimeFormat, epochMs: number): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** A wall time as if it were UTC, in milliseconds: comparable and subtractable. */
export function wallMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds). */
export function offsetAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallMs(wallTimeAt(whole, timeZone)) - whole;
}

/**
 * The first instant at which the zone's clock shows `wall` (given as `wallMs`). A wall time
 * that occurs twice (clocks set back) gives the earlier instant; one skipped by a DST gap gives
 * the first instant after the gap, where the clock first shows a later time.
 */
export function instantOfWall(wall: number, timeZone: string): number {
  const day = 86_400_000;
  // Offsets a day either side bracket any transition near this wall time.
  const before = wall - offsetAt(wall - day, timeZone);
  const after = wall - offsetAt(wall + day, timeZone);
  const exact = [before, after].filter((t) => wallMs(wallTimeAt(t, timeZone)) === wall);
  if (exact.length > 0) return Math.min(...exact);
  // In a gap: search the changeover second between the two candidates.
  let low = Math.min(before, after);
  let high = Math.max(before, after);
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (wallMs(wallTimeAt(middle, timeZone)) >= wall) high = middle;
    else low = middle;
  }
  return high;
}
