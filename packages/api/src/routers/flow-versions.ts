import { asc, desc, eq, flows, flowVersions, publishFlow } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { audit } from '../audit';
import { fail } from '../errors';
import { assertPublishable } from '../flows/org-issues';
import { publishedVersionView } from '../flows/version-view';
import { findFlow, findVersion } from '../owned';
import { idSchema, iso } from '../time';
import { orgProcedure } from '../trpc';

/** Publishing and history: part of `flowRouter`, kept apart because it is its own idea. */
export const flowVersionProcedures = {
  /** Publishes the draft as the next version and makes it live; refuses a flow with errors. */
  publish: orgProcedure
    .input(z.object({ id: idSchema, note: z.string().trim().max(500).default('') }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const flow = await findFlow(tx, ctx.orgId, input.id);
        // Ours first: it adds reps and teams of this organisation to the flow's own checks.
        await assertPublishable(tx, ctx.orgId, flow.draft, flow.teamMap);
        const now = ctx.clock();
        const published = await publishFlow(
          tx,
          { orgId: ctx.orgId, flowId: flow.id, note: input.note },
          { ids: ctx.ids, now },
        );
        await audit(tx, ctx, {
          action: 'flow.published',
          target: { type: 'flow', id: flow.id },
          before: { liveVersionId: flow.liveVersionId },
          after: { ...published, note: input.note },
        });
        return { ...published, publishedAt: iso(now) };
      }),
    ),

  /** The published versions, newest first; `live` marks the one leads go through. */
  versions: orgProcedure.input(z.object({ id: idSchema })).query(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const flow = await findFlow(db, ctx.orgId, input.id);
    const rows = await db
      .select({
        id: flowVersions.id,
        version: flowVersions.version,
        note: flowVersions.note,
        hash: flowVersions.hash,
        publishedAt: flowVersions.publishedAt,
      })
      .from(flowVersions)
      .where(eq(flowVersions.flowId, flow.id))
      .orderBy(desc(flowVersions.version), asc(flowVersions.id));
    return rows.map((row) => ({
      ...row,
      publishedAt: iso(row.publishedAt),
      live: row.id === flow.liveVersionId,
    }));
  }),

  /**
   * One published version in full: its document and team map (to draw, compare or export), and
   * the JSON Logic that runs, its hash and the fields it reads (`publishedVersionView`).
   */
  version: orgProcedure
    .input(z.object({ id: idSchema, versionId: idSchema }))
    .query(async ({ ctx, input }) => {
      const { db } = ctx.database;
      const flow = await findFlow(db, ctx.orgId, input.id);
      const row = await findVersion(db, ctx.orgId, flow.id, input.versionId);
      return publishedVersionView(row, flow);
    }),

  /**
   * Makes an older version live again by publishing a new version with its document and team
   * map: history stays append-only and reports keep telling the two periods apart. The draft is
   * left alone so unpublished work is never lost.
   */
  rollback: orgProcedure
    .input(z.object({ id: idSchema, versionId: idSchema }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const flow = await findFlow(tx, ctx.orgId, input.id);
        const target = await findVersion(tx, ctx.orgId, flow.id, input.versionId);
        if (flow.liveVersionId === target.id) {
          fail(failure('invalid_input', `Version ${target.version} is already live.`));
        }
        await assertPublishable(tx, ctx.orgId, target.document, target.teamMap);
        // publishFlow publishes the draft: swap the old document in inside this transaction,
        // then put the manager's draft back exactly as it was.
        const swap = (draft: unknown, teamMap: Record<string, string>) =>
          tx.update(flows).set({ draft, teamMap }).where(eq(flows.id, flow.id));
        await swap(target.document, target.teamMap);
        const now = ctx.clock();
        const note = `Rollback to version ${target.version}`;
        const published = await publishFlow(
          tx,
          { orgId: ctx.orgId, flowId: flow.id, note },
          { ids: ctx.ids, now },
        );
        await swap(flow.draft, flow.teamMap);
        await audit(tx, ctx, {
          action: 'flow.rolled_back',
          target: { type: 'flow', id: flow.id },
          before: { liveVersionId: flow.liveVersionId },
          after: { ...published, restoredVersionId: target.id, restoredVersion: target.version },
        });
        return { ...published, note, publishedAt: iso(now) };
      }),
    ),
};
