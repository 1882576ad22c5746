// pnpm test:reliability (quick: RELIABILITY_FUZZ_RUNS=1500) — hostile input against a real
// runtime process: malformed, oversized, deeply nested, wrong-typed, unicode-heavy and
// prototype-polluting payloads (fast-check, seeded) to every public route and malformed flow
// documents to the API. Passes when nothing answers 5xx, every refusal carries a code, the
// process stays up and still routes a normal lead, and every stored lead is whole.
// Prints one summary line; exits 1 on failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignments, leads, openDatabase, sql } from '@switchyard/db';
import fc from 'fast-check';
import { createLogger } from '../src/observability/logger';
import { startRuntime } from '../src/server';
import { assignFlow } from '../test/flows';
import { spawnRuntime } from '../test/processes';
import { seedOrg } from '../test/test-runtime';

const runs = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 1500);
const seed = Number(process.env.RELIABILITY_SEED ?? 20261123);
const secretKey = Buffer.alloc(32, 6).toString('base64');
const dir = mkdtempSync(join(tmpdir(), 'switchyard-fuzz-'));
const databaseUrl = `file:${join(dir, 'fuzz.db')}`;

const seeding = await startRuntime({
  databaseUrl,
  secretKey,
  logger: createLogger({ level: 'silent' }),
  leadWriter: 'inline',
});
const org = await seedOrg(
  { ...seeding, dir },
  {
    teams: { sales: [{ id: 'r1' }, { id: 'r2' }] },
    flow: assignFlow({ type: 'round_robin' }),
    sources: [
      { type: 'json', ratePerMinute: 10_000_000 },
      { type: 'html_form', ratePerMinute: 10_000_000 },
      { type: 'typeform', secret: 'fuzz-secret', ratePerMinute: 10_000_000 },
      { type: 'standard_webhooks', ratePerMinute: 10_000_000 },
      { type: 'meta_leadgen', secret: 'fuzz-secret', ratePerMinute: 10_000_000 },
    ],
  },
);
await seeding.close();
const sources = org.sources as Array<{ id: string; apiKey?: string }>;
const jsonSource = sources[0] as { id: string; apiKey: string };
const server = await spawnRuntime({
  DATABASE_URL: databaseUrl,
  SWITCHYARD_SECRET_KEY: secretKey,
  SWITCHYARD_WORKERS: 'true',
  LOG_LEVEL: 'fatal',
});

// Values a form tool or an attacker could send.
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
    { email: ['a@b.example'] },
    { email: { $ne: null } },
    { employees: '1e400' },
    { country: '\u202eEG\u0000' },
    { email: `${'a'.repeat(5000)}@x.example` },
  ),
);
const deepNesting = fc
  .integer({ min: 1_000, max: 50_000 })
  .map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
const body = fc.oneof(
  hostileValue.map((value) => JSON.stringify(value) ?? 'null'),
  fc.string({ maxLength: 300 }), // not JSON at all
  fc.jsonValue().map((value) => (JSON.stringify(value) ?? '').slice(0, -1)), // truncated
  deepNesting,
  fc.constant(`{"message":"${'x'.repeat(300 * 1024)}"}`), // over 256 KiB
  fc.constant('\u0000\uffff\ud800'),
);
const flowDocument = fc.oneof(
  hostileValue,
  fc.record({
    format: fc.constant('switchyard.flow/1'),
    nodes: fc.jsonValue(),
    edges: fc.jsonValue(),
  }),
  fc.constant({
    format: 'switchyard.flow/1',
    name: 'x',
    nodes: [{ id: '__proto__', kind: 'capture', position: { x: 0, y: 0 }, config: {} }],
    edges: [],
  }),
);
const anyId = fc.oneof(
  fc.constantFrom('lead_x', '..%2f..%2fetc', '%00', '__proto__'),
  fc.string({ maxLength: 40 }),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  '',
);
const auth = fc.constantFrom(
  `Bearer ${jsonSource.apiKey}`,
  `Bearer ${org.adminKey}`,
  'Bearer sk_wrong',
  'Basic Zm9vOmJhcg==',
  '',
);

type Attempt = { method: string; path: string; body?: string; headers: Record<string, string> };
const rest = fc
  .record({
    source: fc.constantFrom(...sources.map((s) => s.id), 'src_unknown'),
    route: fc.constantFrom('ingest', 'lead', 'events', 'claim', 'pool', 'poolClaim', 'unknown'),
    id: anyId,
    body,
    contentType,
    auth,
  })
  .map(({ source, route, id, body, contentType, auth }): Attempt => {
    const headers: Record<string, string> = { 'content-type': contentType, authorization: auth };
    const encoded = encodeURIComponent(id);
    const paths: Record<string, [string, string]> = {
      ingest: ['POST', `/v1/sources/${source}/leads`],
      lead: ['GET', `/v1/leads/${encoded}`],
      events: ['POST', `/v1/leads/${encoded}/events`],
      claim: ['POST', `/v1/leads/${encoded}/claim`],
      pool: ['GET', `/v1/flows/${org.flowId}/pools/${encoded}/leads`],
      poolClaim: ['POST', `/v1/flows/${org.flowId}/pools/${encoded}/claim`],
      unknown: ['POST', `/v1/${encoded}`],
    };
    const [method, path] = paths[route] as [string, string];
    return method === 'GET' ? { method, path, headers } : { method, path, body, headers };
  });
const trpc = fc
  .record({
    procedure: fc.constantFrom(
      'flow.saveDraft',
      'flow.validate',
      'flow.create',
      'template.import',
      'flow.publish',
      'source.test',
    ),
    document: flowDocument,
    id: anyId,
  })
  .map(
    ({ procedure, document, id }): Attempt => ({
      method: 'POST',
      path: `/trpc/${procedure}`,
      body: JSON.stringify({
        id,
        document,
        name: 'Fuzz',
        baseRevision: 1,
        sample: document,
        teamMap: {},
      }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${org.adminKey}` },
    }),
  );

const attempts = fc.sample(
  fc.oneof({ arbitrary: rest, weight: 3 }, { arbitrary: trpc, weight: 1 }),
  {
    seed,
    numRuns: runs,
  },
);

const problems: string[] = [];
const byStatus = new Map<number, number>();
const history: string[] = [];
for (const [index, attempt] of attempts.entries()) {
  const before = history.slice(-3).join(' ; ');
  let status = 0;
  let text = '';
  try {
    const response = await fetch(`${server.url}${attempt.path}`, {
      method: attempt.method,
      headers: attempt.headers,
      ...(attempt.body === undefined ? {} : { body: attempt.body }),
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    history.push(`#${index} ${attempt.method} ${attempt.path} → closed`);
    problems.push(
      `#${index} ${attempt.method} ${attempt.path}: no answer (${(error as Error).message}: ${String((error as Error).cause)}) after ${before}`,
    );
    if (server.process.exitCode !== null) break;
    continue;
  }
  history.push(
    `#${index} ${attempt.method} ${attempt.path} ${attempt.body?.length ?? 0}B ${attempt.headers['content-type']} → ${status}`,
  );
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  if (status >= 500)
    problems.push(`${attempt.method} ${attempt.path} answered ${status}: ${text.slice(0, 200)}`);
  if (status >= 400 && !hasCode(attempt.path, text))
    problems.push(
      `#${index} ${attempt.method} ${attempt.path} refused ${status} without a code: ${text.slice(0, 200)}`,
    );
}

function hasCode(path: string, text: string): boolean {
  try {
    const parsed = JSON.parse(text) as {
      error?: {
        code?: unknown;
        data?: { appCode?: unknown };
        json?: { data?: { appCode?: unknown } };
      };
    };
    if (path.startsWith('/trpc/')) {
      const data = parsed.error?.data ?? parsed.error?.json?.data;
      return typeof data?.appCode === 'string';
    }
    return typeof parsed.error?.code === 'string';
  } catch {
    return false;
  }
}

// Still up, still routing, and nothing half-written.
const after = await fetch(`${server.url}/v1/sources/${jsonSource.id}/leads`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${jsonSource.apiKey}` },
  body: JSON.stringify({ email: 'after.fuzz@acme.example' }),
});
if (after.status !== 201) problems.push(`a normal lead after fuzzing answered ${after.status}`);
await server.stop();
const database = await openDatabase({ url: databaseUrl });
const [whole] = await database.db
  .select({
    n: sql<number>`count(*)`,
    broken: sql<number>`sum(case when ${leads.trace} is null or ${leads.terminalNodeId} is null then 1 else 0 end)`,
    assigned: sql<number>`sum(case when ${leads.status} = 'assigned' then 1 else 0 end)`,
  })
  .from(leads);
const [assignmentRows] = await database.db.select({ n: sql<number>`count(*)` }).from(assignments);
if (Number(whole?.broken ?? 0) > 0)
  problems.push(`${whole?.broken} leads without decision or trace`);
if (Number(assignmentRows?.n ?? 0) < Number(whole?.assigned ?? 0))
  problems.push('an assigned lead without its assignment');
await database.close();
rmSync(dir, { recursive: true, force: true });

const statuses = [...byStatus]
  .sort(([a], [b]) => a - b)
  .map(([s, n]) => `${s}×${n}`)
  .join(' ');
const summary = `hostile input: ${attempts.length} requests (seed ${seed}), ${Number(whole?.n ?? 0)} leads stored, statuses ${statuses}`;
if (problems.length > 0) {
  console.log(
    `FAIL ${summary}: ${problems.length} problems; first: ${problems.slice(0, 5).join(' | ')}`,
  );
  process.exit(1);
}
console.log(`ok ${summary}`);
