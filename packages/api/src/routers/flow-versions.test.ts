import { describe, expect, it } from 'vitest';
import {
  openApi,
  publishedRoundRobin,
  rejectionOf,
  roundRobinTemplate,
} from '../../test/api-fixture';

describe('flow.version', () => {
  it('answers one version with its document, team map and live flag', async () => {
    const { a } = await openApi();
    const { flowId, versionId, team } = await publishedRoundRobin(a);
    const changed = { ...roundRobinTemplate, description: 'second take' };
    await a.flow.saveDraft({ id: flowId, draft: changed, baseRevision: 1 });
    const second = await a.flow.publish({ id: flowId, note: 'second' });

    const first = await a.flow.version({ id: flowId, versionId });
    expect(first).toMatchObject({
      id: versionId,
      flowId,
      version: 1,
      note: 'first',
      publishedAt: '2025-03-03T10:00:00.000Z',
      teamMap: { sales: team.id },
      live: false,
    });
    expect(first.hash).toMatch(/\S/);
    expect(first.document).toEqual((await a.template.export({ flowId, versionId })).document);
    expect(first.document.description).not.toBe('second take');

    const latest = await a.flow.version({ id: flowId, versionId: second.versionId });
    expect(latest).toMatchObject({ version: 2, note: 'second', live: true });
    expect(latest.document.description).toBe('second take');
  });

  it("answers not found for another organisation's version", async () => {
    const { a, b } = await openApi();
    const ours = await publishedRoundRobin(a);
    const theirs = await publishedRoundRobin(b);
    // Their flow id with their version: our caller may not even learn it exists.
    const foreignFlow = await rejectionOf(
      a.flow.version({ id: theirs.flowId, versionId: theirs.versionId }),
    );
    expect(foreignFlow).toMatchObject({ code: 'NOT_FOUND', appCode: 'flow_not_found' });
    // Our flow id with their version id: the version is not one of this flow's.
    const foreignVersion = await rejectionOf(
      a.flow.version({ id: ours.flowId, versionId: theirs.versionId }),
    );
    expect(foreignVersion).toMatchObject({ code: 'NOT_FOUND', appCode: 'version_not_found' });
  });

  it('answers not found with a sentence for an unknown version id', async () => {
    const { a } = await openApi();
    const { flowId } = await publishedRoundRobin(a);
    const refused = await rejectionOf(a.flow.version({ id: flowId, versionId: 'ver_nope' }));
    expect(refused).toMatchObject({
      code: 'NOT_FOUND',
      appCode: 'version_not_found',
      message: 'This flow has no version "ver_nope".',
    });
  });

  it('refuses an empty version id as invalid input', async () => {
    const { a } = await openApi();
    const { flowId } = await publishedRoundRobin(a);
    const refused = await rejectionOf(a.flow.version({ id: flowId, versionId: '' }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'invalid_input' });
  });
});
