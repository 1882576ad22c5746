import { and, asc, createFlow, desc, eq, flows, flowVersions, leads, sql } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { isPublishable, validateFlow } from '@switchyard/flow';
import { z } from 'zod';
import { fail } from '../errors';
import { documentSchema, emptyFlow, teamMapSchema } from '../flows/flow-documents';
import { allIssues } from '../flows/org-issues';
import { assertTeamsOwned, findFlow } from '../owned';
import { idSchema, instantSchema, iso, nameSchema } from '../time';
import { orgProcedure, router } from '../trpc';
import { flowBacktestProcedures } from './flow-backtest';
import { flowTryProcedures } from './flow-try';
import { flowVersionProcedures } from './flow-versions';

const startOfUtcDay = (now: Date) => new Date(now.toISOString().slice(0, 10));

/** Flows: the list, one flow's draft, creating, saving with optimistic concurrency, checking. */
export const flowRouter = router({
  /** Every flow with its live version and how many leads it got since the start of today. */
  list: orgProcedure
    // The studio passes its local midnight; without it "today" starts at midnight UTC.
    .input(z.object({ todayStartsAt: instantSchema.optional() }).optional())
    .query(async ({ ctx, input }) => {
      const { db } = ctx.database;
      const since = input?.todayStartsAt
        ? new Date(input.todayStartsAt)
        : startOfUtcDay(ctx.clock());
      const rows = await db
        .select({
          id: flows.id,
          name: flows.name,
          updatedAt: flows.updatedAt,
          liveVersionId: flows.liveVersionId,
          liveVersion: flowVersions.version,
        })
        .from(flows)
        .leftJoin(flowVersions, eq(flowVersions.id, flows.liveVersionId))
        .where(eq(flows.orgId, ctx.orgId))
        .orderBy(desc(flows.updatedAt), asc(flows.id));
      const counts = await db
        .select({ flowId: leads.flowId, count: sql<number>`count(*)` })
        .from(leads)
        .where(and(eq(leads.orgId, ctx.orgId), sql`${leads.receivedAt} >= ${since.getTime()}`))
        .groupBy(leads.flowId);
      const today = new Map(counts.map((row) => [row.flowId, Number(row.count)]));
      return rows.map((row) => ({
        ...row,
        updatedAt: iso(row.updatedAt),
        leadsToday: today.get(row.id) ?? 0,
      }));
    }),

  /** One flow's draft, its revision (send it back with `saveDraft`) and team map. */
  byId: orgProcedure.input(z.object({ id: idSchema })).query(async ({ ctx, input }) => {
    const flow = await findFlow(ctx.database.db, ctx.orgId, input.id);
    return {
      id: flow.id,
      name: flow.name,
      draft: flow.draft as Record<string, unknown>,
      draftRevision: flow.draftRevision,
      teamMap: flow.teamMap,
      liveVersionId: flow.liveVersionId,
      createdAt: iso(flow.createdAt),
      updatedAt: iso(flow.updatedAt),
    };
  }),

  /** A new flow; without a document its draft is a valid capture → open pool skeleton. */
  create: orgProcedure
    .input(z.object({ name: nameSchema, document: documentSchema.optional() }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const document = input.document ?? emptyFlow(input.name);
        const tools = { ids: ctx.ids, now: ctx.clock() };
        const { id } = await createFlow(
          tx,
          { orgId: ctx.orgId, name: input.name, document },
          tools,
        );
        return { id, draftRevision: 1 };
      }),
    ),

  /**
   * Saves the draft if nobody saved since `baseRevision`; else `version_conflict`, so two
   * managers editing one flow never overwrite each other silently.
   */
  saveDraft: orgProcedure
    .input(
      z.object({
        id: idSchema,
        draft: documentSchema,
        baseRevision: z.number().int().min(1),
        teamMap: teamMapSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const flow = await findFlow(tx, ctx.orgId, input.id);
        if (input.teamMap) await assertTeamsOwned(tx, ctx.orgId, input.teamMap);
        const conflict = (current: number) =>
          fail(
            failure(
              'version_conflict',
              `Someone else saved this flow while you were editing it (you started from revision ${input.baseRevision}, it is now at ${current}). Reload to see their changes, then save again.`,
              { currentRevision: current },
            ),
          );
        if (flow.draftRevision !== input.baseRevision) conflict(flow.draftRevision);
        const now = ctx.clock();
        // The revision check is repeated in the UPDATE so a second process cannot slip in.
        const [saved] = await tx
          .update(flows)
          .set({
            draft: input.draft,
            draftRevision: input.baseRevision + 1,
            updatedAt: now,
            ...(input.teamMap ? { teamMap: input.teamMap } : {}),
          })
          .where(
            and(
              eq(flows.id, flow.id),
              eq(flows.orgId, ctx.orgId),
              eq(flows.draftRevision, input.baseRevision),
            ),
          )
          .returning({ draftRevision: flows.draftRevision });
        if (!saved) return conflict(flow.draftRevision + 1);
        return {
          draftRevision: saved.draftRevision,
          updatedAt: iso(now),
          issues: validateFlow(input.draft),
        };
      }),
    ),

  /** Every problem of a saved draft (with this organisation's reps and teams) or of a document. */
  validate: orgProcedure
    .input(z.union([z.object({ id: idSchema }), z.object({ document: documentSchema })]))
    .query(async ({ ctx, input }) => {
      const { db } = ctx.database;
      const issues =
        'id' in input
          ? await findFlow(db, ctx.orgId, input.id).then((flow) =>
              allIssues(db, ctx.orgId, flow.draft, flow.teamMap),
            )
          : await allIssues(db, ctx.orgId, input.document);
      return { issues, publishable: isPublishable(issues) };
    }),

  ...flowVersionProcedures,
  ...flowTryProcedures,
  ...flowBacktestProcedures,
});
