import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { armForBucket, bucketIdentity, bucketOf } from '@switchyard/engine';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  fixtureNow,
  node,
  roundRobinDocument,
  seededBytes,
  seedRouting,
} from '../../test/routing-fixture';
import { publishFlow } from '../admin/flows';
import { openDatabase } from '../open-database';
import { configVersion, experiments, flows, leads } from '../schema';
import { loadRunningExperiment } from './flow-experiment';
import { currentFingerprints, SourceChangedError } from './source-check';

// Version 1 hands every lead to the team by round robin; version 2 pools every lead. Which
// terminal a lead reached tells which version routed it.
const assignAll = roundRobinDocument;
const poolAll = {
  ...assignAll,
  nodes: [node('start', 'capture', {}), node('waiting', 'pool', { mode: 'blind' })],
  edges: [{ id: 'e1', source: 'start', target: 'waiting' }],
};

// The same "generated" people on every run.
function seededEmails(seed: number, count: number): string[] {
  const bytes = seededBytes(seed);
  return Array.from(
    { length: count },
    () => `p${Buffer.from(bytes(6)).toString('hex')}@people.example`,
  );
}

/** Version 1 live, version 2 published beside it, and a running 50/50 experiment of the two. */
async function seededExperiment() {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-experiment-'));
  const database = await openDatabase({ url: `file:${join(dir, 'test.db')}` });
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const seeded = await seedRouting(database, assignAll);
  const { flowId, ids } = seeded;
  const versions = await database.write(async (tx) => {
    const [flow] = await tx.select().from(flows).where(eq(flows.id, flowId));
    const v1 = flow?.liveVersionId ?? '';
    await tx.update(flows).set({ draft: poolAll }).where(eq(flows.id, flowId));
    const v2 = await publishFlow(tx, { orgId: 'org', flowId }, { ids, now: fixtureNow });
    // Publishing made version 2 live; version 1 stays live and version 2 runs in the experiment.
    await tx.update(flows).set({ liveVersionId: v1 }).where(eq(flows.id, flowId));
    return { v1, v2: v2.versionId };
  });
  const start = (id = 'exp1') =>
    database.write((tx) =>
      tx.insert(experiments).values({
        id,
        orgId: 'org',
        flowId,
        name: 'Rotate or pool',
        arms: [
          { key: 'a', versionId: versions.v1, weight: 50 },
          { key: 'b', versionId: versions.v2, weight: 50 },
        ],
        status: 'running',
        startedAt: fixtureNow,
        createdBy: 'test',
      }),
    );
  return { database, ...seeded, ...versions, start };
}

const armOf = (email: string) =>
  armForBucket(
    [
      { key: 'a', weight: 50 },
      { key: 'b', weight: 50 },
    ],
    bucketOf(bucketIdentity(email, 'unused')),
  ).key;

describe('routing with a running experiment', () => {
  it('routes each lead by the arm of its bucket and records experiment, arm and version', async () => {
    const { database, flowId, v1, v2, start, submission, routeAll } = await seededExperiment();
    await start();
    const experiment = await loadRunningExperiment(database.db, flowId);
    expect(experiment?.arms.map((arm) => [arm.key, arm.flow.versionId])).toEqual([
      ['a', v1],
      ['b', v2],
    ]);
    const people = seededEmails(7, 20);
    // Each person twice, the second time with different capitalisation: same bucket, same arm.
    await routeAll(people.map((email) => submission(email, { experiment })));
    await routeAll(people.map((email) => submission(email.toUpperCase(), { experiment })));
    const rows = await database.db
      .select({
        email: leads.email,
        experimentId: leads.experimentId,
        arm: leads.arm,
        versionId: leads.flowVersionId,
        terminal: leads.terminalNodeId,
      })
      .from(leads)
      .orderBy(asc(leads.receivedAt), asc(leads.id));
    expect(rows).toHaveLength(40);
    for (const row of rows) {
      const arm = armOf(row.email ?? '');
      expect(row).toMatchObject({
        experimentId: 'exp1',
        arm,
        versionId: arm === 'a' ? v1 : v2,
        terminal: arm === 'a' ? 'rotate' : 'waiting',
      });
    }
    expect(new Set(rows.map((row) => row.arm))).toEqual(new Set(['a', 'b']));
  });

  it('splits 1,000 generated people close to 50/50', async () => {
    const { database, flowId, start, submission, routeAll } = await seededExperiment();
    await start();
    const experiment = await loadRunningExperiment(database.db, flowId);
    const people = seededEmails(2026, 1000);
    for (let i = 0; i < people.length; i += 250) {
      await routeAll(people.slice(i, i + 250).map((email) => submission(email, { experiment })));
    }
    const rows = await database.db.select({ arm: leads.arm }).from(leads);
    const inA = rows.filter((row) => row.arm === 'a').length;
    expect(rows).toHaveLength(1000);
    // Binomial(1000, 0.5): the standard deviation is 15.8, so ±50 is more than three of them.
    expect(inA).toBeGreaterThan(450);
    expect(inA).toBeLessThan(550);
  });

  it('routes by the live version, with no experiment on the row, once none runs', async () => {
    const { database, flowId, v1, start, submission, routeAll } = await seededExperiment();
    expect(await loadRunningExperiment(database.db, flowId)).toBeNull();
    await start();
    await database.write((tx) =>
      tx.update(experiments).set({ status: 'stopped', stoppedAt: fixtureNow }),
    );
    const experiment = await loadRunningExperiment(database.db, flowId);
    expect(experiment).toBeNull();
    await routeAll(seededEmails(3, 10).map((email) => submission(email, { experiment })));
    const rows = await database.db
      .select({ experimentId: leads.experimentId, arm: leads.arm, version: leads.flowVersionId })
      .from(leads);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => JSON.stringify(row)))).toEqual(
      new Set([JSON.stringify({ experimentId: null, arm: null, version: v1 })]),
    );
  });

  it('raises the configuration version and refuses a lead checked before the start', async () => {
    const { database, start, submission, routeAll } = await seededExperiment();
    const before = (await currentFingerprints(database.db, ['src'])).get('src');
    const ok = await routeAll([submission('ana@acme.example', { checkedSource: before })]);
    expect(ok[0]?.status).toBe('fulfilled');
    const version = async () => (await database.db.select().from(configVersion))[0]?.version ?? 0;
    const was = await version();
    await start();
    expect(await version()).toBeGreaterThan(was);
    const refused = await routeAll([submission('ben@acme.example', { checkedSource: before })]);
    expect(refused[0]).toMatchObject({ status: 'rejected' });
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(SourceChangedError);
    expect((await currentFingerprints(database.db, ['src'])).get('src')).not.toBe(before);
  });

  it('refuses a second running experiment of one flow in the database itself', async () => {
    const { start } = await seededExperiment();
    await start('exp1');
    await expect(start('exp2')).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/UNIQUE constraint failed: experiments.flow_id/) },
    });
  });
});
