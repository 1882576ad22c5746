// Part of `pnpm bench`: backtesting a draft over 100,000 stored leads (issue #6's target: under
// 2 s in the runtime) against the naive path in the same run — one `simulateLead` per lead
// (re-normalise, re-match, fresh distribution reads), timed over the first 2,000 leads and
// extrapolated. Seeds a temp libSQL file with batched multi-row inserts. Prints; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  backtestLeads,
  type Database,
  loadLiveFlow,
  openDatabase,
  preparePublishedFlow,
  simulateLead,
} from '@switchyard/db';
import { normalizeLead } from '@switchyard/engine';
import { bulkInsert, benchNode as node, seedBenchFlow } from './bench-data';
import { printTable } from './measure';

const total = Number(process.env.BENCH_BACKTEST_LEADS ?? 100_000);
const naiveSample = Number(process.env.BENCH_BACKTEST_NAIVE ?? 2_000);
const now = new Date('2026-11-20T12:00:00Z');
const dayMs = 86_400_000;

/** Live: 100+ employees to the team in turn. The draft raises the bar to 250 and caps reps. */
const flowDocument = (threshold: number, dailyCap?: number) => ({
  format: 'switchyard.flow/1',
  name: 'Backtest bench',
  teams: [{ key: 'sales', label: 'Sales' }],
  nodes: [
    node('start', 'capture', {}),
    node('screen', 'qualify', {
      rule: {
        and: [{ '!': { var: 'isFreeEmail' } }, { '>=': [{ var: 'employees' }, threshold] }],
      },
    }),
    node('reps', 'assign', {
      team: 'sales',
      strategy: { type: 'round_robin', onUnavailable: 'skip' },
      fallback: { pool: 'waiting' },
      ...(dailyCap === undefined ? {} : { dailyCap }),
    }),
    node('waiting', 'pool', { mode: 'blind' }),
    node('drop', 'disqualify', { reason: 'too small' }),
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'screen' },
    { id: 'e2', source: 'screen', sourceHandle: 'pass', target: 'reps' },
    { id: 'e3', source: 'screen', sourceHandle: 'fail', target: 'drop' },
  ],
});

const repIds = Array.from({ length: 10 }, (_, i) => `rep${i}`);

async function seed(database: Database) {
  const { flowId } = await seedBenchFlow(database, { documents: [flowDocument(100)], repIds, now });
  const live = await loadLiveFlow(database.db, flowId);
  if (!live) throw new Error('the bench flow was not published');
  await insertLeads(database, live);
  return live;
}

/** 100,000 leads over the last 30 days, routed by the live flow (round robin), 500 per INSERT. */
async function insertLeads(
  database: Database,
  live: NonNullable<Awaited<ReturnType<typeof loadLiveFlow>>>,
) {
  let turn = 0;
  await bulkInsert(database, {
    table: 'leads',
    columns: [
      ...['id', 'org_id', 'source_id', 'flow_id', 'flow_version_id', 'received_at', 'email'],
      ...['domain', 'input', 'fields', 'terminal_node_id', 'terminal_kind', 'bucket', 'status'],
      ...['owner_rep_id', 'trace'],
    ],
    to: total,
    perTransaction: total,
    row: (n) => {
      const input = {
        email: `person${n}@${n % 7 === 0 ? 'gmail.com' : `company${n % 900}.example`}`,
        company: `Company ${n % 900}`,
        employees: String((n * 37) % 1000),
        country: ['Germany', 'France', 'US'][n % 3],
      };
      const { lead } = normalizeLead(input, { leadId: `lead${n}` });
      const terminal = live.nodes.get(live.decide(lead).terminal);
      const assigned = terminal?.kind === 'assign';
      const repId = assigned ? (repIds[turn++ % repIds.length] ?? null) : null;
      return [
        `lead${String(n).padStart(7, '0')}`,
        'org',
        'src',
        live.flowId,
        live.versionId,
        now.getTime() - 30 * dayMs + Math.floor((n * 30 * dayMs) / total),
        String(lead.email),
        String(lead.domain),
        JSON.stringify(input),
        JSON.stringify(lead),
        terminal?.id ?? 'drop',
        terminal?.kind ?? 'disqualify',
        Number(lead.bucket),
        assigned ? (n % 5 === 0 ? 'converted' : 'assigned') : 'disqualified',
        repId,
        '{"steps":[]}',
      ];
    },
  });
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-backtest-bench-'));
const database = await openDatabase({ url: `file:${join(dir, 'bench.db')}` });
try {
  const seeding = performance.now();
  const live = await seed(database);
  const seeded = (performance.now() - seeding) / 1000;
  const draft = preparePublishedFlow({
    ...live,
    versionId: 'draft',
    version: 0,
    document: flowDocument(250, 300),
  });

  // The first run pays for compiling the code paths; the runtime is a long-lived process, so the
  // second run is what a manager's later backtests cost.
  const timedBacktest = async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await backtestLeads(database.db, {
      orgId: 'org',
      draft,
      source: { days: 30 },
      now,
    });
    return { result, ms: performance.now() - started, cpu: cpuSeconds(process.cpuUsage(cpu)) };
  };
  const first = await timedBacktest();
  const { result, ms: backtestMs, cpu: backtestCpu } = await timedBacktest();

  const naiveStarted = performance.now();
  const naiveCpuStart = process.cpuUsage();
  for (let n = 0; n < naiveSample; n++) {
    await simulateLead(database.db, {
      flow: draft,
      input: { email: `person${n}@company${n % 900}.example`, employees: String((n * 37) % 1000) },
      leadId: `naive${n}`,
      now,
    });
  }
  const naiveMs = ((performance.now() - naiveStarted) / naiveSample) * total;
  const naiveCpu = (cpuSeconds(process.cpuUsage(naiveCpuStart)) / naiveSample) * total;

  console.log(
    `\nBacktest of a draft over ${result.total} stored leads (seeded in ${seeded.toFixed(1)} s): ${result.changed} change terminal, ${result.changes.length} listed with traces\n`,
  );
  printTable([
    ['path', 'seconds', 'CPU seconds', 'leads/s', 'vs backtest'],
    [
      'backtestLeads, first run in the process',
      (first.ms / 1000).toFixed(2),
      first.cpu.toFixed(2),
      Math.round((first.result.total / first.ms) * 1000),
      `${(first.ms / backtestMs).toFixed(1)}×`,
    ],
    [
      'backtestLeads, second run (warm)',
      (backtestMs / 1000).toFixed(2),
      backtestCpu.toFixed(2),
      Math.round((result.total / backtestMs) * 1000),
      '1×',
    ],
    [
      `simulateLead per lead (${naiveSample}, extrapolated)`,
      (naiveMs / 1000).toFixed(2),
      naiveCpu.toFixed(2),
      Math.round((total / naiveMs) * 1000),
      `${(naiveMs / backtestMs).toFixed(1)}× slower`,
    ],
  ]);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
