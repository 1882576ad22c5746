import { and, auditLog, desc, eq, sql } from '@switchyard/db';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../leads/lead-cursor';
import { iso } from '../time';
import { orgProcedure, router } from '../trpc';

/** The audit log, read-only: there is no procedure that changes it. */
export const auditRouter = router({
  /** Entries newest first, `limit` at a time, optionally of one action (`flow.published`). */
  list: orgProcedure
    .input(
      z.object({
        action: z.string().min(1).max(100).optional(),
        cursor: z.string().min(1).max(200).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(async ({ ctx, input }) => {
      const after = input.cursor ? decodeCursor(input.cursor) : undefined;
      // rowid breaks ties within a millisecond in write order: the log is never deleted from,
      // so rowids only grow.
      const rows = await ctx.database.db
        .select({ entry: auditLog, seq: sql<number>`${auditLog}.rowid` })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.orgId, ctx.orgId),
            input.action ? eq(auditLog.action, input.action) : undefined,
            after
              ? sql`(${auditLog.at} < ${after.receivedAt} or (${auditLog.at} = ${after.receivedAt} and ${auditLog}.rowid < ${Number(after.id)}))`
              : undefined,
          ),
        )
        .orderBy(desc(auditLog.at), desc(sql`${auditLog}.rowid`))
        .limit(input.limit + 1);
      const page = rows.slice(0, input.limit);
      const last = page.at(-1);
      return {
        items: page.map(({ entry: { orgId: _org, ...entry } }) => ({
          ...entry,
          at: iso(entry.at),
        })),
        nextCursor:
          rows.length > input.limit && last
            ? encodeCursor({ receivedAt: last.entry.at.getTime(), id: String(last.seq) })
            : null,
      };
    }),
});
