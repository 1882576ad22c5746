import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Http2Bindings, type HttpBindings, type ServerType, serve } from '@hono/node-server';
import { createIdSource, createSecretBox, type Database, openDatabase } from '@switchyard/db';
import { createApp } from './app';
import { createAuth } from './auth/create-auth';
import { createInvitationLinks } from './auth/invitation-token';
import { createLogMailer, type Mailer } from './auth/mailer';
import type { AppDeps } from './deps';
import { createOutboundFetch, createOutboundPolicy } from './http/outbound';
import { createRateLimiter } from './http/rate-limiter';
import { createSourceCache } from './ingest/source-cache';
import { createLogger, type Logger } from './observability/logger';
import { createMetrics } from './observability/metrics';
import { createWorkers, type Workers } from './workers/workers';

export type RuntimeOptions = {
  databaseUrl: string;
  databaseAuthToken?: string;
  port?: number;
  host?: string;
  /** base64 of 32 bytes; when unset, kept in `secret.key` beside a file database. */
  secretKey?: string;
  clock?: () => Date;
  randomBytes?: (size: number) => Uint8Array;
  logger?: Logger;
  /** Replaces the guarded outbound fetch (tests of what is sent; the policy is then theirs). */
  fetch?: typeof fetch;
  /**
   * Outbound requests may reach these host names, addresses and CIDRs even when private
   * (`SWITCHYARD_OUTBOUND_ALLOW`, comma-separated); everything else private is refused.
   */
  outboundAllow?: string;
  metaGraphUrl?: string;
  migrationsFolder?: string;
  /** Poll timers and the outbox every `workerIntervalMs` (off when 0; tests call `workers.tick`). */
  workerIntervalMs?: number;
  /** Delivers password reset links and invitations; without one they are not sent. */
  mailer?: Mailer;
  /** Where people reach this runtime (`https://…` behind a proxy); default: the listen address. */
  publicUrl?: string;
  /** Let any signed-up user create an organisation (a hosted, multi-tenant service). */
  allowNewOrganizations?: boolean;
  /** The built studio to serve at `/`. */
  studioDir?: string;
};

export type Runtime = {
  url: string;
  database: Database;
  deps: AppDeps;
  workers: Workers;
  /** Stops listening, lets requests under way finish for up to `drainMs`, closes the database. */
  close(options?: { drainMs?: number }): Promise<void>;
};

/** Opens the database, builds the app and listens; `close` stops both. */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? createLogger({ level: 'info' });
  const database = await openDatabase({
    url: options.databaseUrl,
    ...(options.databaseAuthToken ? { authToken: options.databaseAuthToken } : {}),
    ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
  });
  // An empty write starts the writer thread (and loads its routing code) now, not on the first lead.
  await database.write(async () => undefined);
  // Listen first: with port 0 the public URL (and so better-auth's base URL) is known only then.
  // The bindings (Node's request and response) go through: ingest reads bodies from them.
  let handle: FetchHandler = () =>
    new Response('Starting', { status: 503, headers: { 'Retry-After': '1' } });
  const server = await listen(
    (request, bindings) => handle(request, bindings),
    options.port ?? 0,
    options.host ?? '127.0.0.1',
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  const publicUrl = options.publicUrl ?? url;
  const key = secretKey(options);
  const ids = createIdSource({
    now: clock,
    ...(options.randomBytes ? { randomBytes: options.randomBytes } : {}),
  });
  const mailer = options.mailer ?? createLogMailer(logger);
  const outbound = createOutboundPolicy(options.outboundAllow ?? '');
  const invitationLinks = createInvitationLinks(publicUrl, key);
  const deps: AppDeps = {
    database,
    clock,
    ids,
    secrets: createSecretBox(key),
    logger,
    metrics: createMetrics(),
    rateLimiter: createRateLimiter(),
    sources: createSourceCache(database),
    fetch: options.fetch ?? createOutboundFetch(outbound),
    outbound,
    metaGraphUrl: options.metaGraphUrl ?? 'https://graph.facebook.com/v21.0',
    maxBodyBytes: 256 * 1024,
    auth: createAuth({
      database,
      publicUrl,
      secretKey: key,
      invitationLinks,
      mailer,
      logger,
      clock,
      ids,
      allowNewOrganizations: options.allowNewOrganizations ?? false,
    }),
    mailer,
    invitationLinks,
    publicUrl,
    ...(options.studioDir ? { studioDir: options.studioDir } : {}),
  };
  const app = createApp(deps);
  handle = app.fetch;
  const workers = createWorkers(deps, deps.ids.id('proc'));
  if (options.workerIntervalMs) workers.start(options.workerIntervalMs);
  let closing: Promise<void> | null = null;
  return {
    url,
    database,
    deps,
    workers,
    close({ drainMs = 5000 } = {}) {
      closing ??= (async () => {
        // Requests under way get `drainMs` to finish; then every connection is cut and queued
        // writes get as long again, so a stuck writer cannot keep the process from stopping.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await Promise.race([Promise.all([workers.stop(), closed]), delay(drainMs)]);
        server.closeAllConnections();
        await database.close({ drainMs });
      })();
      return closing;
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

type FetchHandler = (
  request: Request,
  bindings: HttpBindings | Http2Bindings,
) => Response | Promise<Response>;

function listen(fetchHandler: FetchHandler, port: number, hostname: string) {
  return new Promise<
    ServerType & { address(): unknown; closeIdleConnections(): void; closeAllConnections(): void }
  >((resolve, reject) => {
    const server = serve({ fetch: fetchHandler, port, hostname }, () => resolve(server as never));
    server.once('error', reject);
  });
}

// A file database keeps its secret key beside it, so a restart can still open sealed secrets.
function secretKey(options: RuntimeOptions): Uint8Array {
  if (options.secretKey) return Buffer.from(options.secretKey, 'base64');
  if (!options.databaseUrl.startsWith('file:')) {
    throw new Error('Set SWITCHYARD_SECRET_KEY (base64 of 32 bytes) when the database is remote.');
  }
  const dbPath = options.databaseUrl.slice('file:'.length).split('?')[0] ?? '';
  const keyPath = join(dirname(dbPath), 'secret.key');
  if (existsSync(keyPath)) return Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'base64');
  const key = (options.randomBytes ?? ((n: number) => crypto.getRandomValues(new Uint8Array(n))))(
    32,
  );
  mkdirSync(dirname(keyPath), { recursive: true });
  writeFileSync(keyPath, Buffer.from(key).toString('base64'), { mode: 0o600 });
  return key;
}
