import { localDayStart } from '@switchyard/engine';
import { and, eq, sql } from 'drizzle-orm';
import { assignments, repDayCounts, reps } from '../schema';
import type { Tx } from '../types';

/** How a rep came to own a lead. */
export type AssignmentVia = 'strategy' | 'fallback_rep' | 'claim' | 'reassign' | 'escalation';

/**
 * Records that a rep got a lead and counts it against their local day (daily caps read the
 * count). Every path that hands a lead to a rep goes through here. Returns the rep's name.
 */
export async function recordAssignment(
  tx: Tx,
  input: {
    id: string;
    orgId: string;
    leadId: string;
    repId: string;
    nodeId: string;
    via: AssignmentVia;
    at: Date;
  },
): Promise<string> {
  const [rep] = await tx
    .select({ name: reps.name, timeZone: reps.timeZone })
    .from(reps)
    .where(and(eq(reps.orgId, input.orgId), eq(reps.id, input.repId)));
  await tx.insert(assignments).values(input);
  const day = dayKey(input.at, rep?.timeZone ?? 'UTC');
  await tx
    .insert(repDayCounts)
    .values({ repId: input.repId, day, count: 1 })
    .onConflictDoUpdate({
      target: [repDayCounts.repId, repDayCounts.day],
      set: { count: sql`${repDayCounts.count} + 1` },
    });
  return rep?.name ?? input.repId;
}

/** A rep's local calendar day as a key: the epoch milliseconds of their local midnight. */
export function dayKey(at: Date, timeZone: string): string {
  return String(localDayStart(at, timeZone).getTime());
}
