import {
  isValidTimeZone,
  localClock,
  parseInstant,
  type RepLoad,
  type RepProfile,
  type SkipReason,
  skipReasons,
} from '@switchyard/engine';

/** What the distributor sees for one rep right now, in words and a colour. */
export type RepState = {
  eligible: boolean;
  /** The first reason in the engine's order; null when eligible. */
  reason: SkipReason | null;
  label: string;
  color: 'teal' | 'gray' | 'orange' | 'yellow' | 'red';
  /** Every reason, worded, for a tooltip: a rep can be away and at cap at once. */
  details: string[];
};

const colors: Partial<Record<SkipReason, RepState['color']>> = {
  inactive: 'gray',
  out_of_office: 'orange',
  outside_hours: 'yellow',
  daily_cap: 'red',
  open_cap: 'red',
};

/**
 * The rep's state at `now` by the engine's own `skipReasons` (no node caps: those belong to a
 * flow's assign step), worded as the manager reads it: "Away (out of office until 3 Dec)".
 */
export function repState(rep: RepProfile, load: RepLoad, now: Date): RepState {
  const reasons = skipReasons(rep, load, {}, now);
  const details = reasons.map((reason) => reasonWords(reason, rep, load, now));
  const [first] = reasons;
  if (first === undefined) {
    return { eligible: true, reason: null, label: 'Eligible now', color: 'teal', details: [] };
  }
  return {
    eligible: false,
    reason: first,
    label: details[0] ?? 'Unavailable',
    color: colors[first] ?? 'gray',
    details,
  };
}

function reasonWords(reason: SkipReason, rep: RepProfile, load: RepLoad, now: Date): string {
  switch (reason) {
    case 'inactive':
      return 'Unavailable';
    case 'out_of_office':
      return `Away (out of office until ${absenceEnd(rep, now)})`;
    case 'outside_hours':
      return `Outside working hours (${hoursToday(rep, now)} ${rep.timeZone})`;
    case 'daily_cap':
      return `Daily cap reached (${load.assignedToday}/${rep.dailyCap})`;
    case 'open_cap':
      return `Open-lead cap reached (${load.openLeads}/${rep.openCap})`;
    default:
      // Missing skills, territory and ownership depend on a lead, never on the rep alone.
      return 'Unavailable';
  }
}

/**
 * When the absence covering `now` ends, in the rep's zone: "3 Dec, 14:00". An end at local
 * midnight names the day before, "3 Dec", as people say "off until 3 Dec" for through 3 Dec.
 */
function absenceEnd(rep: RepProfile, now: Date): string {
  const t = now.getTime();
  const end = Math.max(
    ...rep.outOfOffice
      .map((r) => ({
        start: parseInstant(r.start, rep.timeZone),
        end: parseInstant(r.end, rep.timeZone),
      }))
      .filter((r) => r.start <= t && t < r.end)
      .map((r) => r.end),
  );
  const timeZone = isValidTimeZone(rep.timeZone) ? rep.timeZone : 'UTC';
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' });
  if (localClock(new Date(end), rep.timeZone).minutes === 0) return day.format(end - 1);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, timeStyle: 'short' });
  return `${day.format(end)}, ${time.format(end)}`;
}

const weekdayNames = {
  mon: 'Mondays',
  tue: 'Tuesdays',
  wed: 'Wednesdays',
  thu: 'Thursdays',
  fri: 'Fridays',
  sat: 'Saturdays',
  sun: 'Sundays',
} as const;

/** Today's working hours in the rep's zone, "09:00–12:30, 13:30–17:00", or the day off. */
function hoursToday(rep: RepProfile, now: Date): string {
  const { weekday } = localClock(now, rep.timeZone);
  const ranges = rep.workingHours?.[weekday] ?? [];
  if (ranges.length === 0) return `off on ${weekdayNames[weekday]},`;
  return ranges.map((r) => `${r.start}–${r.end}`).join(', ');
}
