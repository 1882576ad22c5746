import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { groupBy, summarizeCells, summarizeLeads } from '@switchyard/reporting';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fixtureNow, node, roundRobinDocument, seedRouting } from '../../test/routing-fixture';
import { publishFlow } from '../admin/flows';
import { openDatabase } from '../open-database';
import { loadLiveFlow } from '../routing/published-flow';
import { experiments, flows, leads, timers } from '../schema';
import { loadReportCells } from './report-cells';
import { loadReportLeads } from './report-leads';

const minute = 60_000;

/** Free e-mails are disqualified; the rest go round robin (touch SLA 30 min), else the pool. */
const screened = {
  ...roundRobinDocument,
  nodes: [
    node('start', 'capture', {}),
    node('screen', 'qualify', { rule: { '!': { var: 'isFreeEmail' } } }),
    node('rotate', 'assign', {
      team: 'sales',
      strategy: { type: 'round_robin' },
      fallback: { pool: 'overflow' },
      touchSlaMinutes: 30,
    }),
    node('overflow', 'pool', { mode: 'blind' }),
    node('drop', 'disqualify', { reason: 'free e-mail' }),
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'screen' },
    { id: 'e2', source: 'screen', sourceHandle: 'pass', target: 'rotate' },
    { id: 'e3', source: 'screen', sourceHandle: 'fail', target: 'drop' },
  ],
};

async function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-report-'));
  const url = `file:${join(dir, 'test.db')}`;
  const database = await openDatabase({ url });
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { database, url };
}

/** Two versions' leads with every outcome, an experiment's arms, SLA timers and reassignments. */
async function seededLeads() {
  const { database } = await tempDatabase();
  const seeded = await seedRouting(database, screened, { dailyCap: 2 });
  const emails = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) =>
      i % 4 === 3 ? `${prefix}${i}@gmail.com` : `${prefix}${i}@company${i % 3}.example`,
    );
  // Version 1: 12 leads; three reps capped at 2 a day, so the last business leads fall back.
  await seeded.routeAll(emails('a', 12).map((email) => seeded.submission(email)));
  // Version 2, the next day: no screening.
  const later = new Date(fixtureNow.getTime() + 24 * 60 * minute);
  const v2 = await database.write(async (tx) => {
    await tx.update(flows).set({ draft: roundRobinDocument }).where(eq(flows.id, seeded.flowId));
    return publishFlow(
      tx,
      { orgId: 'org', flowId: seeded.flowId },
      { ids: seeded.ids, now: later },
    );
  });
  const live = await loadLiveFlow(database.db, seeded.flowId);
  if (!live) throw new Error('no live version 2');
  await seeded.routeAll(
    emails('b', 8).map((email) => seeded.submission(email, { flow: live, now: later })),
  );
  const rows = await database.db.select().from(leads).orderBy(leads.id);
  await database.write(async (tx) => {
    await tx.insert(experiments).values({
      ...{ id: 'exp', orgId: 'org', flowId: seeded.flowId, name: 'Split', status: 'stopped' },
      arms: [{ key: 'a', versionId: v2.versionId, weight: 100 }],
      ...{ startedAt: later, createdBy: 'test' },
    });
    for (const [i, lead] of rows.entries()) {
      const received = lead.receivedAt.getTime();
      const at = (minutes: number) => new Date(received + minutes * minute);
      const touched = lead.ownerRepId !== null && i % 3 !== 0;
      await tx
        .update(leads)
        .set({
          acceptedAt: lead.ownerRepId !== null && i % 2 === 0 ? at(1 + i) : null,
          firstTouchAt: touched ? at(5 + 7 * i) : null,
          ...(touched && i % 4 === 1
            ? { status: 'converted', closedAt: at(200), value: 100 * i }
            : {}),
          reassignCount: i % 5 === 2 ? 1 + (i % 2) : 0,
          ...(lead.flowVersionId === v2.versionId && i % 2 === 0
            ? { experimentId: 'exp', arm: 'a' }
            : {}),
        })
        .where(eq(leads.id, lead.id));
      const outcomes = i % 4 === 0 ? ['reassigned', 'reassigned'] : i % 4 === 1 ? ['stale'] : [];
      // What runTimer counts as the timers fire; the reference counts the timers themselves.
      const slaBreaches = outcomes.filter((outcome) => outcome !== 'stale').length;
      await tx.update(leads).set({ slaBreaches }).where(eq(leads.id, lead.id));
      for (const [n, outcome] of outcomes.entries()) {
        await tx.insert(timers).values({
          ...{ id: `tmr${i}_${n}`, orgId: 'org', leadId: lead.id, kind: 'touch_sla' },
          ...{ dueAt: at(30), doneAt: at(30), outcome },
        });
      }
    }
  });
  const scope = {
    orgId: 'org',
    flowId: seeded.flowId,
    from: new Date(fixtureNow.getTime() - minute),
    to: new Date(later.getTime() + minute),
  };
  return { database, scope, v2 };
}

describe('loadReportCells', () => {
  it('counts in SQL what summarizeLeads counts over every lead row', async () => {
    const { database, scope } = await seededLeads();
    const [cells, rows] = await Promise.all([
      loadReportCells(database.db, scope),
      loadReportLeads(database.db, scope),
    ]);
    expect(rows).toHaveLength(20);
    expect(cells.length).toBeLessThan(rows.length);
    const overall = summarizeLeads(rows, { repIds: ['r1', 'r2', 'r3'] });
    expect(summarizeCells(cells, { repIds: ['r1', 'r2', 'r3'] })).toEqual(overall);
    // The data exercises what the test claims to compare.
    for (const count of [
      'disqualified',
      'fallenBack',
      'accepted',
      'contacted',
      'converted',
    ] as const) {
      expect(overall[count]).toBeGreaterThan(0);
    }
    expect(overall.slaBreaches).toBeGreaterThan(overall.leadsWithSlaBreach);
    expect(overall.reassignments).toBeGreaterThan(overall.leadsReassigned);
    for (const key of ['versionId', 'arm'] as const) {
      const fromCells = groupBy(cells, key).map((g) => [g.key, summarizeCells(g.rows)]);
      const fromRows = groupBy(rows, key).map((g) => [g.key, summarizeLeads(g.rows)]);
      expect(Object.fromEntries(fromCells)).toEqual(Object.fromEntries(fromRows));
    }
    expect(new Set(cells.map((cell) => cell.experimentId))).toEqual(new Set([null, 'exp']));
  });

  it('counts the same cells, in the same order, one version a read thread', async () => {
    const { database, scope, v2 } = await seededLeads();
    const threads = database.reads;
    if (!threads) throw new Error('a file database has read threads');
    const onThreads = await loadReportCells(database.db, scope, threads);
    expect(new Set(onThreads.map((cell) => cell.versionId)).size).toBe(2);
    expect(onThreads.some((cell) => cell.versionId === v2.versionId)).toBe(true);
    expect(onThreads).toEqual(await loadReportCells(database.db, scope));
  });

  it('reads nothing outside the period, and nothing for another organisation', async () => {
    const { database, scope } = await seededLeads();
    const before = { ...scope, from: new Date(0), to: new Date(scope.from.getTime()) };
    for (const threads of [null, database.reads]) {
      expect(await loadReportCells(database.db, before, threads)).toEqual([]);
      expect(await loadReportCells(database.db, { ...scope, orgId: 'other' }, threads)).toEqual([]);
    }
  });
});

describe('migrations 0004 and 0005', () => {
  it('backfill path, fallback and SLA breaches of a lead stored before them', async () => {
    const { database, url } = await tempDatabase();
    const seeded = await seedRouting(database, screened, { dailyCap: 1 });
    const people = ['w@one.example', 'x@two.example', 'y@three.example', 'z@four.example'];
    await seeded.routeAll(people.map((email) => seeded.submission(email)));
    const [first] = await database.db.select().from(leads).orderBy(leads.id);
    if (!first) throw new Error('no lead routed');
    // Two timers fired on the first lead, one of them stale, and one is still due: one breach,
    // as runTimer counted it.
    const timer = { orgId: 'org', leadId: first.id, kind: 'touch_sla' as const, dueAt: fixtureNow };
    await database.write(async (tx) => {
      await tx.insert(timers).values([
        { ...timer, id: 'tmr1', doneAt: fixtureNow, outcome: 'reassigned' },
        { ...timer, id: 'tmr2', doneAt: fixtureNow, outcome: 'stale' },
        { ...timer, id: 'tmr3' },
      ]);
      await tx.update(leads).set({ slaBreaches: 1 }).where(eq(leads.id, first.id));
    });
    const columns = {
      id: leads.id,
      path: leads.path,
      fallback: leads.fallback,
      slaBreaches: leads.slaBreaches,
    };
    const written = await database.db.select(columns).from(leads).orderBy(leads.id);
    // Three reps capped at one lead a day: the fourth falls back to the pool.
    expect(written.map((lead) => lead.fallback)).toEqual([null, null, null, 'pool']);
    expect(written.map((lead) => lead.slaBreaches)).toEqual([1, 0, 0, 0]);
    expect(JSON.parse(written[0]?.path ?? '')).toEqual([
      ['start', ''],
      ['screen', 'pass'],
      ['rotate', null],
    ]);
    // As the lead was before 0004: no copies. Running 0004 and 0005 again fills them in as
    // routing and runTimer did.
    await database.close();
    const client = createClient({ url });
    const db = drizzle(client);
    await db.run(sql`drop index leads_flow_report`);
    for (const column of ['path', 'fallback', 'sla_breaches']) {
      await db.run(sql.raw(`alter table leads drop column ${column}`));
    }
    await db.run(
      sql`delete from __drizzle_migrations where created_at >= (select created_at from __drizzle_migrations order by created_at desc limit 1 offset 1)`,
    );
    await migrate(db, { migrationsFolder: join(import.meta.dirname, '../../drizzle') });
    const backfilled = await db.select(columns).from(leads).orderBy(leads.id);
    client.close();
    expect(backfilled).toEqual(written);
  });
});
