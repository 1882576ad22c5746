import { trpcServer } from '@hono/trpc-server';
import { appRouter, type Principal } from '@switchyard/api';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { findApiKey } from '../http/api-key-auth';

type Caller = { orgId: string; principal: Principal } | null;

/**
 * The studio's tRPC API under `/trpc`. A request is tied to an organisation by an organisation
 * API key with the `admin` scope (acting as an owner); without one, every procedure answers
 * UNAUTHORIZED.
 */
export function trpcRoutes(deps: AppDeps) {
  const app = new Hono();
  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      createContext: async (_options, c) => {
        const caller = await callerOf(deps, c.req.header('authorization'));
        return {
          database: deps.database,
          orgId: caller?.orgId ?? null,
          principal: caller?.principal ?? null,
          clock: deps.clock,
          ids: deps.ids,
          secrets: deps.secrets,
        };
      },
    }),
  );
  return app;
}

async function callerOf(deps: AppDeps, header: string | undefined): Promise<Caller> {
  const key = await findApiKey(deps, header);
  if (!key?.scopes.includes('admin')) return null;
  return {
    orgId: key.orgId,
    principal: { type: 'api_key', keyId: key.id, name: key.name, role: 'owner' },
  };
}
