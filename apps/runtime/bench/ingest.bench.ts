// pnpm bench:ingest — routed leads/s and latency against a freshly started runtime process, with
// durable commits (WAL, synchronous=FULL). Prints a table; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { createLogger } from '../src/observability/logger';
import { startRuntime } from '../src/server';
import { assignFlow } from '../test/flows';
import { spawnRuntime } from '../test/processes';
import { seedOrg } from '../test/test-runtime';
import { measured, printTable } from './measure';

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
// Leads sent before the measured run and not counted: the first second of a fresh process
// compiles the routing code on both threads and would otherwise weigh on p99.
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const secretKey = Buffer.alloc(32, 9).toString('base64');

async function seed(databaseUrl: string) {
  const runtime = await startRuntime({
    databaseUrl,
    secretKey,
    logger: createLogger({ level: 'silent' }),
  });
  const reps = Array.from({ length: 10 }, (_, i) => ({ id: `rep${i}` }));
  const org = await seedOrg(
    { ...runtime, dir: '' },
    {
      teams: { sales: reps },
      flow: assignFlow({ type: 'round_robin' }),
      sources: [{ type: 'json', ratePerMinute: 10_000_000 }],
    },
  );
  await runtime.close();
  return org.sources[0] as { id: string; apiKey: string };
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-'));
const databaseUrl = `file:${join(dir, 'bench.db')}`;
const source = await seed(databaseUrl);
const server = await spawnRuntime({
  DATABASE_URL: databaseUrl,
  SWITCHYARD_SECRET_KEY: secretKey,
  SWITCHYARD_WORKERS: 'false',
  LOG_LEVEL: 'warn',
});
try {
  const pid = server.process.pid as number;
  const { result: health, cpuPercent: healthCpu } = await measured(pid, {
    url: `${server.url}/healthz`,
    connections,
    duration: 5,
  });
  let sequence = 0;
  const leads = (duration: number) => ({
    url: `${server.url}/v1/sources/${source.id}/leads`,
    connections,
    duration,
    requests: [
      {
        method: 'POST' as const,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${source.apiKey}` },
        // A new person per request, so each lead is routed and stored, not deduplicated.
        setupRequest: (request: autocannon.Request) => ({
          ...request,
          body: JSON.stringify({
            email: `person-${++sequence}@company${sequence % 500}.example`,
            firstName: 'Bench',
            company: 'Bench Co',
            employees: '250',
            country: 'Germany',
            title: 'VP Sales',
          }),
        }),
      },
    ],
  });
  if (warmupSeconds > 0) await measured(pid, leads(warmupSeconds));
  const {
    result: ingest,
    cpuPercent: ingestCpu,
    rssMiB,
    stealPercent,
  } = await measured(pid, leads(durationSeconds));
  const rows = [
    ['scenario', 'req/s (mean)', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'runtime CPU %'],
    [
      'GET /healthz (HTTP ceiling)',
      health.requests.average,
      health.latency.p50,
      health.latency.p99,
      health.non2xx,
      health.errors,
      healthCpu,
    ],
    [
      'POST lead, routed + durable commit',
      ingest.requests.average,
      ingest.latency.p50,
      ingest.latency.p99,
      ingest.non2xx,
      ingest.errors,
      ingestCpu,
    ],
    ['n8n documented (2-node webhook workflow)', 220, '', '', '', '', ''],
  ];
  console.log(
    `\nIngest benchmark: ${connections} connections, ${durationSeconds} s after a ${warmupSeconds} s warm-up, runtime in its own process\n`,
  );
  printTable(rows);
  console.log(`\nRuntime memory after the ingest run: ${rssMiB} MiB resident`);
  console.log(`CPU time stolen by the hypervisor during the ingest run: ${stealPercent} %`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
