import { localClock, type Weekday } from './local-time';

export type { Weekday };
/** Working hours per weekday as local 'HH:MM' ranges, end exclusive ('24:00' allowed). */
export type WorkingHours = Partial<Record<Weekday, Array<{ start: string; end: string }>>>;

/** What the distributor knows about a rep. */
export type RepProfile = {
  id: string;
  name: string;
  active: boolean;
  timeZone: string;
  /** null: hours are not enforced for this rep. */
  workingHours: WorkingHours | null;
  /** ISO date-time ranges [start, end), so half days work. */
  outOfOffice: Array<{ start: string; end: string }>;
  dailyCap: number | null;
  openCap: number | null;
  /** Skill name → values, e.g. `{ language: ['de', 'en'] }`. */
  skills: Record<string, string[]>;
};

/** A rep's current load: assignments since their local midnight and leads still open. */
export type RepLoad = { assignedToday: number; openLeads: number };

/** Why a rep was passed over; recorded on every assignment. */
export type SkipReason =
  | 'inactive'
  | 'out_of_office'
  | 'outside_hours'
  | 'daily_cap'
  | 'open_cap'
  | 'missing_skill'
  | 'not_in_territory'
  | 'not_owner'
  | 'unknown_rep';

function minutesOf(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** True inside one of today's local ranges; always true when hours are not enforced. */
export function isWithinWorkingHours(
  hours: WorkingHours | null,
  timeZone: string,
  now: Date,
): boolean {
  if (!hours) return true;
  const { weekday, minutes } = localClock(now, timeZone);
  return (hours[weekday] ?? []).some(
    (r) => minutes >= minutesOf(r.start) && minutes < minutesOf(r.end),
  );
}

/** True while one of the rep's out-of-office ranges covers `now`. */
export function isOutOfOffice(rep: Pick<RepProfile, 'outOfOffice'>, now: Date): boolean {
  const t = now.getTime();
  return rep.outOfOffice.some((r) => Date.parse(r.start) <= t && t < Date.parse(r.end));
}

/** Every reason the rep cannot take a lead now; empty when eligible. The smaller cap wins. */
export function skipReasons(
  rep: RepProfile,
  load: RepLoad | undefined,
  caps: { dailyCap?: number | undefined; openCap?: number | undefined },
  now: Date,
): SkipReason[] {
  const reasons: SkipReason[] = [];
  if (!rep.active) reasons.push('inactive');
  if (isOutOfOffice(rep, now)) reasons.push('out_of_office');
  if (!isWithinWorkingHours(rep.workingHours, rep.timeZone, now)) reasons.push('outside_hours');
  const dailyCap = smaller(rep.dailyCap, caps.dailyCap);
  const openCap = smaller(rep.openCap, caps.openCap);
  if (dailyCap !== null && (load?.assignedToday ?? 0) >= dailyCap) reasons.push('daily_cap');
  if (openCap !== null && (load?.openLeads ?? 0) >= openCap) reasons.push('open_cap');
  return reasons;
}

function smaller(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined) return b ?? null;
  if (b === null || b === undefined) return a;
  return Math.min(a, b);
}
