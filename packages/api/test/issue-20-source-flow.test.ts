import { describe, expect, it } from 'vitest';
import { openApi, publishedRoundRobin, rejectionOf, roundRobinTemplate } from './api-fixture';

// Issue 20, item 6: a source's flow could not be changed after it was created, and a capture
// step offered a source that feeds another flow with no word about it.
describe('issue 20: the source → flow link', () => {
  it('names the flow each source feeds, and whether that flow is live', async () => {
    const { a } = await openApi();
    const { sourceId } = await publishedRoundRobin(a);
    const [listed] = await a.source.list();
    expect(listed).toMatchObject({ id: sourceId, flowName: 'Round robin', flowIsLive: true });
  });

  it('moves a source to another live flow, and refuses a flow that is not live yet', async () => {
    const { a } = await openApi();
    const { sourceId, team } = await publishedRoundRobin(a);
    const next = await a.template.import({
      document: roundRobinTemplate,
      name: 'Next flow',
      teamMap: { sales: team.id },
    });
    const refused = await rejectionOf(a.source.update({ id: sourceId, flowId: next.id }));
    expect(refused.appCode).toBe('invalid_input');
    expect(refused.message).toMatch(/^Publish "Next flow" before moving/);
    expect((await a.source.list())[0]?.flowName).toBe('Round robin');

    await a.flow.publish({ id: next.id, note: 'live' });
    const moved = await a.source.update({ id: sourceId, flowId: next.id });
    expect(moved.flowId).toBe(next.id);
    expect((await a.source.list())[0]).toMatchObject({ flowName: 'Next flow', flowIsLive: true });
  });
});
