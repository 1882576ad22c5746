import {
  asc,
  createSource,
  eq,
  flows,
  hashKey,
  leads,
  newCredentials,
  sealSettings,
  sources,
  sql,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { audit } from '../audit';
import { fail } from '../errors';
import { findFlow, findSource } from '../owned';
import { assertMapping } from '../sources/check-mapping';
import {
  mappingSchema,
  rateSchema,
  secretSchema,
  settingsSchema,
  sourceTypes,
  sourceView,
  webhookPath,
} from '../sources/source-view';
import { idSchema, nameSchema } from '../time';
import { orgProcedure, router } from '../trpc';

function assertSecretFits(type: string, secret: string | undefined) {
  if (secret !== undefined && (type === 'json' || type === 'html_form')) {
    fail(failure('invalid_input', `A ${type} source takes no signing secret.`));
  }
}

/** Sources: connected forms, their credentials, field mapping and flow. */
export const sourceRouter = router({
  /** Every source, without its key hash or sealed secret, with when its last lead arrived. */
  list: orgProcedure.query(async ({ ctx }) => {
    const { db } = ctx.database;
    const rows = await db
      .select()
      .from(sources)
      .where(eq(sources.orgId, ctx.orgId))
      .orderBy(asc(sources.name), asc(sources.id));
    const latest = await db
      .select({ sourceId: leads.sourceId, at: sql<number>`max(${leads.receivedAt})` })
      .from(leads)
      .where(eq(leads.orgId, ctx.orgId))
      .groupBy(leads.sourceId);
    const lastLeadAt = new Map(latest.map((row) => [row.sourceId, Number(row.at)]));
    // The flow each source feeds, by name: the sources page and a capture step say which.
    const fed = await db
      .select({ id: flows.id, name: flows.name, liveVersionId: flows.liveVersionId })
      .from(flows)
      .where(eq(flows.orgId, ctx.orgId));
    const flowOf = new Map(fed.map((flow) => [flow.id, flow]));
    return rows.map((row) => {
      const at = lastLeadAt.get(row.id);
      const flow = row.flowId ? flowOf.get(row.flowId) : undefined;
      return {
        ...sourceView(row),
        flowName: flow?.name ?? null,
        flowIsLive: Boolean(flow?.liveVersionId),
        lastLeadAt: at ? new Date(at).toISOString() : null,
      };
    });
  }),

  /** A new source; answers its API key or signing secret this once, and its webhook path. */
  create: orgProcedure
    .input(
      z.object({
        name: nameSchema,
        type: z.enum(sourceTypes),
        flowId: idSchema,
        mapping: mappingSchema.optional(),
        settings: settingsSchema.optional(),
        secret: secretSchema.optional(),
        ratePerMinute: rateSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const flow = await findFlow(tx, ctx.orgId, input.flowId);
        assertSecretFits(input.type, input.secret);
        if (input.mapping) await assertMapping(tx, ctx.orgId, flow.id, input.mapping);
        const tools = { ids: ctx.ids, secrets: ctx.secrets, now: ctx.clock() };
        const created = await createSource(
          tx,
          { ...input, orgId: ctx.orgId, flowId: flow.id },
          tools,
        );
        return { ...created, webhookPath: webhookPath(created.id) };
      }),
    ),

  /** A new API key or signing secret; the old one stops working at once. Shown this once. */
  rotateKey: orgProcedure
    .input(z.object({ id: idSchema, secret: secretSchema.optional() }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const source = await findSource(tx, ctx.orgId, input.id);
        assertSecretFits(source.type, input.secret);
        const credentials = newCredentials(source.type, ctx.ids, input.secret);
        if (!credentials.apiKey && !credentials.secret) {
          fail(failure('invalid_input', 'An HTML form source has no key or secret to rotate.'));
        }
        await tx
          .update(sources)
          .set({
            keyHash: credentials.apiKey ? hashKey(credentials.apiKey) : null,
            sealedSecret: credentials.secret ? ctx.secrets.seal(credentials.secret) : null,
          })
          .where(eq(sources.id, source.id));
        // Never the credentials themselves: which kind was replaced is what an auditor needs.
        await audit(tx, ctx, {
          action: 'source.key_rotated',
          target: { type: 'source', id: source.id },
          before: { hasApiKey: source.keyHash !== null, hasSecret: source.sealedSecret !== null },
          after: {
            hasApiKey: credentials.apiKey !== undefined,
            hasSecret: credentials.secret !== undefined,
          },
        });
        return { id: source.id, credentials, webhookPath: webhookPath(source.id) };
      }),
    ),

  /** Replaces the field mapping: lead field (catalogue or the flow's `custom.*`) → source path. */
  setMapping: orgProcedure
    .input(z.object({ id: idSchema, mapping: mappingSchema }))
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const source = await findSource(tx, ctx.orgId, input.id);
        await assertMapping(tx, ctx.orgId, source.flowId, input.mapping);
        await tx.update(sources).set({ mapping: input.mapping }).where(eq(sources.id, source.id));
        return sourceView({ ...source, mapping: input.mapping });
      }),
    ),

  /** Renames, enables or disables a source, moves it to another flow, or changes its limits. */
  update: orgProcedure
    .input(
      z.object({
        id: idSchema,
        name: nameSchema.optional(),
        enabled: z.boolean().optional(),
        flowId: idSchema.optional(),
        settings: settingsSchema.optional(),
        ratePerMinute: rateSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const source = await findSource(tx, ctx.orgId, input.id);
        const { id: _id, ...rest } = input;
        const patch = {
          ...rest,
          ...(rest.settings
            ? { settings: sealSettings(rest.settings, source.settings, ctx.secrets) }
            : {}),
        };
        if (patch.flowId !== undefined && patch.flowId !== source.flowId) {
          const flow = await findFlow(tx, ctx.orgId, patch.flowId);
          // The mapping may name custom fields only the old flow declares.
          await assertMapping(tx, ctx.orgId, flow.id, source.mapping);
          // Until a flow is live its leads are turned away ("retry later"): nothing dropped.
          if (!flow.liveVersionId)
            fail(
              failure(
                'invalid_input',
                `Publish "${flow.name}" before moving "${source.name}" to it: until it is live, the source's leads would be turned away.`,
              ),
            );
        }
        if (Object.values(patch).some((value) => value !== undefined)) {
          await tx.update(sources).set(patch).where(eq(sources.id, source.id));
        }
        return sourceView(await findSource(tx, ctx.orgId, source.id));
      }),
    ),

  /**
   * Tries a sample payload on the source without storing anything: the lead as the mapping
   * reads it, normalised, and the live flow's terminal, score, grade and trace.
   */
  test: orgProcedure
    .input(z.object({ id: idSchema, sample: z.unknown() }))
    .mutation(async ({ ctx, input }) => {
      const source = await findSource(ctx.database.db, ctx.orgId, input.id);
      if (!ctx.previewSource) {
        fail(failure('unavailable', 'Trying samples needs the runtime; it is not running here.'));
      }
      return ctx.previewSource(source, input.sample);
    }),
});
