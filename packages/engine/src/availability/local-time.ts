// A rep's local time: their weekday and minute, when their day began, local date-times in
// out-of-office ranges, and working hours.
import { instantOfWall, type WallTime, wallMs, wallTimeAt } from './time-zone';

/** A day of the week, as working hours are keyed. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

// Indexed by days since 1970-01-01, a Thursday, modulo 7.
const weekdays: readonly Weekday[] = ['thu', 'fri', 'sat', 'sun', 'mon', 'tue', 'wed'];

/** The local weekday and minute of the day in a time zone (UTC if the zone is unknown). */
export function localClock(now: Date, timeZone: string): { weekday: Weekday; minutes: number } {
  const wall = wallTimeAt(now.getTime(), timeZone);
  const days = Math.floor(Date.UTC(wall.year, wall.month - 1, wall.day) / 86_400_000);
  const weekday = weekdays[((days % 7) + 7) % 7];
  return { weekday: weekday ?? 'mon', minutes: wall.hour * 60 + wall.minute };
}

/**
 * The instant of the most recent local midnight in `timeZone`: where a rep's day, and their
 * daily cap, starts. DST-correct; where a DST gap skips midnight, the day starts when the
 * clock jumps. An unknown time zone is read as UTC.
 */
export function localDayStart(now: Date, timeZone: string): Date {
  const at = now.getTime();
  const known = currentDays.get(timeZone);
  if (known && at >= known.start && at < known.end) return new Date(known.start);
  const start = computeDayStart(at, timeZone);
  // The next local day starts 23 to 25 hours later, so 26 hours on is inside it.
  const end = computeDayStart(start + 26 * 3_600_000, timeZone);
  if (currentDays.size >= 500) currentDays.clear();
  currentDays.set(timeZone, { start, end });
  return new Date(start);
}

// Distribution asks for every rep's day for every lead; days change once a day per zone, so the
// current day of each zone is remembered (it was half of routing's time-zone work).
const currentDays = new Map<string, { start: number; end: number }>();

function computeDayStart(at: number, timeZone: string): number {
  const today = wallTimeAt(at, timeZone);
  const midnight: WallTime = { ...today, hour: 0, minute: 0, second: 0 };
  return instantOfWall(wallMs(midnight), timeZone);
}

// Only text with an offset goes to Date.parse: without one it would use the host's time zone.
const absolute = /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})$/i;
const localDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * The instant an ISO date-time names. With an offset or Z it is absolute; without one
 * ("2026-12-24T13:00", "2026-12-24") it is read as wall time in `timeZone`, so a rep's half
 * day off means their afternoon. NaN when the text is not an ISO date-time.
 */
export function parseInstant(text: string, timeZone: string): number {
  if (typeof text !== 'string' || text.length > 40) return Number.NaN;
  const trimmed = text.trim();
  if (absolute.test(trimmed)) return Date.parse(trimmed);
  const local = localDateTime.exec(trimmed);
  if (!local) return Number.NaN;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = local;
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  };
  const ms = wallMs(wall);
  // Reject rolled-over dates such as 2026-02-31.
  if (new Date(ms).getUTCDate() !== wall.day || wall.hour > 23 || wall.minute > 59)
    return Number.NaN;
  return instantOfWall(ms, timeZone);
}

/** Local working hours per weekday: 'HH:MM' 24-hour ranges, end exclusive, '24:00' as an end. */
export type WorkingHours = Partial<Record<Weekday, Array<{ start: string; end: string }>>>;

/** Minutes since midnight of an 'HH:MM' time ('24:00' allowed when `asEnd`); null if malformed. */
export function minutesOf(text: unknown, asEnd = false): number | null {
  if (typeof text !== 'string' || text.length !== 5 || text[2] !== ':') return null;
  // Read digit by digit: this runs for every range of every rep on every lead.
  const digit = (i: number) => {
    const code = text.charCodeAt(i) - 48;
    return code >= 0 && code <= 9 ? code : Number.NaN;
  };
  const hours = digit(0) * 10 + digit(1);
  const minutes = digit(3) * 10 + digit(4);
  if (asEnd && hours === 24 && minutes === 0) return 24 * 60;
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
}

/**
 * True when `now`, on the wall clock of `timeZone`, falls in one of that weekday's ranges;
 * always true when hours are not enforced (null). A range that ends before it starts, or is
 * malformed, never matches: a night shift is two ranges, "22:00–24:00" and "00:00–06:00".
 */
export function isWithinWorkingHours(
  hours: WorkingHours | null,
  timeZone: string,
  now: Date,
): boolean {
  if (hours === null || hours === undefined) return true;
  if (typeof hours !== 'object') return false;
  const { weekday, minutes } = localClock(now, timeZone);
  const ranges = Object.hasOwn(hours, weekday) ? hours[weekday] : undefined;
  if (!Array.isArray(ranges)) return false;
  return ranges.some((range) => {
    const start = minutesOf(range?.start);
    const end = minutesOf(range?.end, true);
    return start !== null && end !== null && start <= minutes && minutes < end;
  });
}
