// Part of `pnpm bench`: the Reports page's `report.flow` over 1,000,000 leads and 10 flow versions
// (issue #6's target: each report under 1 s), for the last 30 days and for the whole 400, against
// the row-by-row reference in the same run (`loadReportLeads` + `summarizeLeads`, what
// report.flow did before). Also the insert cost of the report's covering index. Seeds a temp
// libSQL file with batched multi-row INSERTs and deletes it. Prints; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InValue } from '@libsql/client';
import { createApiCaller } from '@switchyard/api';
import {
  compactPath,
  createIdSource,
  createSecretBox,
  type Database,
  eq,
  experiments,
  flowVersions,
  loadReportCells,
  loadReportLeads,
  openDatabase,
  type PublishedFlow,
  preparePublishedFlow,
  sql,
} from '@switchyard/db';
import { normalizeLead } from '@switchyard/engine';
import { summarizeCells, summarizeLeads } from '@switchyard/reporting';
import { bulkInsert, benchNode as node, seedBenchFlow } from './bench-data';
import { printTable } from './measure';

const total = Number(process.env.BENCH_REPORT_LEADS ?? 1_000_000);
const versionCount = 10;
const days = 400;
const dayMs = 86_400_000;
const minuteMs = 60_000;
const now = new Date('2026-11-20T12:00:00Z');
const start = now.getTime() - days * dayMs;
const repIds = Array.from({ length: 12 }, (_, i) => `rep${i}`);
// The last 40 days run an experiment: arm a is version 9, arm b version 10, split by lead.
const experimentFrom = total - total / versionCount;

const assign = (touchSlaMinutes: number) => ({
  team: 'sales',
  strategy: { type: 'round_robin', onUnavailable: 'skip' },
  fallback: { pool: 'waiting' },
  touchSlaMinutes,
});

/** Version v raises the qualify bar: business e-mails of 50 + 25·v employees; 500+ to key accounts. */
const flowDocument = (v: number) => ({
  format: 'switchyard.flow/1',
  name: 'Report bench',
  teams: [{ key: 'sales', label: 'Sales' }],
  nodes: [
    node('start', 'capture', {}),
    node('screen', 'qualify', {
      rule: {
        and: [{ '!': { var: 'isFreeEmail' } }, { '>=': [{ var: 'employees' }, 50 + 25 * v] }],
      },
    }),
    node('size', 'branch', {
      cases: [{ id: 'key', label: 'Key account', when: { '>=': [{ var: 'employees' }, 500] } }],
    }),
    node('key_accounts', 'assign', assign(30)),
    node('reps', 'assign', assign(60)),
    node('waiting', 'pool', { mode: 'blind' }),
    node('drop', 'disqualify', { reason: 'too small' }),
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'screen' },
    { id: 'e2', source: 'screen', sourceHandle: 'pass', target: 'size' },
    { id: 'e3', source: 'screen', sourceHandle: 'fail', target: 'drop' },
    { id: 'e4', source: 'size', sourceHandle: 'key', target: 'key_accounts' },
    { id: 'e5', source: 'size', sourceHandle: 'else', target: 'reps' },
  ],
});

/** A stand-in for randomness that repeats from run to run: n's k-th number in [0, 1). */
function uniform(n: number, k: number): number {
  let x = Math.imul(n ^ (k * 0x9e3779b9), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) / 2 ** 32;
}

/** 1,000 people, normalised once, and each version's decision and trace on them. */
function templates(versions: PublishedFlow[]) {
  return Array.from({ length: 1000 }, (_, t) => {
    const input = {
      email: `person${t}@${t % 7 === 0 ? 'gmail.com' : `company${t % 900}.example`}`,
      company: `Company ${t % 900}`,
      employees: String((t * 37) % 1000),
      country: ['Germany', 'France', 'US'][t % 3],
      message: 'We would like a demo for our sales team next week, please call in the morning.',
    };
    const { lead } = normalizeLead(input, { leadId: `template${t}` });
    return {
      input: JSON.stringify(input),
      fields: JSON.stringify(lead),
      email: String(lead.email),
      domain: String(lead.domain),
      bucket: Number(lead.bucket),
      byVersion: versions.map((version) => {
        const trace = version.trace(lead);
        const terminal = version.nodes.get(trace.terminal);
        return {
          terminalId: trace.terminal,
          kind: terminal?.kind ?? 'disqualify',
          trace: JSON.stringify(trace),
          path: compactPath(trace),
        };
      }),
    };
  });
}

const leadColumns = [
  ...['id', 'org_id', 'source_id', 'flow_id', 'flow_version_id', 'experiment_id', 'arm'],
  ...['received_at', 'email', 'domain', 'input', 'fields', 'terminal_node_id', 'terminal_kind'],
  ...['score', 'bucket', 'status', 'owner_rep_id', 'pool_node_id', 'assigned_at', 'accepted_at'],
  ...['first_touch_at', 'closed_at', 'value', 'reassign_count', 'trace', 'distribution'],
  ...['path', 'fallback', 'sla_breaches'],
];

/** Lead n as routing and its reps' actions would have left it, with its touch SLA timer. */
function leadRow(flowId: string, versionIds: string[], people: ReturnType<typeof templates>) {
  const distributions = repIds.map((owner) =>
    JSON.stringify({
      outcome: 'assigned',
      nodeId: 'reps',
      strategy: 'round_robin',
      candidates: repIds.map((repId) => ({ repId, eligible: true, openLeads: 3, today: 7 })),
      explanation: `Round robin: ${owner} was next in turn and available.`,
    }),
  );
  return (n: number) => {
    const person = people[n % people.length] as (typeof people)[number];
    let v = Math.min(versionCount - 1, Math.floor((n * versionCount) / total));
    const inExperiment = n >= experimentFrom;
    const arm = inExperiment ? (n % 2 === 0 ? 'a' : 'b') : null;
    if (arm) v = arm === 'a' ? versionCount - 2 : versionCount - 1;
    const decided = person.byVersion[v] as (typeof person.byVersion)[number];
    const receivedAt = start + Math.floor((n * days * dayMs) / total);
    const routed = decided.kind === 'assign';
    const fellBack = routed && uniform(n, 1) < 0.03;
    const owner = routed && !fellBack ? (repIds[n % repIds.length] as string) : null;
    // Touched after 1 minute to 3 days, log-uniform; a fifth of the owned leads never.
    const touch =
      owner && uniform(n, 2) < 0.8
        ? receivedAt + Math.round(minuteMs * 4320 ** uniform(n, 3))
        : null;
    const converted = touch !== null && uniform(n, 4) < 0.15;
    const lost = touch !== null && !converted && uniform(n, 4) < 0.3;
    const status = !routed
      ? 'disqualified'
      : !owner
        ? 'pooled'
        : converted
          ? 'converted'
          : lost
            ? 'lost'
            : touch
              ? 'contacted'
              : 'assigned';
    // A touch SLA timer on every other owned lead: breached when the touch came late (or never).
    const sla = decided.terminalId === 'key_accounts' ? 30 * minuteMs : 60 * minuteMs;
    const timed = owner !== null && n % 2 === 0;
    const breached = timed && !(touch !== null && touch - receivedAt <= sla);
    const id = `lead${String(n).padStart(7, '0')}`;
    const lead: InValue[] = [
      id,
      ...['org', 'src', flowId, versionIds[v] as string, arm ? 'exp' : null, arm],
      ...[receivedAt, person.email, person.domain, person.input, person.fields],
      ...[decided.terminalId, decided.kind, 0, person.bucket, status, owner],
      fellBack ? 'waiting' : null,
      owner ? receivedAt : null,
      owner && uniform(n, 5) < 0.6 ? receivedAt + Math.round(minuteMs * 60 * uniform(n, 6)) : null,
      touch,
      converted || lost ? (touch as number) + 2 * dayMs : null,
      converted ? 500 + 100 * (n % 20) : null,
      owner && uniform(n, 7) < 0.05 ? 1 : 0,
      decided.trace,
      routed
        ? fellBack
          ? '{"outcome":"fallback_pool"}'
          : (distributions[n % repIds.length] as string)
        : null,
      decided.path,
      fellBack ? 'pool' : null,
      // What runTimer counted when the timer fired.
      breached ? 1 : 0,
    ];
    const timer: InValue[] | null = timed
      ? [
          ...[`tmr${n}`, 'org', id, 'touch_sla', receivedAt + sla, receivedAt + sla],
          breached ? 'reassigned' : 'stale',
        ]
      : null;
    return { lead, timer };
  };
}

async function seed(database: Database) {
  const publishedAt = Array.from(
    { length: versionCount },
    (_, v) => new Date(start + v * 40 * dayMs),
  );
  const { flowId, versionIds } = await seedBenchFlow(database, {
    documents: Array.from({ length: versionCount }, (_, v) => flowDocument(v + 1)),
    repIds,
    now,
    publishedAt,
  });
  const rows = await database.db.select().from(flowVersions).where(eq(flowVersions.flowId, flowId));
  const versions = versionIds.map((id) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new Error(`version ${id} was not published`);
    return preparePublishedFlow({ ...row, orgId: 'org', versionId: id, teamMap: row.teamMap });
  });
  await database.write((tx) =>
    tx.insert(experiments).values({
      id: 'exp',
      orgId: 'org',
      flowId,
      name: 'Bar 250 or 275',
      status: 'running',
      arms: [
        { key: 'a', versionId: versionIds[versionCount - 2] as string, weight: 50 },
        { key: 'b', versionId: versionIds[versionCount - 1] as string, weight: 50 },
      ],
      startedAt: new Date(start + (days - 40) * dayMs),
      createdBy: 'bench',
    }),
  );
  const row = leadRow(flowId, versionIds, templates(versions));
  const timerColumns = ['id', 'org_id', 'lead_id', 'kind', 'due_at', 'done_at', 'outcome'];
  // Each chunk's rows are built once for both tables, then its leads and timers inserted.
  const chunk = 50_000;
  const insert = async (from: number, to: number) => {
    for (let first = from; first < to; first += chunk) {
      const end = Math.min(first + chunk, to);
      const rows = Array.from({ length: end - first }, (_, i) => row(first + i));
      const at = (n: number) => rows[n - first] as (typeof rows)[number];
      const range = { from: first, to: end, perTransaction: chunk };
      await bulkInsert(database, {
        table: 'leads',
        columns: leadColumns,
        ...range,
        row: (n) => at(n).lead,
      });
      await bulkInsert(database, {
        table: 'timers',
        columns: timerColumns,
        ...range,
        row: (n) => at(n).timer,
      });
    }
  };
  return { flowId, insert };
}

/** Milliseconds of `work`, run `times` times: each run's time. */
async function timed(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    runs.push(performance.now() - started);
  }
  return runs;
}

const median = (runs: number[]) =>
  [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

const dir = mkdtempSync(join(tmpdir(), 'switchyard-report-bench-'));
const database = await openDatabase({ url: `file:${join(dir, 'bench.db')}` });
try {
  const seeding = performance.now();
  const { flowId, insert } = await seed(database);
  // The last 2 % are inserted below, to time the covering index's cost on a full table.
  const extra = Math.round(total * 0.02);
  await insert(0, total - 2 * extra);
  const seeded = (performance.now() - seeding) / 1000;

  const caller = createApiCaller({
    database,
    clock: () => now,
    orgId: 'org',
    principal: {
      type: 'user',
      userId: 'usr_bench',
      email: 'bench@members.example',
      memberId: 'mem_bench',
      role: 'owner',
      repId: null,
      piiAccess: false,
    },
    ids: createIdSource({ now: () => now, randomBytes: (n) => new Uint8Array(n).fill(5) }),
    secrets: createSecretBox(new Uint8Array(32).fill(7)),
  });
  const withIndex = await timed(1, () => insert(total - 2 * extra, total - extra));
  const [index] = await database.db.all<{ sql: string }>(
    sql`select sql from sqlite_master where name = 'leads_flow_report'`,
  );
  if (!index) throw new Error('migration 0004 did not create leads_flow_report');
  await database.db.run(sql`drop index leads_flow_report`);
  const withoutIndex = await timed(1, () => insert(total - extra, total));
  await database.db.run(sql.raw(index.sql));

  const periods = [
    { name: 'last 30 days', from: new Date(now.getTime() - 30 * dayMs) },
    { name: `all ${days} days`, from: new Date(start) },
  ];
  const agreement: string[] = [];
  const table: Array<Array<string | number>> = [['what', 'leads', 'runs', 'median s', 'min s']];
  for (const period of periods) {
    const input = { flowId, from: period.from.toISOString(), to: now.toISOString() };
    const scope = { orgId: 'org', flowId, from: period.from, to: now };
    // The first call pays for compiling the code paths, as in a fresh runtime process.
    const leads = (await caller.report.flow(input)).overall.leads;
    const flowRuns = await timed(3, () => caller.report.flow(input));
    const cellRuns = await timed(3, () => loadReportCells(database.db, scope, database.reads));
    const mainThreadRuns = await timed(3, () => loadReportCells(database.db, scope));
    const summaryCells = await loadReportCells(database.db, scope);
    const summaryRuns = await timed(3, async () => summarizeCells(summaryCells));
    // The reference holds every lead in memory at once: run once over the long period.
    let reference: unknown = null;
    const referenceRuns = await timed(period.from.getTime() === start ? 1 : 3, async () => {
      reference = summarizeLeads(await loadReportLeads(database.db, scope));
    });
    const same = JSON.stringify(reference) === JSON.stringify(summarizeCells(summaryCells));
    agreement.push(`${period.name}: ${same ? 'same numbers' : 'DIFFERENT numbers'}`);
    for (const [what, runs] of [
      [`report.flow, ${period.name}`, flowRuns],
      [`  of which SQL, ${database.reads?.size} threads`, cellRuns],
      [`  (SQL on the calling thread)`, mainThreadRuns],
      [`  of which summarizeCells (${summaryCells.length} cells)`, summaryRuns],
      [`reference: loadReportLeads + summarizeLeads`, referenceRuns],
    ] as const) {
      table.push([what, leads, runs.length, seconds(median(runs)), seconds(Math.min(...runs))]);
    }
  }
  const perLead = (ms: number) => `${((ms * 1000) / extra).toFixed(1)} µs`;
  console.log(
    `\nReports over ${total.toLocaleString('en')} leads, ${versionCount} versions, ${days} days (seeded in ${seeded.toFixed(0)} s)\n`,
  );
  printTable(table);
  console.log(
    `\nCells against the reference, every number of the summary: ${agreement.join('; ')}`,
  );
  console.log(
    `\nInsert of ${extra.toLocaleString('en')} more leads (+ timers) into the full table: ${perLead(withIndex[0] ?? 0)} a lead with leads_flow_report, ${perLead(withoutIndex[0] ?? 0)} without`,
  );
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
