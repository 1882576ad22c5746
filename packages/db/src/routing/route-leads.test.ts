import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { node, seedRouting } from '../../test/routing-fixture';
import { openDatabase } from '../open-database';
import { leads, repDayCounts, sources } from '../schema';

// capture → match(email) → matched: the owner; new: round robin. Fallback: pool "overflow".
const flowDocument = {
  format: 'switchyard.flow/1',
  name: 'Batch test',
  teams: [{ key: 'sales', label: 'Sales' }],
  nodes: [
    node('start', 'capture', {}),
    node('known', 'match', { by: 'email', withinDays: 30 }),
    node('owner', 'assign', {
      team: 'sales',
      strategy: { type: 'match_owner' },
      fallback: { pool: 'overflow' },
    }),
    node('rotate', 'assign', {
      team: 'sales',
      strategy: { type: 'round_robin' },
      fallback: { pool: 'overflow' },
    }),
    node('overflow', 'pool', { mode: 'blind' }),
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'known' },
    { id: 'e2', source: 'known', sourceHandle: 'matched', target: 'owner' },
    { id: 'e3', source: 'known', sourceHandle: 'new', target: 'rotate' },
  ],
};

async function seeded(writerThread: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-batch-'));
  const database = await openDatabase({ url: `file:${join(dir, 'test.db')}`, writerThread });
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { database, ...(await seedRouting(database, flowDocument, { dailyCap: 2 })) };
}

// On the writer thread (a batch crosses as data, `route-wire.ts`) and on the calling thread.
describe.each([
  { where: 'on the writer thread', writerThread: true },
  { where: 'on the calling thread', writerThread: false },
])('routeLeads over one batch, $where', ({ writerThread }) => {
  it('routes in order: round robin and daily caps count the batch’s own assignments', async () => {
    const { database, submission, routeAll } = await seeded(writerThread);
    const results = await routeAll(
      Array.from({ length: 8 }, (_, i) => submission(`p${i}@acme.example`)),
    );
    const owners = results.map((r) =>
      r.status === 'fulfilled' ? (r.value.assignee?.repId ?? r.value.pool?.nodeId) : 'failed',
    );
    expect(owners).toEqual(['r1', 'r2', 'r3', 'r1', 'r2', 'r3', 'overflow', 'overflow']);
    const counts = await database.db
      .select({ repId: repDayCounts.repId, count: repDayCounts.count })
      .from(repDayCounts)
      .orderBy(asc(repDayCounts.repId));
    expect(counts).toEqual([
      { repId: 'r1', count: 2 },
      { repId: 'r2', count: 2 },
      { repId: 'r3', count: 2 },
    ]);
    // The next batch reads the stored counts: everyone is at the cap.
    const next = await routeAll([submission('later@acme.example')]);
    expect(next[0]).toMatchObject({ status: 'fulfilled', value: { status: 'pooled' } });
  });

  it('sends a person seen earlier in the same batch to that lead’s owner', async () => {
    const { submission, routeAll } = await seeded(writerThread);
    const results = await routeAll([
      submission('ana@acme.example'),
      submission('ben@acme.example'),
      submission('ANA@acme.example'),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.terminal.id : 'failed'))).toEqual(
      ['rotate', 'rotate', 'owner'],
    );
    expect(results[2]).toMatchObject({ status: 'fulfilled', value: { assignee: { repId: 'r1' } } });
  });

  it('answers a key repeated inside one batch with the first answer and stores one lead', async () => {
    const { database, submission, routeAll } = await seeded(writerThread);
    const results = await routeAll([
      submission('ana@acme.example', { idempotencyKey: 'delivery-1' }),
      submission('ana@acme.example', { idempotencyKey: 'delivery-1' }),
    ]);
    const [first, second] = results.map((r) => (r.status === 'fulfilled' ? r.value : null));
    expect(first?.replayed).toBe(false);
    expect(second?.replayed).toBe(true);
    expect(second?.leadId).toBe(first?.leadId);
    expect(await database.db.select({ id: leads.id }).from(leads)).toHaveLength(1);
  });

  it('fails a lead that cannot be routed alone, and stores the others', async () => {
    const { database, submission, routeAll } = await seeded(writerThread);
    const good = submission('ana@acme.example');
    const broken = submission('ben@acme.example');
    // A version that cannot route: on the writer thread it is loaded by its id (gone), on the
    // calling thread its decider throws.
    broken.flow = {
      ...broken.flow,
      versionId: 'fv_gone',
      decide: () => {
        throw new Error('this version cannot decide');
      },
    };
    const results = await routeAll([good, broken, submission('cy@acme.example')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const stored = await database.db.select({ id: leads.id }).from(leads).orderBy(asc(leads.id));
    expect(stored.map((row) => row.id)).toEqual([good.leadId, 'lead3']);
    // The failed lead took no turn: the third lead went to the next rep after the first.
    expect(results[2]).toMatchObject({ status: 'fulfilled', value: { assignee: { repId: 'r2' } } });
  });

  it('fails a lead that cannot cross to the writer alone; the leads after it are answered', async () => {
    const { database, submission, routeAll } = await seeded(writerThread);
    const hostile = submission('deep@acme.example');
    // 10,000 nested arrays: the structured clone to the thread throws a RangeError.
    let deep: unknown[] = [];
    for (let level = 0; level < 10_000; level++) deep = [deep];
    hostile.input = { ...hostile.input, company: deep };
    // In one batch with others: only it fails (on the calling thread nothing crosses at all).
    const together = await routeAll([submission('cy@acme.example'), hostile]);
    expect(together[0]?.status).toBe('fulfilled');
    if (writerThread) expect(together[1]?.status).toBe('rejected');
    const after = await routeAll([submission('ana@acme.example'), submission('ben@acme.example')]);
    expect(after.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const stored = await database.db.select({ email: leads.email }).from(leads);
    expect(stored.map((row) => row.email)).toEqual(
      expect.arrayContaining(['ana@acme.example', 'ben@acme.example']),
    );
  });

  it('refuses every lead of a batch once the database is closed, and stores none', async () => {
    const { database, submission, routeAll } = await seeded(writerThread);
    const path = database.url.slice('file:'.length);
    await database.close();
    const results = await routeAll([
      submission('ana@acme.example'),
      submission('ben@acme.example'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const reopened = await openDatabase({ url: `file:${path}`, writerThread });
    onTestFinished(() => reopened.close());
    expect(await reopened.db.select({ id: leads.id }).from(leads)).toHaveLength(0);
  });

  it('refuses a lead checked against a source that changed since, and writes nothing', async () => {
    const { database, submission, routeAll } = await seeded(writerThread);
    const results = await routeAll([submission('ana@acme.example', { checkedSource: 'stale' })]);
    expect(results[0]).toMatchObject({
      status: 'rejected',
      reason: { name: 'SourceChangedError' },
    });
    expect(await database.db.select({ id: leads.id }).from(leads)).toHaveLength(0);
    const [source] = await database.db.select().from(sources).where(eq(sources.id, 'src'));
    expect(source?.enabled).toBe(true);
  });
});
