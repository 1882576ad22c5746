import { asc, eq, loadRepLoads, reps } from '@switchyard/db';
import { z } from 'zod';
import { findRep } from '../owned';
import { newRepSchema, repPatchSchema, repView } from '../reps/rep-fields';
import { idSchema } from '../time';
import { orgProcedure, router } from '../trpc';

/** Reps: who can receive leads, when (hours, absences, time zone) and how many (caps). */
export const repRouter = router({
  /**
   * Every rep of the organisation, by name, with their load right now (assigned since their
   * local midnight, open leads) and the instant it was read, so the studio can say what the
   * distributor sees with the engine's own rules.
   */
  list: orgProcedure.query(async ({ ctx }) => {
    const { db } = ctx.database;
    const rows = await db
      .select()
      .from(reps)
      .where(eq(reps.orgId, ctx.orgId))
      .orderBy(asc(reps.name), asc(reps.id));
    const now = ctx.clock();
    const loads = await loadRepLoads(db, rows, now);
    return rows.map(({ orgId: _org, ...row }) => ({
      ...repView(row),
      load: loads[row.id] ?? { assignedToday: 0, openLeads: 0 },
      loadAt: now.toISOString(),
    }));
  }),

  /** One rep. */
  byId: orgProcedure.input(z.object({ id: idSchema })).query(async ({ ctx, input }) => {
    const { orgId: _org, ...row } = await findRep(ctx.database.db, ctx.orgId, input.id);
    return repView(row);
  }),

  /** A new rep; available, in UTC and uncapped unless told otherwise. */
  create: orgProcedure.input(newRepSchema).mutation(({ ctx, input }) =>
    ctx.database.write(async (tx) => {
      const id = ctx.ids.id('rep');
      await tx.insert(reps).values({ ...input, id, orgId: ctx.orgId, createdAt: ctx.clock() });
      const { orgId: _org, ...row } = await findRep(tx, ctx.orgId, id);
      return repView(row);
    }),
  ),

  /** Changes any of a rep's fields; each is checked as the engine will read it. */
  update: orgProcedure
    .input(z.object({ id: idSchema, patch: repPatchSchema }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const rep = await findRep(tx, ctx.orgId, input.id);
        if (Object.keys(input.patch).length > 0) {
          await tx.update(reps).set(input.patch).where(eq(reps.id, rep.id));
        }
        const { orgId: _org, ...row } = await findRep(tx, ctx.orgId, rep.id);
        return repView(row);
      }),
    ),

  /** Turns a rep on or off for new leads (leads they hold stay theirs). */
  setAvailability: orgProcedure
    .input(z.object({ id: idSchema, active: z.boolean() }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const rep = await findRep(tx, ctx.orgId, input.id);
        await tx.update(reps).set({ active: input.active }).where(eq(reps.id, rep.id));
        return { id: rep.id, active: input.active };
      }),
    ),
});
