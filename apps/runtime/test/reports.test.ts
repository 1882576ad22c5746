import { eq, leads } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { screenedAssignFlow } from './flows';
import { type AnyJson, leadBody, postJson } from './http';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

const minute = 60_000;

describe('report.flow over ingested leads and their outcomes', () => {
  it('counts, times and converts exactly, per routing version', async () => {
    const clock = manualClock('2026-11-02T09:00:00Z');
    const runtime = await startTestRuntime({ clock: clock.now });
    const org = await seedOrg(runtime, {
      teams: {
        sales: [
          { id: 'r1', name: 'Ana' },
          { id: 'r2', name: 'Ben' },
        ],
      },
      flow: screenedAssignFlow,
      sources: [{ type: 'json' }],
    });
    const source = org.sources[0] as { id: string; apiKey: string };
    const admin = { authorization: `Bearer ${org.adminKey}` };
    const send = async (i: number, email?: string) => {
      const answer = await postJson(
        `${runtime.url}/v1/sources/${source.id}/leads`,
        leadBody(i, email ? { email } : {}),
        { authorization: `Bearer ${source.apiKey}` },
      );
      expect(answer.status).toBe(201);
      clock.advance(minute);
      return answer.body.leadId as string;
    };
    const event = async (leadId: string, body: Record<string, unknown>) => {
      const answer = await postJson(`${runtime.url}/v1/leads/${leadId}/events`, body, admin);
      expect(answer.status).toBe(200);
    };
    const trpc = async (path: string, input: unknown, mutation = false): Promise<AnyJson> => {
      const url = `${runtime.url}/trpc/${path}`;
      const response = mutation
        ? await postJson(url, input, admin)
        : await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, {
            headers: admin,
          }).then(async (r) => ({ status: r.status, body: await r.json() }));
      expect(response.status).toBe(200);
      return response.body.result.data;
    };

    // Version 1: four business leads (round robin r1, r2, r1, r2) and two free e-mails.
    const [a, b, c, d] = [await send(1), await send(2), await send(3), await send(4)];
    await send(5, 'someone@gmail.com');
    await send(6, 'else@yahoo.com');
    clock.advance(5 * minute);
    await event(a as string, { type: 'accepted' });
    clock.advance(5 * minute);
    await event(a as string, { type: 'contacted' });
    await event(a as string, { type: 'converted', value: 1000 });
    await event(b as string, { type: 'accepted' });
    await event(b as string, { type: 'lost', reason: 'no budget' });
    clock.advance(10 * minute);
    await event(c as string, { type: 'contacted' });
    await event(c as string, { type: 'converted', value: 500 });
    void d;

    // Version 2 screens nobody out; its two leads convert once.
    const draft = await trpc('flow.byId', { id: org.flowId });
    const open = {
      ...draft.draft,
      nodes: draft.draft.nodes.map((n: AnyJson) =>
        n.id === 'screen' ? { ...n, config: { rule: true } } : n,
      ),
    };
    await trpc(
      'flow.saveDraft',
      { id: org.flowId, draft: open, baseRevision: draft.draftRevision },
      true,
    );
    const v2 = await trpc('flow.publish', { id: org.flowId, note: 'everyone qualifies' }, true);
    clock.advance(minute);
    const e = await send(7, 'third@gmail.com');
    await send(8);
    await event(e, { type: 'converted', value: 200 });

    const report = await trpc('report.flow', {
      flowId: org.flowId,
      from: '2026-11-02T00:00:00.000Z',
      to: '2026-11-03T00:00:00.000Z',
    });
    expect(report.versions.map((v: AnyJson) => [v.version, v.summary.leads])).toEqual([
      [2, 2],
      [1, 6],
    ]);
    const v1 = report.versions[1].summary;
    expect(v1).toMatchObject({
      leads: 6,
      qualified: 4,
      disqualified: 2,
      disqualifiedByReason: [{ reason: 'free e-mail', leads: 2 }],
      assigned: 4,
      pooled: 0,
      fallenBack: 0,
      accepted: 2,
      // A lost lead was touched too: any rep action but "accepted" is a first touch.
      contacted: 3,
      converted: 2,
      revenue: 1500,
      revenuePerLead: 250,
    });
    // Received 09:00, 09:01, 09:02; first touched 09:16 (contacted), 09:16 (lost), 09:26.
    expect(v1.timeToFirstTouch).toMatchObject({ count: 3, median: 16 * minute });
    expect(v1.conversion.rate).toBeCloseTo(2 / 6, 10);
    expect(v1.reps).toEqual([
      expect.objectContaining({ repId: 'r1', leads: 2, converted: 2, share: 0.5 }),
      expect.objectContaining({ repId: 'r2', leads: 2, converted: 0, share: 0.5 }),
    ]);
    expect(v1.edges).toEqual(
      expect.arrayContaining([
        { from: 'start', output: '', to: 'screen', leads: 6 },
        { from: 'screen', output: 'pass', to: 'reps', leads: 4 },
        { from: 'screen', output: 'fail', to: 'drop', leads: 2 },
      ]),
    );
    // A lead routed by version 2 counts for version 2, whenever it converts.
    expect(report.versions[0]).toMatchObject({
      versionId: v2.versionId,
      note: 'everyone qualifies',
      summary: { leads: 2, disqualified: 0, converted: 1, revenue: 200 },
    });
    expect(report.overall).toMatchObject({ leads: 8, converted: 3 });
    expect(report.comparison).toMatchObject({
      versionA: v2.versionId,
      liftPoints: expect.any(Number),
      verdict: { kind: 'not_enough_data' },
    });
    expect(report.comparison.verdict.sentence).toMatch(/^Not enough data yet/);
    expect(report.repNames).toMatchObject({ r1: 'Ana', r2: 'Ben' });
    expect(report.experiments).toEqual([]);

    // An experiment: versions 1 and 2 side by side, 50/50 by bucket.
    const started = await trpc(
      'experiment.start',
      {
        flowId: org.flowId,
        name: 'Screen or not',
        arms: [
          { versionId: org.versionId, weight: 50 },
          { versionId: v2.versionId, weight: 50 },
        ],
      },
      true,
    );
    const inExperiment: string[] = [];
    for (let i = 20; i < 40; i++) inExperiment.push(await send(i));
    await event(inExperiment[0] as string, { type: 'converted', value: 50 });
    const rows = await runtime.database.db
      .select({ id: leads.id, arm: leads.arm })
      .from(leads)
      .where(eq(leads.experimentId, started.id));
    const perArm = (arm: string) => rows.filter((row) => row.arm === arm).length;
    expect(rows).toHaveLength(20);
    const withExperiment = await trpc('report.flow', {
      flowId: org.flowId,
      from: '2026-11-02T00:00:00.000Z',
      to: '2026-11-03T00:00:00.000Z',
    });
    const [experiment] = withExperiment.experiments;
    expect(experiment).toMatchObject({ id: started.id, name: 'Screen or not', status: 'running' });
    expect(
      experiment.arms.map((arm: AnyJson) => [arm.key, arm.version, arm.summary.leads]),
    ).toEqual([
      ['a', 1, perArm('a')],
      ['b', 2, perArm('b')],
    ]);
    expect(experiment.arms[0].summary.converted + experiment.arms[1].summary.converted).toBe(1);
    expect(experiment.comparison.verdict.sentence).toMatch(/^Not enough data yet/);
  });

  it('refuses a period that runs backwards, and another organisation’s flow', async () => {
    const runtime = await startTestRuntime();
    const org = await seedOrg(runtime, {
      teams: { sales: [{ id: 'x1' }] },
      flow: screenedAssignFlow,
      sources: [],
    });
    const other = await seedOrg(runtime, {
      teams: { sales: [{ id: 'y1' }] },
      flow: screenedAssignFlow,
      sources: [],
    });
    const ask = (flowId: string, from: string, to: string) =>
      fetch(
        `${runtime.url}/trpc/report.flow?input=${encodeURIComponent(JSON.stringify({ flowId, from, to }))}`,
        { headers: { authorization: `Bearer ${org.adminKey}` } },
      ).then(async (r) => ({ status: r.status, body: (await r.json()) as AnyJson }));
    const backwards = await ask(org.flowId, '2026-11-03T00:00:00Z', '2026-11-02T00:00:00Z');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.data.appCode).toBe('invalid_input');
    const theirs = await ask(other.flowId, '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z');
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.data.appCode).toBe('flow_not_found');
  });
});
