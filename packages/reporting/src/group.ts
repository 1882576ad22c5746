import { invalidInput } from './errors';
import type { ReportLead } from './report-lead';

/** What can be grouped: lead rows or cells, which both carry version and arm. */
type Groupable = { versionId: string; arm: string | null };

/** A field to group by, or a function giving each row's group (null leaves the row out). */
export type GroupKey<T extends Groupable = ReportLead> =
  | 'versionId'
  | 'arm'
  | ((lead: T) => string | null);

/** The leads (or cells) of one group. */
export type LeadGroup<T extends Groupable = ReportLead> = { key: string; rows: T[] };

/**
 * Splits leads or cells into groups in order of first appearance. Grouping by arm leaves out
 * leads routed outside an experiment (arm null): they belong to no arm.
 */
export function groupBy<T extends Groupable>(rows: readonly T[], key: GroupKey<T>): LeadGroup<T>[] {
  const keyOf = typeof key === 'function' ? key : (row: T) => row[key];
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = keyOf(row);
    if (group === null) continue;
    const members = groups.get(group);
    if (members) members.push(row);
    else groups.set(group, [row]);
  }
  return [...groups].map(([groupKey, members]) => ({ key: groupKey, rows: members }));
}

/** A half-open time range [from, to) in epoch milliseconds. */
export type DateRange = { from: number; to: number };

/** The leads received in [from, to): a day range is midnight to midnight without double counting. */
export function withinRange(rows: readonly ReportLead[], range: DateRange): ReportLead[] {
  const { from, to } = range;
  if (!(Number.isFinite(from) && Number.isFinite(to) && from <= to)) {
    invalidInput(`A date range must run forwards (from ${from} to ${to}).`);
  }
  return rows.filter((row) => row.receivedAt >= from && row.receivedAt < to);
}
