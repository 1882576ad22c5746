// Part of `pnpm bench`: routing and committing leads inside one runtime process, without HTTP —
// one lead per transaction (what the runtime did before group commit) against concurrent leads
// batched by the write queue, in the same run on the same kind of database. Prints a table;
// asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, type LeadSubmission, loadLiveFlow, routeLeads, sources } from '@switchyard/db';
import { createLogger } from '../src/observability/logger';
import { startRuntime } from '../src/server';
import { assignFlow } from '../test/flows';
import { seedOrg } from '../test/test-runtime';

const total = Number(process.env.BENCH_LEADS ?? 5000);
const secretKey = Buffer.alloc(32, 9).toString('base64');

async function measure(concurrency: number) {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-route-bench-'));
  const runtime = await startRuntime({
    databaseUrl: `file:${join(dir, 'bench.db')}`,
    secretKey,
    logger: createLogger({ level: 'silent' }),
    workerIntervalMs: 3_600_000,
  });
  try {
    const reps = Array.from({ length: 10 }, (_, i) => ({ id: `rep${i}` }));
    const org = await seedOrg(
      { ...runtime, dir },
      {
        teams: { sales: reps },
        flow: assignFlow({ type: 'round_robin' }),
        sources: [{ type: 'json' }],
      },
    );
    const sourceId = (org.sources[0] as { id: string }).id;
    const [source] = await runtime.database.db
      .select()
      .from(sources)
      .where(eq(sources.id, sourceId));
    const flow = source?.flowId ? await loadLiveFlow(runtime.database.db, source.flowId) : null;
    if (!flow) throw new Error('the bench flow was not published');
    const submission = (n: number): LeadSubmission => ({
      leadId: runtime.deps.ids.id('lead'),
      sourceId,
      flow,
      input: {
        email: `person-${n}@company${n % 500}.example`,
        firstName: 'Bench',
        company: 'Bench Co',
        employees: '250',
        country: 'Germany',
        title: 'VP Sales',
      },
      idempotencyKey: `delivery-${n}`,
      now: new Date(),
      newId: runtime.deps.ids.id,
    });
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let n = 0; n < total; n += concurrency) {
      const wave = Array.from({ length: Math.min(concurrency, total - n) }, (_, i) =>
        runtime.database.writeBatched(routeLeads, submission(n + i)),
      );
      await Promise.all(wave);
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return {
      leadsPerSecond: Math.round(total / seconds),
      cpuMicrosPerLead: Math.round((used.user + used.system) / total),
    };
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [
  ['one lead per transaction (concurrency 1)', await measure(1)],
  ['concurrent leads, group commit (concurrency 50)', await measure(50)],
] as const;
console.log(`\nRouting ${total} leads in process: normalise, decide, distribute, durable commit\n`);
console.log(`${'scenario'.padEnd(52)}${'leads/s'.padEnd(12)}CPU µs/lead`);
for (const [name, result] of rows) {
  console.log(
    `${name.padEnd(52)}${String(result.leadsPerSecond).padEnd(12)}${result.cpuMicrosPerLead}`,
  );
}
