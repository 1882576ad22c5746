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

// Per zone: its formatter, and the last reading. Distribution reads one instant for every rep
// of a team, and reps share a few zones, so most readings repeat; formatToParts is the cost.
type Zone = { formatter: Intl.DateTimeFormat; lastAt: number; lastWall: Readonly<WallTime> | null };
const zones = new Map<string, Zone>();
// Hostile input could name endless distinct zones; the cache is reset rather than grown.
const maxCachedZones = 500;

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
  const zone: Zone = { formatter, lastAt: Number.NaN, lastWall: null };
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
  const zone = zoneFor(timeZone);
  if (zone.lastWall !== null && zone.lastAt === epochMs) return zone.lastWall;
  const parts: Record<string, number> = {};
  for (const part of zone.formatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Object.freeze({
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  });
  zone.lastAt = epochMs;
  zone.lastWall = wall;
  return wall;
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
