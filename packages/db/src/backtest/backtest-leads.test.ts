import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fixtureNow, node, seedRouting } from '../../test/routing-fixture';
import { openDatabase } from '../open-database';
import { loadLiveFlow, preparePublishedFlow } from '../routing/published-flow';
import { flows } from '../schema';
import { backtestLeads } from './backtest-leads';

/** capture → "big" (employees ≥ threshold): pass → round robin "rotate", fail → "drop". */
const sizeFlow = (threshold: number) => ({
  format: 'switchyard.flow/1',
  name: 'Backtest',
  teams: [{ key: 'sales', label: 'Sales' }],
  nodes: [
    node('start', 'capture', {}),
    node('big', 'qualify', { rule: { '>=': [{ var: 'employees' }, threshold] } }),
    node('rotate', 'assign', {
      team: 'sales',
      strategy: { type: 'round_robin' },
      fallback: { pool: 'overflow' },
    }),
    node('overflow', 'pool', { mode: 'blind' }),
    node('drop', 'disqualify', { reason: 'too small' }),
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'big' },
    { id: 'e2', source: 'big', sourceHandle: 'pass', target: 'rotate' },
    { id: 'e3', source: 'big', sourceHandle: 'fail', target: 'drop' },
  ],
});

const sizes = [50, 200, 800, 300, 1000, 20];

async function routedLeads(options: { dailyCap?: number; sizes?: number[] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-backtest-'));
  const database = await openDatabase({ url: `file:${join(dir, 'test.db')}` });
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const { submission, routeAll } = await seedRouting(database, sizeFlow(100), options);
  await routeAll(
    (options.sizes ?? sizes).map((employees, i) =>
      submission(`p${i}@acme.example`, {
        input: { email: `p${i}@acme.example`, employees: String(employees) },
      }),
    ),
  );
  const [flow] = await database.db.select({ id: flows.id }).from(flows);
  const live = flow ? await loadLiveFlow(database.db, flow.id) : null;
  if (!live) throw new Error('no live flow');
  const draft = preparePublishedFlow({
    ...live,
    versionId: 'draft',
    version: 0,
    document: sizeFlow(500),
  });
  return { database, live, draft };
}

async function rowCounts(database: Awaited<ReturnType<typeof routedLeads>>['database']) {
  const result = await database.client.execute(
    'select (select count(*) from leads) as leads, (select count(*) from distribution_state) as states, (select sum(count) from rep_day_counts) as days, (select count(*) from assignments) as assignments',
  );
  return result.rows[0];
}

describe('backtestLeads', () => {
  it('shows exactly the leads a draft moves, in the matrix and the list, and writes nothing', async () => {
    const { database, draft } = await routedLeads();
    const before = await rowCounts(database);
    const result = await backtestLeads(database.db, {
      orgId: 'org',
      draft,
      source: { days: 30 },
      now: fixtureNow,
    });
    expect(result).toMatchObject({ total: 6, compared: 6, changed: 2 });
    const cells = result.matrix.map((cell) => [cell.from?.id, cell.to.id, cell.count]);
    expect(cells).toEqual(
      expect.arrayContaining([
        ['drop', 'drop', 2],
        ['rotate', 'rotate', 2],
        ['rotate', 'drop', 2],
      ]),
    );
    expect(cells).toHaveLength(3);
    expect(result.changes.map((change) => change.email)).toEqual([
      'p1@acme.example',
      'p3@acme.example',
    ]);
    expect(result.changes[0]).toMatchObject({
      from: { id: 'rotate', label: 'rotate' },
      to: { id: 'drop', label: 'drop' },
      fromRepId: 'r1',
      toRepId: null,
    });
    expect(result.changes[0]?.trace.steps.map((step) => step.nodeId)).toEqual([
      'start',
      'big',
      'drop',
    ]);
    // Live: 200 → r1, 800 → r2, 300 → r3, 1000 → r1. Draft (fresh turn): 800 → r1, 1000 → r2.
    const load = Object.fromEntries(result.reps.map((rep) => [rep.repId, [rep.live, rep.draft]]));
    expect(load).toEqual({ r1: [2, 1], r2: [1, 1], r3: [1, 0] });
    expect(result.reps[0]).toMatchObject({ name: 'Rep r1', change: -1 });
    expect(await rowCounts(database)).toEqual(before);
  });

  it('reproduces the live assignments with an unchanged draft: caps count the replay, not the stored day', async () => {
    // Daily cap 2: live, each rep got two of the six leads, and the stored day is full.
    const { database, live } = await routedLeads({
      dailyCap: 2,
      sizes: [200, 300, 400, 500, 600, 700],
    });
    const same = preparePublishedFlow({
      ...live,
      versionId: 'draft',
      version: 0,
      document: sizeFlow(100),
    });
    const result = await backtestLeads(database.db, {
      orgId: 'org',
      draft: same,
      source: { days: 30 },
      now: fixtureNow,
    });
    expect(result.changed).toBe(0);
    const load = Object.fromEntries(result.reps.map((rep) => [rep.repId, [rep.live, rep.draft]]));
    expect(load).toEqual({ r1: [2, 2], r2: [2, 2], r3: [2, 2] });
  });

  it('lists only the first changes asked for, counting them all', async () => {
    const { database, draft } = await routedLeads();
    const result = await backtestLeads(database.db, {
      orgId: 'org',
      draft,
      source: { days: 30 },
      now: fixtureNow,
      changeLimit: 1,
      present: (change) => ({ ...change, email: 'hidden' }),
    });
    expect(result.changed).toBe(2);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]?.email).toBe('hidden');
  });

  it('leaves out leads older than the window', async () => {
    const { database, draft } = await routedLeads();
    const later = new Date(fixtureNow.getTime() + 2 * 86_400_000);
    const result = await backtestLeads(database.db, {
      orgId: 'org',
      draft,
      source: { days: 1 },
      now: later,
    });
    expect(result).toMatchObject({ total: 0, changed: 0, matrix: [], reps: [] });
  });

  it('runs mapped inputs through the draft and the live version alike', async () => {
    const { database, draft, live } = await routedLeads();
    const before = await rowCounts(database);
    const inputs = [
      { email: 'x@acme.example', employees: '300' },
      { email: 'y@acme.example', employees: '900' },
    ];
    const compared = await backtestLeads(database.db, {
      orgId: 'org',
      draft,
      source: { inputs, live },
      now: fixtureNow,
    });
    expect(compared).toMatchObject({ total: 2, compared: 2, changed: 1 });
    expect(compared.changes[0]).toMatchObject({
      leadId: 'row_1',
      email: 'x@acme.example',
      from: { id: 'rotate' },
      to: { id: 'drop' },
    });
    const alone = await backtestLeads(database.db, {
      orgId: 'org',
      draft,
      source: { inputs, live: null },
      now: fixtureNow,
    });
    expect(alone).toMatchObject({ total: 2, compared: 0, changed: 0 });
    expect(alone.matrix.map((cell) => [cell.from, cell.to.id, cell.count])).toEqual(
      expect.arrayContaining([
        [null, 'drop', 1],
        [null, 'rotate', 1],
      ]),
    );
    expect(await rowCounts(database)).toEqual(before);
  });
});
