import { fileURLToPath } from 'node:url';
import { readEnv } from './env';
import { createLogger } from './observability/logger';
import { seedDemo } from './seed/seed-demo';
import { defaultDemoHistory, replayDemoHistory } from './seed/seed-history';
import { startRuntime } from './server';

// The only module with side effects: read the environment, open the database, listen.
const env = readEnv(process.env);
const logger = createLogger({ level: env.LOG_LEVEL });
const bundledMigrations = new URL('./drizzle', import.meta.url);
// The runtime's build copies the studio beside it; under tsx the studio's own build is used.
const builtStudio = import.meta.url.endsWith('/dist/main.js') ? './studio' : '../../studio/dist';
const runtime = await startRuntime({
  databaseUrl: env.DATABASE_URL,
  ...(env.DATABASE_AUTH_TOKEN ? { databaseAuthToken: env.DATABASE_AUTH_TOKEN } : {}),
  ...(env.SWITCHYARD_SECRET_KEY ? { secretKey: env.SWITCHYARD_SECRET_KEY } : {}),
  ...(env.SWITCHYARD_PUBLIC_URL ? { publicUrl: env.SWITCHYARD_PUBLIC_URL.replace(/\/$/, '') } : {}),
  allowNewOrganizations: env.SWITCHYARD_NEW_ORGANIZATIONS === 'true',
  port: env.PORT,
  host: env.HOST,
  logger,
  metaGraphUrl: env.META_GRAPH_URL,
  outboundAllow: env.SWITCHYARD_OUTBOUND_ALLOW,
  // Started below, once the demo history (whose timers it would otherwise race) is in.
  workerIntervalMs: 0,
  studioDir: env.SWITCHYARD_STUDIO_DIR ?? fileURLToPath(new URL(builtStudio, import.meta.url)),
  ...(import.meta.url.endsWith('/dist/main.js')
    ? { migrationsFolder: bundledMigrations.pathname }
    : {}),
});
const days = env.SWITCHYARD_DEMO_HISTORY_DAYS;
let demo: Awaited<ReturnType<typeof seedDemo>> = null;
if (env.SWITCHYARD_DEMO === 'true') {
  demo = await seedDemo(runtime.deps, {
    ...(days > 0 ? { history: { ...defaultDemoHistory, days } } : {}),
  });
  if (demo) printDemo(runtime.url, demo);
}
// The start-up line is logged at every level: scripts and people wait for it.
logger
  .child({}, { level: 'info' })
  .info({ url: runtime.url, database: env.DATABASE_URL }, 'Switchyard runtime listening');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    // Drained within 10 s whatever state the database is in: 4 s for requests, 4 s for writes,
    // and a last resort that exits anyway.
    setTimeout(() => process.exit(1), 10_000).unref();
    void runtime.close({ drainMs: 4000 }).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

if (demo?.history) {
  // The runtime already serves; the Reports page fills in as the days are replayed. A failed
  // replay leaves a partial history (documented) but never stops a server that is serving.
  logger.info({ days }, 'replaying the demo history');
  const started = performance.now();
  try {
    const { leads } = await replayDemoHistory(runtime.deps, demo.history);
    const seconds = Math.round((performance.now() - started) / 1000);
    logger.info({ days, leads, seconds }, 'demo history ready');
  } catch (error) {
    logger.error(
      { err: error },
      'the demo history stopped part-way; the demo keeps what was replayed',
    );
  }
}
// Started once the demo history is in: its timers belong to the replay, not to today.
if (env.SWITCHYARD_WORKERS === 'true') runtime.workers.start(1000);

function printDemo(url: string, demo: NonNullable<Awaited<ReturnType<typeof seedDemo>>>) {
  const lines = [
    '',
    'Demo organisation created. These keys are shown once; they are stored only as hashes or sealed.',
    `  Sign in at ${url}/sign-in as ${demo.owner.email} with password ${demo.owner.password}`,
    `  Admin API key:  ${demo.adminApiKey}`,
    ...demo.sources.map((s) =>
      [
        `  Source "${s.name}" (${s.type}): POST ${url}/v1/sources/${s.id}/leads`,
        s.apiKey ? `      Authorization: Bearer ${s.apiKey}` : `      signing secret: ${s.secret}`,
      ].join('\n'),
    ),
    '',
    'Try it:',
    `  curl -X POST ${url}/v1/sources/${demo.sources[0]?.id}/leads -H 'Authorization: Bearer ${demo.sources[0]?.apiKey}' \\`,
    `    -H 'Content-Type: application/json' -d '{"email":"ana@acme.example","employees":1200,"country":"Germany","title":"VP Sales"}'`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
