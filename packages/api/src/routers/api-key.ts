import { and, apiKeys, asc, eq, hashKey } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { z } from 'zod';
import { apiKeyScopes } from '../access';
import { audit } from '../audit';
import { fail } from '../errors';
import { idSchema, iso, isoOrNull, nameSchema } from '../time';
import { orgProcedure, router } from '../trpc';

/** Organisation API keys for runtime hosts and CRMs: shown once, stored as a hash, revocable. */
export const apiKeyRouter = router({
  /** Every key with its scopes and when it was last used; never the key or its hash. */
  list: orgProcedure.query(async ({ ctx }) => {
    const rows = await ctx.database.db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.orgId, ctx.orgId))
      .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      scopes: row.scopes,
      createdAt: iso(row.createdAt),
      lastUsedAt: isoOrNull(row.lastUsedAt),
      revokedAt: isoOrNull(row.revokedAt),
    }));
  }),

  /** A new key with its scopes; the answer holds the key this once. */
  create: orgProcedure
    .input(
      z.object({
        name: nameSchema,
        scopes: z
          .array(z.enum(apiKeyScopes))
          .min(1, 'Give the key at least one scope.')
          .transform((scopes) => [...new Set(scopes)]),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.database.write(async (tx) => {
        const id = ctx.ids.id('key');
        const key = ctx.ids.secret('sk_org');
        const now = ctx.clock();
        await tx.insert(apiKeys).values({
          id,
          orgId: ctx.orgId,
          name: input.name,
          keyHash: hashKey(key),
          scopes: input.scopes,
          createdAt: now,
        });
        await audit(tx, ctx, {
          action: 'api_key.created',
          target: { type: 'api_key', id },
          after: { name: input.name, scopes: input.scopes },
        });
        return { id, name: input.name, scopes: input.scopes, key, createdAt: iso(now) };
      }),
    ),

  /** Revokes a key: it stops working at once, and stays listed with when it was revoked. */
  revoke: orgProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) =>
    ctx.database.write(async (tx) => {
      const [row] = await tx
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.id, input.id), eq(apiKeys.orgId, ctx.orgId)));
      if (!row) fail(failure('api_key_not_found', `There is no API key "${input.id}".`));
      if (row.revokedAt !== null) {
        return { id: row.id, revokedAt: iso(row.revokedAt) };
      }
      const now = ctx.clock();
      await tx.update(apiKeys).set({ revokedAt: now }).where(eq(apiKeys.id, row.id));
      await audit(tx, ctx, {
        action: 'api_key.revoked',
        target: { type: 'api_key', id: row.id },
        before: { name: row.name, scopes: row.scopes },
      });
      return { id: row.id, revokedAt: iso(now) };
    }),
  ),
});
