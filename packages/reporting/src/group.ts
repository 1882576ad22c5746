import { invalidInput } from './errors';
import type { ReportLead } from './report-lead';

/** A field to group by, or a function giving each lead's group (null leaves the lead out). */
export type GroupKey = 'versionId' | 'arm' | ((lead: ReportLead) => string | null);

/** The leads of one group. */
export type LeadGroup = { key: string; rows: ReportLead[] };

/**
 * Splits leads into groups in order of first appearance. Grouping by arm leaves out leads
 * routed outside an experiment (arm null): they belong to no arm.
 */
export function groupBy(rows: readonly ReportLead[], key: GroupKey): LeadGroup[] {
  const keyOf = typeof key === 'function' ? key : (lead: ReportLead) => lead[key];
  const groups = new Map<string, ReportLead[]>();
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
