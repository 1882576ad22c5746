import { trpcServer } from '@hono/trpc-server';
import { appRouter } from '@switchyard/api';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { callerOf } from '../auth/caller';
import type { AppDeps } from '../deps';
import { createSourcePreview } from '../ingest/preview';

/**
 * The studio's tRPC API under `/trpc`. The caller is the member signed in by session cookie, or
 * an organisation API key with the `admin` scope (acting as an owner); without either, every
 * procedure answers UNAUTHORIZED. The API's access table decides the rest.
 */
export function trpcRoutes(deps: AppDeps) {
  const app = new Hono();
  const previewSource = createSourcePreview(deps);
  // Answers over 1 kB go out gzipped: the editor's sample of recent leads is 1.2 MB of JSON
  // (issue 20). Session cookies are SameSite=Lax, so no other site can make a signed-in browser
  // fetch these and watch compressed sizes (BREACH).
  app.use('/trpc/*', compress({ threshold: 1024 }));
  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      createContext: async (_options, c) => {
        const caller = await callerOf(deps, c.req.raw.headers);
        return {
          database: deps.database,
          orgId: caller?.orgId ?? null,
          principal: caller?.principal ?? null,
          clock: deps.clock,
          ids: deps.ids,
          secrets: deps.secrets,
          previewSource,
          outboundRefusal: (url: URL) => deps.outbound.refusalOf(url),
        };
      },
    }),
  );
  return app;
}
