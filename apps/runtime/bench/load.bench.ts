// pnpm bench:load — the demo organisation under load, against a freshly started runtime process
// with durable commits and its SLA timers and outbox running. Two modes (BENCH_MODE):
//   sustained  (default) BENCH_SECONDS (60) at full speed with BENCH_CONNECTIONS (50): routed
//              leads/s, p50/p95/p99, errors, the runtime's CPU and memory.
//   step       fixed rates from BENCH_START_RATE (250) up by BENCH_STEP_RATE (250), BENCH_STEP_SECONDS
//              (5) each, until p99 passes 100 ms or the rate is not reached: the knee.
//   soak       BENCH_RATE (400) leads/s for BENCH_MINUTES (10), one row a minute: flat memory and
//              latency or not (exits 1 when the last minute's RSS or p99 grew past 1.25× / 2×
//              the second minute's).
// Prints a table; asserts nothing; stops by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sources } from '@switchyard/db';
import type autocannon from 'autocannon';
import { createLogger } from '../src/observability/logger';
import { seedDemo } from '../src/seed/seed-demo';
import { startRuntime } from '../src/server';
import { spawnRuntime } from '../test/processes';
import { measured, printTable } from './measure';

const mode = process.env.BENCH_MODE ?? 'sustained';
// Fixed-rate modes use 10 connections: autocannon fires its connections together, so 50 of them
// arrive as bursts of 50 and measure the burst, not the rate.
const connections = Number(process.env.BENCH_CONNECTIONS ?? (mode === 'sustained' ? 50 : 10));
const secretKey = Buffer.alloc(32, 9).toString('base64');

// The demo's website form, with room for the load and the template's custom fields mapped.
async function seed(databaseUrl: string) {
  const runtime = await startRuntime({
    databaseUrl,
    secretKey,
    logger: createLogger({ level: 'silent' }),
    workerIntervalMs: 3_600_000,
  });
  const demo = await seedDemo(runtime.deps);
  const website = demo?.sources.find((s) => s.type === 'json');
  if (!website?.apiKey) throw new Error('the demo has no JSON source');
  await runtime.database.db
    .update(sources)
    .set({
      ratePerMinute: 100_000_000,
      mapping: { 'custom.seats': 'seats', 'custom.timeline': 'timeline' },
    })
    .where(eq(sources.id, website.id));
  await runtime.close();
  return { id: website.id, apiKey: website.apiKey };
}

// A seeded mix of people: personal e-mail, tiny companies, every segment and region.
function leadMaker(seed = 42) {
  let state = seed;
  const pick = <T>(items: readonly T[]): T => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return items[state % items.length] as T;
  };
  let n = 0;
  return () => {
    n++;
    const personal = pick([false, false, false, false, false, true]);
    return JSON.stringify({
      email: personal ? `someone${n}@gmail.com` : `person${n}@company${n % 900}.example`,
      firstName: 'Load',
      lastName: `Test ${n}`,
      company: `Company ${n % 900}`,
      title: pick(['VP Sales', 'CEO', 'Head of Operations', 'Engineer', 'Office manager']),
      employees: pick([4, 25, 80, 250, 600, 1500, 6000]),
      country: pick(['DE', 'United States', 'GB', 'France', 'NL', 'CA', 'AU', 'IN', 'BR', 'CH']),
      seats: pick([5, 20, 60, 150, 400]),
      timeline: pick(['now', 'this_quarter', 'later']),
    });
  };
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-load-'));
const databaseUrl = `file:${join(dir, 'load.db')}`;
const source = await seed(databaseUrl);
const server = await spawnRuntime({
  DATABASE_URL: databaseUrl,
  SWITCHYARD_SECRET_KEY: secretKey,
  LOG_LEVEL: 'warn',
});
const nextLead = leadMaker();
const pid = server.process.pid as number;
const load = (options: Partial<autocannon.Options>) =>
  measured(pid, {
    url: `${server.url}/v1/sources/${source.id}/leads`,
    connections,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${source.apiKey}` },
        setupRequest: (request) => ({ ...request, body: nextLead() }),
      },
    ],
    ...options,
  });
const header = [
  'run',
  'leads/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'non-2xx',
  'errors',
  'CPU %',
  'RSS MiB',
];
const row = (name: string, m: Awaited<ReturnType<typeof load>>) => [
  name,
  Math.round(m.result.requests.average),
  m.result.percentile(50),
  m.result.percentile(95),
  m.result.percentile(99),
  m.result.non2xx,
  m.result.errors,
  m.cpuPercent,
  m.rssMiB,
];

try {
  // JIT, first compile of the flow and first reads of every rep: not part of any figure.
  await load({ overallRate: 100, duration: Number(process.env.BENCH_WARMUP_SECONDS ?? 3) });
  if (mode === 'soak') {
    const rate = Number(process.env.BENCH_RATE ?? 400);
    const minutes = Number(process.env.BENCH_MINUTES ?? 10);
    const rows: unknown[][] = [header];
    const minutesMeasured: Array<Awaited<ReturnType<typeof load>>> = [];
    for (let minute = 1; minute <= minutes; minute++) {
      const measuredMinute = await load({ overallRate: rate, duration: 60 });
      minutesMeasured.push(measuredMinute);
      rows.push(row(`minute ${minute}`, measuredMinute));
    }
    console.log(`\nSoak on the demo flow: ${rate} leads/s for ${minutes} minutes\n`);
    printTable(rows);
    const second = minutesMeasured[1] ?? minutesMeasured[0];
    const last = minutesMeasured.at(-1);
    if (second && last) {
      const memoryFlat = last.rssMiB <= second.rssMiB * 1.25;
      const latencyFlat =
        last.result.percentile(99) <= Math.max(second.result.percentile(99) * 2, 20);
      console.log(
        `\n${memoryFlat && latencyFlat ? 'ok' : 'FAIL'} soak: RSS ${second.rssMiB} → ${last.rssMiB} MiB, p99 ${second.result.percentile(99)} → ${last.result.percentile(99)} ms`,
      );
      if (!memoryFlat || !latencyFlat) process.exitCode = 1;
    }
  } else if (mode === 'step') {
    const start = Number(process.env.BENCH_START_RATE ?? 250);
    const step = Number(process.env.BENCH_STEP_RATE ?? 250);
    const seconds = Number(process.env.BENCH_STEP_SECONDS ?? 5);
    const rows: unknown[][] = [header];
    let knee: number | null = null;
    for (let rate = start; rate <= 20_000; rate += step) {
      const measuredStep = await load({ overallRate: rate, duration: seconds });
      rows.push(row(`${rate}/s offered`, measuredStep));
      const reached = measuredStep.result.requests.average >= rate * 0.95;
      if (measuredStep.result.percentile(99) > 100 || !reached) {
        knee = rate - step;
        break;
      }
    }
    console.log(`\nStep test on the demo flow, ${connections} connections, ${seconds} s a step\n`);
    printTable(rows);
    console.log(`\nKnee: ${knee ?? 'not reached'} leads/s (the last rate with p99 ≤ 100 ms).`);
  } else {
    const seconds = Number(process.env.BENCH_SECONDS ?? 60);
    const result = await load({ duration: seconds });
    console.log(`\nSustained load on the demo flow, ${connections} connections, ${seconds} s\n`);
    printTable([header, row('demo flow, full speed', result)]);
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
