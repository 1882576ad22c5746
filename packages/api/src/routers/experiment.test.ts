import { asc, auditLog, eq, flows, leads } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import {
  insertLead,
  memberAs,
  onMarchThird,
  openApi,
  publishedRoundRobin,
  rejectionOf,
  roundRobinTemplate,
  type TestApi,
} from '../../test/api-fixture';

/** The round-robin flow published twice: version 1 (first) and version 2 (live). */
async function twoVersions(api: TestApi) {
  const setup = await publishedRoundRobin(api.a);
  const changed = { ...roundRobinTemplate, description: 'second take' };
  await api.a.flow.saveDraft({ id: setup.flowId, draft: changed, baseRevision: 1 });
  const second = await api.a.flow.publish({ id: setup.flowId, note: 'second' });
  return { ...setup, v1: setup.versionId, v2: second.versionId };
}

const fiftyFifty = (v1: string, v2: string) => [
  { versionId: v1, weight: 50 },
  { versionId: v2, weight: 50 },
];

const liveVersionOf = async (api: TestApi, flowId: string) =>
  (await api.database.db.select().from(flows).where(eq(flows.id, flowId)))[0]?.liveVersionId;

describe('experiment.start', () => {
  it('starts a 50/50 experiment of two published versions, arms keyed a and b', async () => {
    const api = await openApi();
    const { flowId, v1, v2 } = await twoVersions(api);
    const started = await api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v2) });
    expect(started).toMatchObject({
      flowId,
      name: 'Version 1 vs Version 2',
      status: 'running',
      startedAt: '2025-03-03T10:00:00.000Z',
      stoppedAt: null,
      createdBy: 'usr_owner@members.example',
      arms: [
        { key: 'a', versionId: v1, version: 1, weight: 50, leads: 0, converted: 0 },
        { key: 'b', versionId: v2, version: 2, weight: 50, leads: 0, converted: 0 },
      ],
    });
    // Starting does not change which version is live.
    expect(await liveVersionOf(api, flowId)).toBe(v2);
  });

  it('refuses weights that do not add up to 100', async () => {
    const api = await openApi();
    const { flowId, v1, v2 } = await twoVersions(api);
    const refused = await rejectionOf(
      api.a.experiment.start({
        flowId,
        arms: [
          { versionId: v1, weight: 60 },
          { versionId: v2, weight: 30 },
        ],
      }),
    );
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'invalid_input',
      message: 'The shares must add up to 100 percent; they add up to 90.',
    });
  });

  it('refuses one version, or the same version twice', async () => {
    const api = await openApi();
    const { flowId, v1 } = await twoVersions(api);
    const single = await rejectionOf(
      api.a.experiment.start({ flowId, arms: [{ versionId: v1, weight: 100 }] }),
    );
    expect(single).toMatchObject({
      appCode: 'invalid_input',
      message: 'An experiment compares between 2 and 4 versions; this one has 1.',
    });
    const twice = await rejectionOf(api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v1) }));
    expect(twice).toMatchObject({
      appCode: 'invalid_input',
      message: 'Choose a different version for every arm.',
    });
  });

  it("refuses another flow's version as version_not_found", async () => {
    const api = await openApi();
    const { flowId, v1 } = await twoVersions(api);
    const other = await api.a.template.import({
      document: roundRobinTemplate,
      teamMap: { sales: (await api.a.team.list())[0]?.id ?? '' },
    });
    const otherVersion = await api.a.flow.publish({ id: other.id });
    const refused = await rejectionOf(
      api.a.experiment.start({ flowId, arms: fiftyFifty(v1, otherVersion.versionId) }),
    );
    expect(refused).toMatchObject({ code: 'NOT_FOUND', appCode: 'version_not_found' });
  });

  it('refuses a second running experiment of the same flow', async () => {
    const api = await openApi();
    const { flowId, v1, v2 } = await twoVersions(api);
    await api.a.experiment.start({ flowId, name: 'Spring test', arms: fiftyFifty(v1, v2) });
    const refused = await rejectionOf(api.a.experiment.start({ flowId, arms: fiftyFifty(v2, v1) }));
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      appCode: 'experiment_running',
      message: '"Round robin" is already running the experiment "Spring test"; stop it first.',
    });
  });
});

describe('experiment.stop and experiment.promote', () => {
  it('stops a running experiment, keeps the live version, and refuses to stop it twice', async () => {
    const api = await openApi();
    const { flowId, v1, v2 } = await twoVersions(api);
    const { id } = await api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v2) });
    api.advance(60_000);
    const stopped = await api.a.experiment.stop({ id });
    expect(stopped).toMatchObject({ status: 'stopped', stoppedAt: '2025-03-03T10:01:00.000Z' });
    expect(await liveVersionOf(api, flowId)).toBe(v2);
    const again = await rejectionOf(api.a.experiment.stop({ id }));
    expect(again).toMatchObject({
      code: 'CONFLICT',
      appCode: 'invalid_transition',
      message: 'The experiment "Version 1 vs Version 2" is already stopped.',
    });
    // Stopped, the flow may run a new experiment.
    await expect(
      api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v2) }),
    ).resolves.toMatchObject({ status: 'running' });
  });

  it('promotes the winner: it stops the experiment and makes that version live', async () => {
    const api = await openApi();
    const { flowId, v1, v2 } = await twoVersions(api);
    const { id } = await api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v2) });
    const promoted = await api.a.experiment.promote({ id, versionId: v1 });
    expect(promoted).toMatchObject({
      status: 'promoted',
      promotedVersionId: v1,
      stoppedAt: '2025-03-03T10:00:00.000Z',
    });
    expect(await liveVersionOf(api, flowId)).toBe(v1);
    const versions = await api.a.flow.versions({ id: flowId });
    // No copy published: the winner keeps its version id and number.
    expect(versions.map((v) => [v.version, v.live])).toEqual([
      [2, false],
      [1, true],
    ]);
    const again = await rejectionOf(api.a.experiment.promote({ id, versionId: v2 }));
    expect(again).toMatchObject({ appCode: 'invalid_transition' });
  });

  it('refuses to promote a version that is not an arm', async () => {
    const api = await openApi();
    const { flowId, v1, v2 } = await twoVersions(api);
    const { id } = await api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v2) });
    const refused = await rejectionOf(api.a.experiment.promote({ id, versionId: 'ver_other' }));
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'invalid_input',
      message: 'Version "ver_other" is not one of the experiment\'s arms.',
    });
    expect(await liveVersionOf(api, flowId)).toBe(v2);
  });

  it('writes every start, stop and promotion to the audit log', async () => {
    const api = await openApi();
    const { flowId, v1, v2 } = await twoVersions(api);
    const minute = () => api.advance(60_000);
    const first = await api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v2) });
    minute();
    await api.a.experiment.stop({ id: first.id });
    minute();
    const second = await api.a.experiment.start({ flowId, arms: fiftyFifty(v2, v1) });
    minute();
    await api.a.experiment.promote({ id: second.id, versionId: v1 });
    const entries = await api.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetType, 'experiment'))
      .orderBy(asc(auditLog.at));
    expect(entries.map((e) => [e.action, e.targetId, e.actorLabel])).toEqual([
      ['experiment.started', first.id, 'usr_owner@members.example'],
      ['experiment.stopped', first.id, 'usr_owner@members.example'],
      ['experiment.started', second.id, 'usr_owner@members.example'],
      ['experiment.promoted', second.id, 'usr_owner@members.example'],
    ]);
    expect(entries[3]).toMatchObject({
      before: { status: 'running', liveVersionId: v2 },
      after: { status: 'promoted', liveVersionId: v1, version: 1 },
    });
  });

  it('lets a viewer read experiments but not start one', async () => {
    const api = await openApi();
    const { flowId, v1, v2 } = await twoVersions(api);
    const viewer = api.callerFor('org_a', memberAs('viewer'));
    const refused = await rejectionOf(
      viewer.experiment.start({ flowId, arms: fiftyFifty(v1, v2) }),
    );
    expect(refused).toMatchObject({ appCode: 'not_allowed' });
    await api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v2) });
    expect(await viewer.experiment.list({ flowId })).toHaveLength(1);
  });
});

describe('experiment.list and experiment.byId', () => {
  it('counts the leads each arm routed and converted, newest experiment first', async () => {
    const api = await openApi();
    const { flowId, v1, v2, leadBase } = await twoVersions(api);
    const old = await api.a.experiment.start({ flowId, name: 'Old', arms: fiftyFifty(v1, v2) });
    await api.a.experiment.stop({ id: old.id });
    api.advance(3_600_000);
    const current = await api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v2) });
    const routed = [
      ['lead_1', 'a', v1, 'converted'],
      ['lead_2', 'a', v1, 'assigned'],
      ['lead_3', 'b', v2, 'converted'],
      ['lead_4', 'b', v2, 'converted'],
      ['lead_5', 'b', v2, 'assigned'],
    ] as const;
    for (const [id, arm, versionId, status] of routed) {
      await insertLead(api.database, {
        ...leadBase,
        id,
        versionId,
        status,
        receivedAt: onMarchThird(11),
      });
      await api.database.write((tx) =>
        tx.update(leads).set({ experimentId: current.id, arm }).where(eq(leads.id, id)),
      );
    }
    // A lead outside any experiment counts for neither.
    await insertLead(api.database, { ...leadBase, id: 'lead_6', receivedAt: onMarchThird(11) });
    const byId = await api.a.experiment.byId({ id: current.id });
    expect(byId.arms.map((arm) => [arm.key, arm.leads, arm.converted])).toEqual([
      ['a', 2, 1],
      ['b', 3, 2],
    ]);
    const list = await api.a.experiment.list({ flowId });
    expect(list.map((e) => [e.id, e.status, e.arms[0]?.leads])).toEqual([
      [current.id, 'running', 2],
      [old.id, 'stopped', 0],
    ]);
  });

  it("answers not found for another organisation's experiment and flow", async () => {
    const api = await openApi();
    const { flowId, v1, v2 } = await twoVersions(api);
    const { id } = await api.a.experiment.start({ flowId, arms: fiftyFifty(v1, v2) });
    const refused = await Promise.all([
      rejectionOf(api.b.experiment.byId({ id })),
      rejectionOf(api.b.experiment.stop({ id })),
      rejectionOf(api.b.experiment.promote({ id, versionId: v1 })),
      rejectionOf(api.b.experiment.list({ flowId })),
      rejectionOf(api.b.experiment.start({ flowId, arms: fiftyFifty(v1, v2) })),
    ]);
    expect(refused.map((r) => [r.code, r.appCode])).toEqual([
      ['NOT_FOUND', 'experiment_not_found'],
      ['NOT_FOUND', 'experiment_not_found'],
      ['NOT_FOUND', 'experiment_not_found'],
      ['NOT_FOUND', 'flow_not_found'],
      ['NOT_FOUND', 'flow_not_found'],
    ]);
    expect((await api.a.experiment.byId({ id })).status).toBe('running');
  });
});
