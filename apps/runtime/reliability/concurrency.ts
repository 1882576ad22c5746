// pnpm test:reliability — N runtime processes (N = 2 and 4) on one database file under load:
// 1,000 leads for a round-robin flow sent across them, every 10th also delivered twice to two
// processes with one Idempotency-Key, and 300 leads for a blind-pool flow of a second
// organisation, which its reps then empty by pulling from all processes at once. Afterwards,
// from the database: every lead stored once, no lead assigned twice, round robin within one,
// every pooled lead claimed by exactly one rep. Prints one summary line per N; exits 1 on failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignments, leads, openDatabase, sql } from '@switchyard/db';
import { createLogger } from '../src/observability/logger';
import { startRuntime } from '../src/server';
import { assignFlow, poolFlow } from '../test/flows';
import { spawnRuntime } from '../test/processes';
import { seedOrg } from '../test/test-runtime';

const total = Number(process.env.RELIABILITY_LEADS ?? 1000);
const secretKey = Buffer.alloc(32, 4).toString('base64');
const pooledTotal = Math.round(total * 0.3);
const reps = ['a', 'b', 'c', 'd', 'e'];
const pullers = ['p1', 'p2', 'p3', 'p4', 'p5'];
let failed = false;

async function check(processCount: number) {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-concurrency-'));
  const databaseUrl = `file:${join(dir, 'concurrency.db')}`;
  const seeder = await startRuntime({
    databaseUrl,
    secretKey,
    logger: createLogger({ level: 'silent' }),
    leadWriter: 'inline',
  });
  const org = await seedOrg(
    { ...seeder, dir },
    {
      teams: { sales: reps.map((id) => ({ id })) },
      flow: assignFlow({ type: 'round_robin' }),
      sources: [{ type: 'json', ratePerMinute: 10_000_000 }],
    },
  );
  const poolOrg = await seedOrg(
    { ...seeder, dir },
    {
      teams: { sales: pullers.map((id) => ({ id })) },
      flow: poolFlow('blind'),
      sources: [{ type: 'json', ratePerMinute: 10_000_000 }],
    },
  );
  await seeder.close();
  const source = org.sources[0] as { id: string; apiKey: string };
  const poolSource = poolOrg.sources[0] as { id: string; apiKey: string };
  const processes = await Promise.all(
    Array.from({ length: processCount }, () =>
      spawnRuntime({
        DATABASE_URL: databaseUrl,
        SWITCHYARD_SECRET_KEY: secretKey,
        SWITCHYARD_WORKERS: 'false',
        LOG_LEVEL: 'warn',
      }),
    ),
  );
  const problems: string[] = [];
  try {
    const post = (url: string, body: unknown, headers: Record<string, string>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    let next = 0;
    const answers = new Map<string, Set<string>>();
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < total) {
          const i = next++;
          const key = `k${i}`;
          const targets = [processes[i % processCount]];
          if (i % 10 === 0) targets.push(processes[(i + 1) % processCount]);
          const sent = await Promise.all(
            targets.map((target) =>
              post(
                `${target?.url}/v1/sources/${source.id}/leads`,
                { email: `person${i}@company${i}.example` },
                { authorization: `Bearer ${source.apiKey}`, 'idempotency-key': key },
              ),
            ),
          );
          for (const { status, body } of sent) {
            if (status !== 201) problems.push(`lead ${i} answered ${status}`);
            const ids = answers.get(key) ?? new Set<string>();
            ids.add((body as { leadId: string }).leadId);
            answers.set(key, ids);
          }
        }
      }),
    );
    if ([...answers.values()].some((ids) => ids.size !== 1))
      problems.push('one delivery answered with two lead ids');
    let nextPooled = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (nextPooled < pooledTotal) {
          const i = nextPooled++;
          const { status } = await post(
            `${processes[i % processCount]?.url}/v1/sources/${poolSource.id}/leads`,
            { email: `buyer${i}@firm${i}.example` },
            { authorization: `Bearer ${poolSource.apiKey}` },
          );
          if (status !== 201) problems.push(`pooled lead ${i} answered ${status}`);
        }
      }),
    );
    // Every rep pulls from every process at once until the pool is empty.
    let claims = 0;
    let emptyAnswers = 0;
    await Promise.all(
      pullers.flatMap((repId) =>
        processes.map(async (process) => {
          for (;;) {
            const { status, body } = await post(
              `${process.url}/v1/flows/${poolOrg.flowId}/pools/pool/claim`,
              { repId },
              { authorization: `Bearer ${poolOrg.adminKey}` },
            );
            if (status !== 200) problems.push(`a claim answered ${status}`);
            if (!(body as { lead: unknown }).lead) {
              emptyAnswers++;
              return;
            }
            claims++;
          }
        }),
      ),
    );
    const database = await openDatabase({ url: databaseUrl });
    const stored = await database.db
      .select({ owner: leads.ownerRepId, status: leads.status })
      .from(leads);
    const byStrategy = await database.db
      .select({ repId: assignments.repId, n: sql<number>`count(*)` })
      .from(assignments)
      .where(sql`${assignments.via} = 'strategy'`)
      .groupBy(assignments.repId);
    const perLead = await database.db
      .select({ leadId: assignments.leadId, n: sql<number>`count(*)` })
      .from(assignments)
      .groupBy(assignments.leadId);
    await database.close();
    if (stored.length !== total + pooledTotal)
      problems.push(`${stored.length} leads stored for ${total + pooledTotal}`);
    if (perLead.some((row) => Number(row.n) !== 1)) problems.push('a lead assigned twice');
    if (stored.some((row) => row.status === 'pooled')) problems.push('leads left in the pool');
    if (claims !== pooledTotal) problems.push(`${claims} claims for ${pooledTotal} pooled leads`);
    const pulled = pullers.map((repId) => stored.filter((row) => row.owner === repId).length);
    const rotation = reps.map((repId) =>
      Number(byStrategy.find((row) => row.repId === repId)?.n ?? 0),
    );
    if (rotation.reduce((a, b) => a + b, 0) !== total)
      problems.push(`round robin placed ${rotation.reduce((a, b) => a + b, 0)} of ${total}`);
    if (Math.max(...rotation) - Math.min(...rotation) > 1)
      problems.push(`round robin spread over one: ${rotation.join('/')}`);
    const summary = `concurrency: ${processCount} processes, ${total} round-robin leads (+${Math.ceil(total / 10)} duplicate deliveries) spread ${rotation.join('/')}, ${pooledTotal} pooled leads pulled by ${pullers.length * processCount} claimers (${pulled.join('/')}, ${emptyAnswers} empty answers), ${stored.length} stored`;
    if (problems.length > 0) {
      failed = true;
      console.log(`FAIL ${summary}: ${problems.slice(0, 5).join('; ')}`);
    } else {
      console.log(`ok ${summary}`);
    }
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const processCount of [2, 4]) await check(processCount);
if (failed) process.exit(1);
