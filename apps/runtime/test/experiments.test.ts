import { createApiCaller } from '@switchyard/api';
import { eq, flows, leads, publishFlow } from '@switchyard/db';
import { armForBucket, bucketIdentity, bucketOf } from '@switchyard/engine';
import { describe, expect, it } from 'vitest';
import { assignFlow, fiveReps, poolFlow } from './flows';
import { postJson } from './http';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

/**
 * A JSON source on a flow whose live version 1 assigns every lead (terminal "route") and whose
 * version 2 pools business e-mails (terminal "pool"); an owner's API caller to run experiments.
 */
async function experimentRuntime() {
  const clock = manualClock('2026-11-20T15:00:00Z');
  const runtime = await startTestRuntime({ clock: clock.now });
  const org = await seedOrg(runtime, {
    teams: { sales: fiveReps },
    flow: assignFlow({ type: 'round_robin' }),
    sources: [{ type: 'json' }],
  });
  const { deps } = runtime;
  const v2 = await deps.database.write(async (tx) => {
    await tx
      .update(flows)
      .set({ draft: poolFlow('blind') })
      .where(eq(flows.id, org.flowId));
    const published = await publishFlow(
      tx,
      { orgId: org.orgId, flowId: org.flowId },
      { ids: deps.ids, now: clock.now() },
    );
    await tx.update(flows).set({ liveVersionId: org.versionId }).where(eq(flows.id, org.flowId));
    return published.versionId;
  });
  const owner = createApiCaller({
    database: deps.database,
    clock: deps.clock,
    ids: deps.ids,
    secrets: deps.secrets,
    orgId: org.orgId,
    principal: { type: 'api_key', keyId: 'key_test', name: 'test', role: 'owner' },
  });
  const source = org.sources[0] as { id: string; apiKey: string };
  const post = (email: string, headers: Record<string, string> = {}) =>
    postJson(
      `${runtime.url}/v1/sources/${source.id}/leads`,
      { email, firstName: 'Sam', company: 'Acme' },
      { authorization: `Bearer ${source.apiKey}`, ...headers },
    );
  const stored = async (leadId: string) =>
    (
      await deps.database.db
        .select({
          experimentId: leads.experimentId,
          arm: leads.arm,
          versionId: leads.flowVersionId,
          terminal: leads.terminalNodeId,
        })
        .from(leads)
        .where(eq(leads.id, leadId))
    )[0];
  // Version 1 as arm "a", version 2 as arm "b", half the buckets each.
  const startFiftyFifty = () =>
    owner.experiment.start({
      flowId: org.flowId,
      arms: [
        { versionId: org.versionId, weight: 50 },
        { versionId: v2, weight: 50 },
      ],
    });
  return { runtime, org, v1: org.versionId, v2, owner, post, stored, startFiftyFifty };
}

const armOf = (email: string) =>
  armForBucket(
    [
      { key: 'a', weight: 50 },
      { key: 'b', weight: 50 },
    ],
    bucketOf(bucketIdentity(email, '')),
  ).key;

// Found by bucket, so the test names one person of each arm instead of hoping for both.
function personIn(arm: string, from: number): string {
  for (let i = from; ; i++) {
    const email = `person${i}@company${i}.example`;
    if (armOf(email) === arm) return email;
  }
}

describe('ingest during an experiment', () => {
  it('routes each person by their arm, every time, and stores experiment, arm and version', async () => {
    const { v1, v2, owner, post, stored, startFiftyFifty } = await experimentRuntime();
    // Before the experiment: the live version, and the source is now in the runtime's cache.
    const before = await post(personIn('b', 0));
    expect(before.status).toBe(201);
    expect(await stored(before.body.leadId)).toEqual({
      experimentId: null,
      arm: null,
      versionId: v1,
      terminal: 'route',
    });

    const experiment = await startFiftyFifty();
    const inA = personIn('a', 0);
    const inB = personIn('b', 0);
    for (const [email, arm, versionId, terminal] of [
      [inA, 'a', v1, 'route'],
      [inB, 'b', v2, 'pool'],
      [inA.toUpperCase(), 'a', v1, 'route'],
      [` ${inB} `, 'b', v2, 'pool'],
    ] as const) {
      const answer = await post(email);
      expect(answer.status).toBe(201);
      expect(answer.body.terminal.id).toBe(terminal);
      expect(await stored(answer.body.leadId)).toEqual({
        experimentId: experiment.id,
        arm,
        versionId,
        terminal,
      });
    }
    expect((await owner.experiment.byId({ id: experiment.id })).arms.map((a) => a.leads)).toEqual([
      2, 2,
    ]);

    // Stopped: the live version routes everyone again, with no experiment on the row.
    await owner.experiment.stop({ id: experiment.id });
    const after = await post(inB);
    expect(await stored(after.body.leadId)).toEqual({
      experimentId: null,
      arm: null,
      versionId: v1,
      terminal: 'route',
    });
  });

  it('replays a repeated delivery with the first answer, and promotes the winner', async () => {
    const { v2, owner, post, stored, startFiftyFifty } = await experimentRuntime();
    const experiment = await startFiftyFifty();
    const inB = personIn('b', 100);
    const first = await post(inB, { 'idempotency-key': 'delivery-1' });
    const replay = await post(inB, { 'idempotency-key': 'delivery-1' });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect((await stored(first.body.leadId))?.arm).toBe('b');

    await owner.experiment.promote({ id: experiment.id, versionId: v2 });
    const inA = personIn('a', 100);
    const promoted = await post(inA);
    // Arm "a" is gone with the experiment: version 2 is live for everyone.
    expect(await stored(promoted.body.leadId)).toEqual({
      experimentId: null,
      arm: null,
      versionId: v2,
      terminal: 'pool',
    });
  });
});
