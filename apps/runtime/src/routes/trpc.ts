import { trpcServer } from '@hono/trpc-server';
import { appRouter } from '@switchyard/api';
import { and, apiKeys, eq, hashKey, isNull } from '@switchyard/db';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { createSourcePreview } from '../ingest/preview';

/**
 * The studio's tRPC API under `/trpc`. Until sign-in lands (issue #4) a request is tied to an
 * organisation by an organisation API key with the `admin` scope; without one, every procedure
 * answers UNAUTHORIZED.
 */
export function trpcRoutes(deps: AppDeps) {
  const app = new Hono();
  const previewSource = createSourcePreview(deps);
  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      createContext: async (_options, c) => ({
        database: deps.database,
        orgId: await orgOf(deps, c.req.header('authorization')),
        clock: deps.clock,
        ids: deps.ids,
        secrets: deps.secrets,
        previewSource,
      }),
    }),
  );
  return app;
}

async function orgOf(deps: AppDeps, header: string | undefined): Promise<string | null> {
  const key = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!key) return null;
  const [row] = await deps.database.db
    .select({ orgId: apiKeys.orgId, scopes: apiKeys.scopes })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashKey(key)), isNull(apiKeys.revokedAt)));
  return row?.scopes.includes('admin') ? row.orgId : null;
}
