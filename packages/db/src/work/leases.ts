import { and, asc, eq, isNull, lt, lte, or } from 'drizzle-orm';
import { outbox, timers } from '../schema';
import type { Tx } from '../types';

/** How long a process owns an item it took; after that another process may take it. */
export const leaseMs = 30_000;

/**
 * Takes up to `limit` due timers for `owner`. Runs inside a write transaction, which SQLite
 * serialises across processes, so two processes never take the same timer.
 */
export async function leaseDueTimers(tx: Tx, input: { owner: string; now: Date; limit: number }) {
  const due = await tx
    .select({ id: timers.id })
    .from(timers)
    .where(
      and(
        isNull(timers.doneAt),
        lte(timers.dueAt, input.now),
        or(isNull(timers.leaseUntil), lt(timers.leaseUntil, input.now)),
      ),
    )
    .orderBy(asc(timers.dueAt))
    .limit(input.limit);
  const leased = [];
  for (const { id } of due) {
    const [row] = await tx
      .update(timers)
      .set({ leaseOwner: input.owner, leaseUntil: new Date(input.now.getTime() + leaseMs) })
      .where(eq(timers.id, id))
      .returning();
    if (row) leased.push(row);
  }
  return leased;
}

/** Takes up to `limit` outbox messages due for (re)delivery for `owner`. */
export async function leaseDueMessages(tx: Tx, input: { owner: string; now: Date; limit: number }) {
  const due = await tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        isNull(outbox.deliveredAt),
        isNull(outbox.failedAt),
        lte(outbox.nextAttemptAt, input.now),
        or(isNull(outbox.leaseUntil), lt(outbox.leaseUntil, input.now)),
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(input.limit);
  const leased = [];
  for (const { id } of due) {
    const [row] = await tx
      .update(outbox)
      .set({ leaseOwner: input.owner, leaseUntil: new Date(input.now.getTime() + leaseMs) })
      .where(eq(outbox.id, id))
      .returning();
    if (row) leased.push(row);
  }
  return leased;
}
