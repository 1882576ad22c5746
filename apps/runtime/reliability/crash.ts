// pnpm test:reliability (quick: 5 kills) / RELIABILITY_KILLS=20 RELIABILITY_LEADS=2000 (full).
// Crash safety: senders post leads with retries (same Idempotency-Key) while the runtime is
// killed with SIGKILL and restarted on the same database file. Afterwards, from the database:
// every acknowledged lead is stored exactly once with its decision and assignment, no rep is
// over their daily cap, and the outbox has delivered every message to a receiver on 127.0.0.1
// (at least once, by webhook-id; a kill between delivery and bookkeeping may repeat one, which
// Standard Webhooks receivers deduplicate by id). Prints one summary line; exits 1 on failure.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assignments,
  eq,
  leads,
  openDatabase,
  outbox,
  repDayCounts,
  sql,
  webhookEndpoints,
} from '@switchyard/db';
import { createLogger } from '../src/observability/logger';
import { startRuntime } from '../src/server';
import { assignFlow } from '../test/flows';
import { spawnRuntime } from '../test/processes';
import { seedOrg } from '../test/test-runtime';

const kills = Number(process.env.RELIABILITY_KILLS ?? 5);
const total = Number(process.env.RELIABILITY_LEADS ?? 600);
const senders = 16;
const dailyCap = Math.ceil(total / 5) + 10;
const secretKey = Buffer.alloc(32, 5).toString('base64');
const dir = mkdtempSync(join(tmpdir(), 'switchyard-crash-'));
const databaseUrl = `file:${join(dir, 'crash.db')}`;

// The webhook receiver: counts deliveries by webhook-id.
const received = new Map<string, number>();
const receiver = createServer((request, response) => {
  const id = String(request.headers['webhook-id'] ?? '');
  received.set(id, (received.get(id) ?? 0) + 1);
  request.resume();
  request.on('end', () => response.writeHead(204).end());
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverAddress = receiver.address();
const receiverUrl = `http://127.0.0.1:${typeof receiverAddress === 'object' && receiverAddress ? receiverAddress.port : 0}/hooks`;

async function seed() {
  const runtime = await startRuntime({
    databaseUrl,
    secretKey,
    logger: createLogger({ level: 'silent' }),
    leadWriter: 'inline',
  });
  const reps = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => ({ id, dailyCap }));
  const org = await seedOrg(
    { ...runtime, dir },
    {
      teams: { sales: reps },
      flow: assignFlow({ type: 'round_robin' }),
      sources: [{ type: 'json', ratePerMinute: 10_000_000 }],
    },
  );
  await runtime.database.write((tx) =>
    tx.insert(webhookEndpoints).values({
      id: 'whk_crash',
      orgId: org.orgId,
      url: receiverUrl,
      sealedSecret: runtime.deps.secrets.seal('whsec_Y3Jhc2gtdGVzdC1zZWNyZXQtMzItYnl0ZXMhIQ=='),
      events: ['lead.assigned', 'lead.pooled'],
      createdAt: new Date(),
    }),
  );
  await runtime.close();
  return org.sources[0] as { id: string; apiKey: string };
}

const source = await seed();
const env = {
  DATABASE_URL: databaseUrl,
  SWITCHYARD_SECRET_KEY: secretKey,
  SWITCHYARD_WORKERS: 'true',
  LOG_LEVEL: 'warn',
};
let server = await spawnRuntime(env);
let restarting: Promise<void> | null = null;

// Each lead is sent until a 2xx comes back, always with the same key.
const acknowledged = new Map<string, string>();
let retries = 0;
async function send(n: number): Promise<void> {
  const key = `delivery-${n}`;
  for (;;) {
    await restarting;
    try {
      const response = await fetch(`${server.url}/v1/sources/${source.id}/leads`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${source.apiKey}`,
          'idempotency-key': key,
        },
        body: JSON.stringify({ email: `person${n}@company${n % 97}.example`, firstName: 'Crash' }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await response.json()) as { leadId?: string };
      if (response.ok && body.leadId) {
        const earlier = acknowledged.get(key);
        if (earlier && earlier !== body.leadId) throw new Error(`${key} answered two lead ids`);
        acknowledged.set(key, body.leadId);
        return;
      }
    } catch (error) {
      if (error instanceof Error && error.message.includes('two lead ids')) throw error;
    }
    retries++;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// At least `total` leads, and more until the last kill: every kill lands on live traffic.
let next = 0;
let killing = kills > 0;
const sending = Promise.all(
  Array.from({ length: senders }, async () => {
    while (next < total || killing) await send(next++);
  }),
);

// Kill at spread-out moments while the senders run.
for (let k = 0; k < kills; k++) {
  await new Promise((resolve) => setTimeout(resolve, 400 + Math.floor(Math.random() * 600)));
  let done: () => void = () => {};
  restarting = new Promise((resolve) => {
    done = resolve;
  });
  server.process.kill('SIGKILL');
  await new Promise((resolve) => server.process.once('exit', resolve));
  server = await spawnRuntime(env);
  done();
  restarting = null;
}
killing = false;
await sending;
const sent = next;

// Let the outbox drain (a killed process's leases expire after 30 s).
const database = await openDatabase({ url: databaseUrl });
const deadline = Date.now() + 90_000;
let pendingMessages = Number.POSITIVE_INFINITY;
while (Date.now() < deadline) {
  const [row] = await database.db
    .select({ n: sql<number>`count(*)` })
    .from(outbox)
    .where(sql`${outbox.deliveredAt} is null and ${outbox.failedAt} is null`);
  pendingMessages = Number(row?.n ?? 0);
  if (pendingMessages === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
await server.stop();

const problems: string[] = [];
// A check whose kills missed the traffic proves nothing.
if (kills > 0 && retries === 0) problems.push('no delivery was interrupted by a kill');
const stored = await database.db
  .select({
    id: leads.id,
    terminal: leads.terminalNodeId,
    status: leads.status,
    trace: leads.trace,
  })
  .from(leads);
const storedIds = new Set(stored.map((row) => row.id));
if (acknowledged.size !== sent)
  problems.push(`${sent - acknowledged.size} leads never acknowledged`);
if (stored.length !== sent) problems.push(`${stored.length} leads stored for ${sent} sent`);
const lost = [...acknowledged.values()].filter((id) => !storedIds.has(id));
if (lost.length > 0) problems.push(`${lost.length} acknowledged leads missing`);
if (stored.some((row) => !row.terminal || !row.trace))
  problems.push('a lead without decision or trace');
const assignmentCounts = await database.db
  .select({ leadId: assignments.leadId, n: sql<number>`count(*)` })
  .from(assignments)
  .groupBy(assignments.leadId);
const assignedLeads = stored.filter((row) => row.status === 'assigned').length;
if (
  assignmentCounts.length !== assignedLeads ||
  assignmentCounts.some((row) => Number(row.n) !== 1)
)
  problems.push('an assigned lead without exactly one assignment');
const overCap = await database.db
  .select({ repId: repDayCounts.repId, count: repDayCounts.count })
  .from(repDayCounts)
  .where(sql`${repDayCounts.count} > ${dailyCap}`);
if (overCap.length > 0) problems.push(`${overCap.length} reps over their daily cap`);
const messages = await database.db
  .select({ id: outbox.id })
  .from(outbox)
  .where(eq(outbox.endpointId, 'whk_crash'));
const undelivered = messages.filter((m) => !received.has(m.id));
if (pendingMessages > 0 || undelivered.length > 0)
  problems.push(`${undelivered.length} webhooks never delivered`);
if (messages.length !== sent) problems.push(`${messages.length} outbox messages for ${sent} leads`);
const repeated = [...received.values()].filter((n) => n > 1).length;

await database.close();
receiver.close();
rmSync(dir, { recursive: true, force: true });
const summary = `crash safety: ${kills} SIGKILLs, ${sent} leads, ${acknowledged.size} acknowledged, ${stored.length} stored, ${retries} retried deliveries, ${messages.length} webhooks (${repeated} delivered twice), ${overCap.length} reps over cap`;
if (problems.length > 0) {
  console.log(`FAIL ${summary}: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`ok ${summary}`);
