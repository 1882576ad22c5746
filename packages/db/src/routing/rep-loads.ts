import { openStatuses, type RepLoad } from '@switchyard/engine';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { leads, repDayCounts } from '../schema';
import type { Queryable } from '../types';
import { dayKey } from './record-assignment';

/**
 * Each rep's load as distribution reads it at `now`: assignments since their own local midnight
 * and leads still open. The studio shows it beside the caps so "Daily cap reached" is the
 * engine's verdict, not a guess. Reps with nothing assigned get zeros.
 */
export async function loadRepLoads(
  db: Queryable,
  reps: ReadonlyArray<{ id: string; timeZone: string }>,
  now: Date,
): Promise<Record<string, RepLoad>> {
  const loads: Record<string, RepLoad> = {};
  for (const rep of reps) loads[rep.id] = { assignedToday: 0, openLeads: 0 };
  if (reps.length === 0) return loads;
  const days = reps.map((rep) => ({ repId: rep.id, day: dayKey(now, rep.timeZone) }));
  const counts = await db
    .select({ repId: repDayCounts.repId, n: repDayCounts.count })
    .from(repDayCounts)
    .where(
      or(...days.map((d) => and(eq(repDayCounts.repId, d.repId), eq(repDayCounts.day, d.day)))),
    );
  for (const row of counts) {
    const load = loads[row.repId];
    if (load) load.assignedToday = Number(row.n);
  }
  const open = await db
    .select({ repId: leads.ownerRepId, n: sql<number>`count(*)` })
    .from(leads)
    .where(
      and(
        inArray(
          leads.ownerRepId,
          reps.map((rep) => rep.id),
        ),
        inArray(leads.status, [...openStatuses]),
      ),
    )
    .groupBy(leads.ownerRepId);
  for (const row of open) {
    const load = row.repId ? loads[row.repId] : undefined;
    if (load) load.openLeads = Number(row.n);
  }
  return loads;
}
