import { describe, expect, it } from 'vitest';
import {
  insertLead,
  openApi,
  publishedRoundRobin,
  rejectionOf,
  roundRobinTemplate,
} from '../../test/api-fixture';

describe('flowRouter', () => {
  it('creates a flow whose empty draft is a valid, publishable skeleton', async () => {
    const { a } = await openApi();
    const { id } = await a.flow.create({ name: 'Inbound' });
    const flow = await a.flow.byId({ id });
    expect(flow).toMatchObject({ name: 'Inbound', draftRevision: 1, liveVersionId: null });
    expect(await a.flow.validate({ id })).toEqual({ issues: [], publishable: true });
    expect(await a.flow.publish({ id, note: 'skeleton' })).toMatchObject({ version: 1 });
  });

  it('refuses a flow without a name', async () => {
    const { a } = await openApi();
    const refused = await rejectionOf(a.flow.create({ name: '  ' }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'invalid_input' });
    expect(refused.message).toContain('Give it a name.');
  });

  it('saves a draft and moves its revision on', async () => {
    const { a } = await openApi();
    const { id } = await a.flow.create({ name: 'Inbound', document: roundRobinTemplate });
    const saved = await a.flow.saveDraft({ id, draft: roundRobinTemplate, baseRevision: 1 });
    expect(saved.draftRevision).toBe(2);
    expect((await a.flow.byId({ id })).draftRevision).toBe(2);
  });

  it('gives the second of two editors a version conflict instead of overwriting', async () => {
    const { a } = await openApi();
    const { id } = await a.flow.create({ name: 'Inbound' });
    const first = await a.flow.byId({ id });
    const second = await a.flow.byId({ id });
    const edited = { ...first.draft, description: 'first editor' };
    await a.flow.saveDraft({ id, draft: edited, baseRevision: first.draftRevision });
    const refused = await rejectionOf(
      a.flow.saveDraft({ id, draft: second.draft, baseRevision: second.draftRevision }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', appCode: 'version_conflict' });
    expect(refused.message).toMatch(/^Someone else saved this flow/);
    expect((await a.flow.byId({ id })).draft.description).toBe('first editor');
  });

  it('refuses a team map naming a team of another organisation', async () => {
    const { a, b } = await openApi();
    const theirs = await b.team.create({ name: 'Their sales' });
    const { id } = await a.flow.create({ name: 'Inbound', document: roundRobinTemplate });
    const refused = await rejectionOf(
      a.flow.saveDraft({
        id,
        draft: roundRobinTemplate,
        baseRevision: 1,
        teamMap: { sales: theirs.id },
      }),
    );
    expect(refused).toMatchObject({ code: 'NOT_FOUND', appCode: 'team_not_found' });
  });

  it('validates a document that is not saved yet', async () => {
    const { a } = await openApi();
    const good = await a.flow.validate({ document: roundRobinTemplate });
    expect(good.publishable).toBe(true);
    const broken = { ...roundRobinTemplate, edges: [] };
    const bad = await a.flow.validate({ document: broken });
    expect(bad.publishable).toBe(false);
    expect(bad.issues.map((issue) => issue.code)).toContain('dead_end');
  });

  it('publishes a valid draft as version 1 and lists it as live', async () => {
    const { a } = await openApi();
    const { flowId, versionId } = await publishedRoundRobin(a);
    const versions = await a.flow.versions({ id: flowId });
    expect(versions).toEqual([
      expect.objectContaining({ id: versionId, version: 1, note: 'first', live: true }),
    ]);
    const [listed] = await a.flow.list();
    expect(listed).toMatchObject({ id: flowId, liveVersion: 1, liveVersionId: versionId });
  });

  it('refuses to publish an invalid draft, with every issue', async () => {
    const { a } = await openApi();
    const broken = { ...roundRobinTemplate, edges: [] };
    const { id } = await a.flow.create({ name: 'Broken', document: broken });
    const refused = await rejectionOf(a.flow.publish({ id, note: '' }));
    expect(refused).toMatchObject({ code: 'UNPROCESSABLE_CONTENT', appCode: 'invalid_flow' });
    const codes = (refused.issues as Array<{ code: string }>).map((issue) => issue.code);
    expect(codes).toContain('dead_end');
    expect(codes).toContain('unknown_team'); // "sales" is mapped to no team
    expect(await a.flow.versions({ id })).toEqual([]);
  });

  it('refuses to publish a flow naming a rep that is not in the organisation', async () => {
    const { a, b } = await openApi();
    const { flowId } = await publishedRoundRobin(a);
    const outsider = await b.rep.create({ name: 'Olga', email: 'olga@bolt.example' });
    const draft = structuredClone(roundRobinTemplate) as {
      nodes: Array<{ id: string; config: Record<string, unknown> }>;
    };
    const assign = draft.nodes.find((node) => node.id === 'reps');
    if (!assign) throw new Error('The template lost its assign step.');
    assign.config.strategy = { type: 'named_rep', repId: outsider.id };
    await a.flow.saveDraft({ id: flowId, draft, baseRevision: 1 });
    const refused = await rejectionOf(a.flow.publish({ id: flowId, note: '' }));
    expect(refused.appCode).toBe('invalid_flow');
    expect(refused.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_config',
        nodeId: 'reps',
        path: ['nodes', 2, 'config', 'strategy', 'repId'],
      }),
    ]);
    expect(refused.message).toContain(`"${outsider.id}", who is not one of your reps`);
  });

  it('rolls back by publishing a new version with the old document', async () => {
    const { a } = await openApi();
    const { flowId, versionId } = await publishedRoundRobin(a);
    const changed = { ...roundRobinTemplate, description: 'second take' };
    await a.flow.saveDraft({ id: flowId, draft: changed, baseRevision: 1 });
    await a.flow.publish({ id: flowId, note: 'second' });
    const rolledBack = await a.flow.rollback({ id: flowId, versionId });
    expect(rolledBack).toMatchObject({ version: 3, note: 'Rollback to version 1' });
    const versions = await a.flow.versions({ id: flowId });
    expect(versions.map((v) => [v.version, v.live])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
    const third = await a.template.export({ flowId, versionId: rolledBack.versionId });
    const first = await a.template.export({ flowId, versionId });
    expect(third.document).toEqual(first.document);
    // The draft keeps the manager's unpublished work.
    expect((await a.flow.byId({ id: flowId })).draft.description).toBe('second take');
  });

  it('refuses to roll back to a version the flow does not have, or to the live one', async () => {
    const { a } = await openApi();
    const { flowId, versionId } = await publishedRoundRobin(a);
    const unknown = await rejectionOf(a.flow.rollback({ id: flowId, versionId: 'ver_nope' }));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', appCode: 'version_not_found' });
    const live = await rejectionOf(a.flow.rollback({ id: flowId, versionId }));
    expect(live).toMatchObject({ appCode: 'invalid_input', message: 'Version 1 is already live.' });
  });

  it("counts today's leads per flow from the studio's midnight", async () => {
    const { a, database } = await openApi();
    const { flowId, versionId, sourceId } = await publishedRoundRobin(a);
    const base = { orgId: 'org_a', flowId, versionId, sourceId };
    await insertLead(database, {
      ...base,
      id: 'lead_y',
      receivedAt: new Date('2025-03-02T23:00Z'),
    });
    await insertLead(database, {
      ...base,
      id: 'lead_t',
      receivedAt: new Date('2025-03-03T08:00Z'),
    });
    expect((await a.flow.list())[0]?.leadsToday).toBe(1);
    const berlin = await a.flow.list({ todayStartsAt: '2025-03-02T23:00:00.000Z' });
    expect(berlin[0]?.leadsToday).toBe(2);
  });
});
