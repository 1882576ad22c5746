import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fixtureNow, roundRobinDocument, seedRouting } from '../../test/routing-fixture';
import { openDatabase } from '../open-database';
import {
  configVersion,
  organizations,
  outbox,
  reps,
  sources,
  teamMembers,
  teams,
  webhookEndpoints,
} from '../schema';
import { ConfigCache } from './config-cache';
import { SourceChangedError, sourceFingerprint } from './source-check';

// Two handles on one file, as two runtime processes have: `other` changes the configuration
// while `database` keeps its cache between batches.
async function twoHandles() {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-config-'));
  const url = `file:${join(dir, 'test.db')}`;
  const database = await openDatabase({ url });
  const other = await openDatabase({ url });
  onTestFinished(async () => {
    await database.close();
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { database, other, ...(await seedRouting(database, roundRobinDocument)) };
}

const version = async (db: Awaited<ReturnType<typeof openDatabase>>['db']) =>
  (await db.select().from(configVersion))[0]?.version;

describe('configuration cached between batches', () => {
  it('sees a rep switched off by another process in the very next batch', async () => {
    const { other, submission, routeAll } = await twoHandles();
    const first = await routeAll([submission('a@acme.example'), submission('b@acme.example')]);
    expect(first.map((r) => r.status === 'fulfilled' && r.value.assignee?.repId)).toEqual([
      'r1',
      'r2',
    ]);
    await other.write((tx) => tx.update(reps).set({ active: false }).where(eq(reps.id, 'r3')));
    const next = await routeAll([submission('c@acme.example')]);
    expect(next[0]?.status === 'fulfilled' && next[0].value.assignee?.repId).toBe('r1');
  });

  it('sees team membership changed by another process', async () => {
    const { other, submission, routeAll } = await twoHandles();
    await routeAll([submission('a@acme.example')]);
    await other.write((tx) => tx.delete(teamMembers).where(eq(teamMembers.repId, 'r2')));
    const next = await routeAll([submission('b@acme.example'), submission('c@acme.example')]);
    expect(next.map((r) => r.status === 'fulfilled' && r.value.assignee?.repId)).not.toContain(
      'r2',
    );
  });

  it('writes outbox rows for a webhook endpoint another process added', async () => {
    const { database, other, submission, routeAll } = await twoHandles();
    await routeAll([submission('a@acme.example')]);
    expect(await database.db.select().from(outbox)).toHaveLength(0);
    await other.write((tx) =>
      tx.insert(webhookEndpoints).values({
        id: 'hook',
        orgId: 'org',
        url: 'https://crm.example/hook',
        sealedSecret: 'sealed',
        events: ['lead.assigned'],
        createdAt: fixtureNow,
      }),
    );
    await routeAll([submission('b@acme.example')]);
    expect(await database.db.select({ id: outbox.endpointId }).from(outbox)).toEqual([
      { id: 'hook' },
    ]);
  });

  it('refuses a lead checked against a source another process has changed since', async () => {
    const { database, other, submission, routeAll } = await twoHandles();
    const [row] = await database.db.select().from(sources).where(eq(sources.id, 'src'));
    if (!row) throw new Error('no source');
    const checked = sourceFingerprint(row, submission('x@acme.example').flow.versionId);
    const ok = await routeAll([submission('a@acme.example', { checkedSource: checked })]);
    expect(ok[0]?.status).toBe('fulfilled');
    await other.write((tx) => tx.update(sources).set({ enabled: false }));
    const refused = await routeAll([submission('b@acme.example', { checkedSource: checked })]);
    expect(refused[0]?.status === 'rejected' && refused[0].reason).toBeInstanceOf(
      SourceChangedError,
    );
  });

  it('raises the version on every insert, update and delete of a configuration table', async () => {
    const { database } = await twoHandles();
    let last = await version(database.db);
    const changes = [
      () =>
        database.write((tx) =>
          tx.insert(teams).values({ id: 't2', orgId: 'org', name: 'T2', createdAt: fixtureNow }),
        ),
      () => database.write((tx) => tx.update(teams).set({ name: 'Two' }).where(eq(teams.id, 't2'))),
      () => database.write((tx) => tx.delete(teams).where(eq(teams.id, 't2'))),
      () => database.write((tx) => tx.update(reps).set({ name: 'R' }).where(eq(reps.id, 'r1'))),
      () =>
        database.write((tx) =>
          tx.update(teamMembers).set({ weight: 2 }).where(eq(teamMembers.repId, 'r1')),
        ),
      () => database.write((tx) => tx.update(sources).set({ ratePerMinute: 5 })),
    ];
    for (const change of changes) {
      await change();
      const now = await version(database.db);
      expect(now).toBeGreaterThan(last as number);
      last = now;
    }
  });

  it('keeps each organisation’s reps apart', async () => {
    const { database } = await twoHandles();
    await database.write((tx) =>
      tx.insert(organizations).values({ id: 'org2', name: 'Other', createdAt: fixtureNow }),
    );
    const cache = new ConfigCache();
    const ids = await database.write(async (tx) => [
      (await cache.profiles(tx, 'org2', ['r1'])).map((p) => p.id),
      (await cache.profiles(tx, 'org', ['r1', 'nobody', 'r2'])).map((p) => p.id),
      (await cache.profiles(tx, 'org2', ['r1'])).map((p) => p.id),
    ]);
    expect(ids).toEqual([[], ['r1', 'r2'], []]);
  });
});
