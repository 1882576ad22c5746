import { and, asc, eq, webhookEndpoints, webhookEventTypes } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { fail } from '../errors';
import { idSchema, iso } from '../time';
import { orgProcedure, router } from '../trpc';

const urlSchema = z
  .url({ protocol: /^https?$/, error: 'Give an http:// or https:// address.' })
  .max(2000);
const eventsSchema = z
  .array(z.enum(webhookEventTypes))
  .min(1, 'Choose at least one event.')
  .transform((events) => [...new Set(events)]);

function view(row: typeof webhookEndpoints.$inferSelect) {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    enabled: row.enabled,
    createdAt: iso(row.createdAt),
  };
}

/**
 * Where lead events are delivered (Standard Webhooks signed, through the outbox). The signing
 * secret is returned once, at creation, and kept only sealed.
 */
export const webhookRouter = router({
  /** The organisation's endpoints, without their secrets. */
  list: orgProcedure.query(async ({ ctx }) => {
    const rows = await ctx.database.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.orgId, ctx.orgId))
      .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
    return rows.map(view);
  }),

  /** Adds an endpoint; the answer carries its `whsec_` signing secret, shown this once. */
  create: orgProcedure
    .input(z.object({ url: urlSchema, events: eventsSchema }))
    .mutation(async ({ ctx, input }) => {
      const refused = ctx.outboundRefusal?.(new URL(input.url));
      if (refused) fail(failure('invalid_input', refused));
      const secret = `whsec_${Buffer.from(ctx.ids.secret('x').slice(2), 'base64url').toString('base64')}`;
      const row = {
        id: ctx.ids.id('whk'),
        orgId: ctx.orgId,
        url: input.url,
        sealedSecret: ctx.secrets.seal(secret),
        events: input.events,
        createdAt: ctx.clock(),
      };
      await ctx.database.write((tx) => tx.insert(webhookEndpoints).values(row));
      return { ...view({ ...row, enabled: true }), secret };
    }),

  /** Switches an endpoint on or off; messages for a switched-off endpoint fail without retries. */
  setEnabled: orgProcedure
    .input(z.object({ id: idSchema, enabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.database.write((tx) =>
        tx
          .update(webhookEndpoints)
          .set({ enabled: input.enabled })
          .where(and(eq(webhookEndpoints.id, input.id), eq(webhookEndpoints.orgId, ctx.orgId)))
          .returning(),
      );
      if (!row) fail(failure('webhook_not_found', `There is no webhook endpoint "${input.id}".`));
      return view(row);
    }),
});
