import { isWithinWorkingHours, parseInstant, type WorkingHours } from './local-time';

/** What distribution knows about one rep of the organisation. */
export type RepProfile = {
  id: string;
  name: string;
  active: boolean;
  /** IANA time zone; an unknown one is read as UTC. */
  timeZone: string;
  /** null: working hours are not enforced for this rep. */
  workingHours: WorkingHours | null;
  /** ISO date-times, [start, end); without an offset they are the rep's local time. */
  outOfOffice: Array<{ start: string; end: string }>;
  dailyCap: number | null;
  openCap: number | null;
  /** Skill name → values, e.g. `{ language: ['de', 'en'] }`. */
  skills: Record<string, string[]>;
};

/** A rep's load: assignments since their local midnight, and leads still open. */
export type RepLoad = { assignedToday: number; openLeads: number };

/** Why a rep could not take a lead; recorded on every assignment. */
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

/** Caps set on the assign node; each applies together with the rep's own. */
export type NodeCaps = { dailyCap?: number | undefined; openCap?: number | undefined };

/** True while one of the rep's out-of-office ranges covers `now`; malformed ranges are ignored. */
export function isOutOfOffice(rep: RepProfile, now: Date): boolean {
  if (!Array.isArray(rep.outOfOffice)) return false;
  const t = now.getTime();
  return rep.outOfOffice.some((range) => {
    const start = parseInstant(range?.start, rep.timeZone);
    const end = parseInstant(range?.end, rep.timeZone);
    return start <= t && t < end;
  });
}

/** The cap that applies: the smaller of two, ignoring absent or invalid ones; null for none. */
export function effectiveCap(
  nodeCap: number | null | undefined,
  repCap: number | null | undefined,
): number | null {
  const caps = [nodeCap, repCap].filter(
    (cap): cap is number => typeof cap === 'number' && !Number.isNaN(cap) && cap >= 0,
  );
  return caps.length === 0 ? null : Math.min(...caps);
}

/**
 * Every reason the rep cannot take a lead now, in a fixed order; empty when eligible. A rep
 * without a load entry has none yet. Each cap is the smaller of the node's and the rep's.
 */
export function skipReasons(
  rep: RepProfile,
  load: RepLoad | undefined,
  caps: NodeCaps,
  now: Date,
): SkipReason[] {
  const reasons: SkipReason[] = [];
  if (rep.active !== true) reasons.push('inactive');
  if (isOutOfOffice(rep, now)) reasons.push('out_of_office');
  if (!isWithinWorkingHours(rep.workingHours, rep.timeZone, now)) reasons.push('outside_hours');
  const dailyCap = effectiveCap(caps.dailyCap, rep.dailyCap);
  if (dailyCap !== null && count(load?.assignedToday) >= dailyCap) reasons.push('daily_cap');
  const openCap = effectiveCap(caps.openCap, rep.openCap);
  if (openCap !== null && count(load?.openLeads) >= openCap) reasons.push('open_cap');
  return reasons;
}

// A count from the database; anything unreadable counts as none.
function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
