import type { HttpBindings } from '@hono/node-server';
import { sql } from '@switchyard/db';
import { AppError, failure } from '@switchyard/engine';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from './deps';
import { failWith } from './http/errors';
import { payloadTooLarge } from './http/raw-body';
import { createReadiness } from './http/readiness';
import { sameOriginMutations, securityHeaders } from './http/security';
import { authRoutes } from './routes/auth';
import { flowRoutes } from './routes/flows';
import { ingestRoutes } from './routes/ingest';
import { leadRoutes } from './routes/leads';
import { signInPage } from './routes/sign-in-page';
import { studioRoutes } from './routes/studio';
import { trpcRoutes } from './routes/trpc';

/**
 * Bodies the studio's APIs take, at most: sign-in and account forms are small; a tRPC call may
 * carry a backtest's CSV (refused past 10 MB by the procedure) as one JSON string.
 */
export const bodyLimits = { '/api/*': 64 * 1024, '/trpc/*': 16 * 1024 * 1024 } as const;

/** The runtime's HTTP app; `main.ts` gives it real dependencies, tests their own. */
export function createApp(deps: AppDeps) {
  const app = new Hono();

  // A request answered without its body being read (413 on Content-Length, 401 before parsing)
  // gets `Connection: close`: @hono/node-server then drains the body with a 500 ms timer that
  // destroys the socket even when it has moved on to the keep-alive client's next request, which
  // fails with "other side closed" (found by the hostile-input check, reliability/fuzz.ts).
  app.use('*', async (c, next) => {
    await next();
    const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
    const hasBody =
      Number(incoming?.headers['content-length'] ?? 0) > 0 ||
      incoming?.headers['transfer-encoding'] !== undefined;
    if (incoming && hasBody && !incoming.readableEnded) c.header('Connection', 'close');
  });

  app.use('*', securityHeaders());
  app.use('/trpc/*', sameOriginMutations(deps.publicUrl));
  app.use('/api/*', sameOriginMutations(deps.publicUrl));

  app.use('/v1/*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: performance.now() - started,
      },
      'request',
    );
  });
  const limitBody = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (c) => failWith(c, payloadTooLarge(deps.maxBodyBytes)),
  });
  // Ingest reads and limits its body itself, straight from Node (see http/raw-body.ts).
  app.use('/v1/*', (c, next) => (isIngest(c.req.path) ? next() : limitBody(c, next)));
  // Every other route has its limit too, checked before anything reads the body: eight
  // unauthenticated 250 MiB posts to /api/auth once took the process to 3.1 GiB (issue 19).
  for (const [path, maxSize] of Object.entries(bodyLimits)) {
    app.use(path, bodyLimit({ maxSize, onError: (c) => failWith(c, payloadTooLarge(maxSize)) }));
  }

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  const isReady = createReadiness(deps.database, { timeoutMs: 2000 });
  app.get('/readyz', async (c) => {
    try {
      await deps.database.db.run(sql`select 1`);
      if (await isReady()) return c.json({ status: 'ready' });
      deps.logger.error('database writes do not answer');
      return failWith(c, failure('unavailable', 'Writes to the database do not answer.'), {
        'Retry-After': '1',
      });
    } catch (error) {
      deps.logger.error({ err: error }, 'database not reachable');
      return failWith(c, failure('unavailable', 'The database is not reachable.'));
    }
  });
  app.get('/metrics', async (c) =>
    c.text(await deps.metrics.registry.metrics(), 200, {
      'Content-Type': deps.metrics.registry.contentType,
    }),
  );

  app.route('/', ingestRoutes(deps));
  app.route('/', leadRoutes(deps));
  app.route('/', flowRoutes(deps));
  app.route('/', trpcRoutes(deps));
  app.route('/', authRoutes(deps));
  app.route('/', signInPage());
  app.route('/', studioRoutes(deps.studioDir));

  app.notFound((c) =>
    failWith(c, failure('route_not_found', `There is nothing at ${c.req.method} ${c.req.path}.`)),
  );
  app.onError((error, c) => {
    if (error instanceof AppError) {
      if (c.req.path.startsWith('/v1/sources/')) deps.metrics.rejected.inc({ code: error.code });
      return failWith(c, error.failure);
    }
    if (isBusy(error)) {
      deps.metrics.rejected.inc({ code: 'unavailable' });
      return failWith(c, failure('unavailable', 'The database is busy; retry shortly.'), {
        'Retry-After': '1',
      });
    }
    deps.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    deps.metrics.rejected.inc({ code: 'internal' });
    return failWith(c, failure('internal', 'Something went wrong on our side; retry shortly.'));
  });
  return app;
}

function isBusy(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (
      /SQLITE_BUSY|database is locked/i.test(`${(e as { code?: string }).code ?? ''} ${e.message}`)
    )
      return true;
  }
  return false;
}

function isIngest(path: string): boolean {
  return path.startsWith('/v1/sources/') && path.endsWith('/leads');
}
