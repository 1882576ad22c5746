import { eq, leads } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import {
  insertLead,
  onMarchThird,
  openApi,
  publishedRoundRobin,
  roundRobinTemplate,
  type TestApi,
} from '../../test/api-fixture';

/** Version 1 (arm A) against version 2 (arm B), 50/50, with leads routed into each arm. */
async function experimentWith(api: TestApi, converted: { a: number; b: number }, each: number) {
  const setup = await publishedRoundRobin(api.a);
  const changed = { ...roundRobinTemplate, description: 'second take' };
  await api.a.flow.saveDraft({ id: setup.flowId, draft: changed, baseRevision: 1 });
  const second = await api.a.flow.publish({ id: setup.flowId, note: 'second' });
  const experiment = await api.a.experiment.start({
    flowId: setup.flowId,
    arms: [
      { versionId: setup.versionId, weight: 50 },
      { versionId: second.versionId, weight: 50 },
    ],
  });
  const arms = [
    ['a', setup.versionId, converted.a],
    ['b', second.versionId, converted.b],
  ] as const;
  for (const [arm, versionId, wins] of arms) {
    for (let i = 0; i < each; i++) {
      const id = `lead_${arm}${i}`;
      await insertLead(api.database, {
        ...setup.leadBase,
        id,
        versionId,
        receivedAt: onMarchThird(11),
      });
      const closed = i < wins ? { status: 'converted' as const, closedAt: onMarchThird(12) } : {};
      await api.database.write((tx) =>
        tx
          .update(leads)
          .set({ experimentId: experiment.id, arm, ...closed })
          .where(eq(leads.id, id)),
      );
    }
  }
  const report = await api.a.report.flow({
    flowId: setup.flowId,
    from: onMarchThird(0).toISOString(),
    to: onMarchThird(23).toISOString(),
  });
  return report.experiments.find((e) => e.id === experiment.id);
}

describe('report.flow experiments', () => {
  it('names arm A when arm A converts better', async () => {
    const reported = await experimentWith(await openApi(), { a: 30, b: 3 }, 60);
    expect(
      reported?.arms.map((arm) => [arm.key, arm.summary.leads, arm.summary.converted]),
    ).toEqual([
      ['a', 60, 30],
      ['b', 60, 3],
    ]);
    expect(reported?.comparison?.verdict.sentence).toMatch(
      /^Arm A \(version 1\) converts 45(\.0)? points better/,
    );
  });

  it('names arm B when arm B converts better', async () => {
    const reported = await experimentWith(await openApi(), { a: 3, b: 30 }, 60);
    expect(reported?.comparison?.verdict.sentence).toMatch(
      /^Arm B \(version 2\) converts 45(\.0)? points better/,
    );
  });
});
